"""One person's volunteering between two dates, by activity type, for an hours letter.
Only that person's rows are read."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from volunteer_app.domain.funding.letter import LetterFacts, LetterLine
from volunteer_app.storage.database import Database
from volunteer_app.storage.summary_query import VOLUNTEERING_SQL

_NAME = text("SELECT display_name FROM person WHERE id = :person AND deleted_at IS NULL")

_BY_TYPE = text(f"""
SELECT t.label, count(*), coalesce(sum(p.minutes), 0), min(p.activity_date), max(p.activity_date)
FROM participation p
JOIN activity a ON a.id = p.activity_id
JOIN activity_type t ON t.id = a.activity_type_id
WHERE p.person_id = :person AND p.deleted_at IS NULL AND a.deleted_at IS NULL
  AND p.role IN {VOLUNTEERING_SQL} AND p.activity_date BETWEEN :start AND :end
GROUP BY t.label
ORDER BY 3 DESC, 1
""")


def letter_facts(db: Database, person_id: str, start: date, end: date) -> LetterFacts | None:
    """None when the person is not (or no longer) held."""
    params = {"person": person_id, "start": start.isoformat(), "end": end.isoformat()}
    with db.reading() as session:
        conn = session.connection()
        name = conn.execute(_NAME, params).scalar_one_or_none()
        if name is None:
            return None
        lines = []
        first: date | None = None
        last: date | None = None
        for label, sessions, minutes, low, high in conn.execute(_BY_TYPE, params):
            lines.append(LetterLine(str(label), int(sessions), int(minutes)))
            low_day, high_day = date.fromisoformat(low), date.fromisoformat(high)
            first = low_day if first is None else min(first, low_day)
            last = high_day if last is None else max(last, high_day)
    return LetterFacts(str(name), start, end, tuple(lines), first, last)
