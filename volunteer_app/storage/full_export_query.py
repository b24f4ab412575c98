"""Everything the group holds, read for its own full export: activities, the people at
them, and the people. One read transaction, so the three agree with each other."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from volunteer_app.storage.database import Database

_ACTIVITIES = text("""
SELECT a.id, a.activity_date, t.label, t.code, a.kind, a.location, a.la_code, a.start_time,
       a.end_time, a.duration_minutes, a.volunteers_count, a.participants_count,
       a.named_count, a.volunteer_minutes, a.series_id IS NOT NULL, a.notes, a.title,
       a.unnamed_minutes
FROM activity a JOIN activity_type t ON t.id = a.activity_type_id
WHERE a.deleted_at IS NULL
ORDER BY a.activity_date, a.start_time, t.label, a.created_at
""")

# Erased people's participations stay in the data for the totals but have no one to name.
_PARTICIPATIONS = text("""
SELECT p.activity_id, per.display_name, p.role, p.minutes, per.age_band, per.welsh_speaker,
       p.person_id, p.activity_date, per.search_key
FROM participation p JOIN person per ON per.id = p.person_id
WHERE p.deleted_at IS NULL AND per.deleted_at IS NULL
""")

_PEOPLE = text("""
SELECT per.id, per.display_name, per.contact, per.age_band, per.welsh_speaker,
       per.consent_contact, per.consent_photos, per.archived, per.notes
FROM person per
WHERE per.deleted_at IS NULL AND per.merged_into IS NULL
ORDER BY per.search_key
""")


@dataclass(frozen=True)
class FullData:
    activities: list[tuple[Any, ...]]
    # (activity id, name, role, minutes, age band, Welsh, person ref), by activity, name
    participations: list[tuple[Any, ...]]
    # (name, contact, age band, Welsh, consents x2, archived, notes, first and last
    # dates seen, attendances, minutes)
    people: list[tuple[Any, ...]]


def read_everything(db: Database) -> FullData:
    with db.reading() as session:
        conn = session.connection()
        activities = [tuple(r) for r in conn.exec_driver_sql(str(_ACTIVITIES))]
        live = {row[0] for row in activities}
        attended = [tuple(r) for r in conn.exec_driver_sql(str(_PARTICIPATIONS)) if r[0] in live]
        people = conn.exec_driver_sql(str(_PEOPLE)).fetchall()
    # Sorting and the people's figures in Python: cheaper than SQLite sorting half a
    # million rows and grouping them again per person.
    attended.sort(key=lambda r: (r[0], r[8]))
    seen: dict[str, list[Any]] = {}
    for r in attended:
        figures = seen.get(r[6])
        if figures is None:
            seen[r[6]] = [r[7], r[7], 1, r[3]]
        else:
            figures[0] = min(figures[0], r[7])
            figures[1] = max(figures[1], r[7])
            figures[2] += 1
            figures[3] += r[3]
    return FullData(
        activities,
        [(*r[:6], str(r[6])[:12]) for r in attended],
        [(*p[1:], *seen.get(p[0], ("", "", 0, 0))) for p in people],
    )
