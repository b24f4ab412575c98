"""The figures of any run of days (a year, a month), optionally for one project's activities.

Each range is read with the date indexes; the volunteers of each range come back as a set
of ids, so that retention (who came again the next year) is a set intersection and never
a join across years.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Connection

from volunteer_app.storage.database import Database
from volunteer_app.storage.funding.project_filter import with_project
from volunteer_app.storage.summary_query import VOLUNTEERING_SQL

_ACTIVITIES = """
SELECT count(*), coalesce(sum(a.volunteers_count), 0), coalesce(sum(a.volunteer_minutes), 0),
       coalesce(sum(a.participants_count), 0)
FROM activity a
WHERE a.deleted_at IS NULL AND a.activity_date BETWEEN :start AND :end{project}
"""

_NAMED_PARTICIPANTS = """
SELECT count(*) FROM participation p JOIN activity a ON a.id = p.activity_id
WHERE p.deleted_at IS NULL AND a.deleted_at IS NULL AND p.role = 'participant'
  AND p.activity_date BETWEEN :start AND :end{project}
"""

# Erased people gave their hours but are no one now, as in the summary.
_VOLUNTEERS = f"""
SELECT DISTINCT p.person_id FROM participation p
JOIN activity a ON a.id = p.activity_id
JOIN person per ON per.id = p.person_id
WHERE p.deleted_at IS NULL AND a.deleted_at IS NULL AND per.deleted_at IS NULL
  AND p.role IN {VOLUNTEERING_SQL} AND p.activity_date BETWEEN :start AND :end{{project}}
"""

# "New" means new to the group: no volunteering on any earlier date, for any project.
_NEW = f"""
WITH vols AS ({_VOLUNTEERS})
SELECT count(*) FROM vols WHERE NOT EXISTS (
    SELECT 1 FROM participation p2 JOIN activity a2 ON a2.id = p2.activity_id
    WHERE p2.person_id = vols.person_id AND p2.deleted_at IS NULL AND a2.deleted_at IS NULL
      AND p2.role IN {VOLUNTEERING_SQL} AND p2.activity_date < :start
)
"""

_OUTPUTS = """
SELECT o.output_id, sum(o.amount) FROM activity_output o JOIN activity a ON a.id = o.activity_id
WHERE o.deleted_at IS NULL AND a.deleted_at IS NULL
  AND a.activity_date BETWEEN :start AND :end{project}
GROUP BY o.output_id
"""


@dataclass(frozen=True)
class RangeFacts:
    start: date
    end: date
    activities: int = 0
    unnamed_helpers: int = 0
    volunteer_minutes: int = 0
    participants: int = 0
    volunteers: frozenset[str] = frozenset()  # person ids (hex)
    new_volunteers: int = 0
    outputs: dict[str, int] = field(default_factory=dict)  # output id (hex) -> total


def _sql(template: str, project: str | None) -> str:
    return with_project(template, project)


def _facts(conn: Connection, start: date, end: date, project: str | None) -> RangeFacts:
    params = {"start": start.isoformat(), "end": end.isoformat(), "project": project}
    count, unnamed, minutes, heads = conn.execute(text(_sql(_ACTIVITIES, project)), params).one()
    named = conn.execute(text(_sql(_NAMED_PARTICIPANTS, project)), params).scalar_one()
    volunteers = frozenset(
        str(r[0]) for r in conn.execute(text(_sql(_VOLUNTEERS, project)), params)
    )
    new = conn.execute(text(_sql(_NEW, project)), params).scalar_one() if volunteers else 0
    outputs = {
        str(r[0]): int(r[1] or 0) for r in conn.execute(text(_sql(_OUTPUTS, project)), params)
    }
    return RangeFacts(
        start,
        end,
        activities=int(count),
        unnamed_helpers=int(unnamed),
        volunteer_minutes=int(minutes),
        participants=int(heads) + int(named),
        volunteers=volunteers,
        new_volunteers=int(new),
        outputs=outputs,
    )


def range_facts(
    db: Database, ranges: Sequence[tuple[date, date]], project_id: str | None = None
) -> list[RangeFacts]:
    """The facts of each range, in order, read in one transaction (one consistent view)."""
    with db.reading() as session:
        conn = session.connection()
        return [_facts(conn, start, end, project_id) for start, end in ranges]
