"""Figures for the Reports page."""

from __future__ import annotations

from sqlalchemy import text

from volunteer_app.domain.periods import Period, months_in
from volunteer_app.domain.values import DashboardFigures, MonthlyFigures
from volunteer_app.storage.database import Database
from volunteer_app.storage.summary_query import VOLUNTEERING_SQL, summary_facts

_ACTIVITIES = text("""
SELECT count(*), coalesce(sum(volunteers_count), 0) FROM activity
WHERE deleted_at IS NULL AND activity_date BETWEEN :start AND :end
""")


# Hours as the summary counts them: named volunteers' own time plus unnamed helpers for the
# whole activity (kept per activity in volunteer_minutes), by month and activity type.
_HOURS_BY_MONTH = text("""
SELECT substr(a.activity_date, 1, 7), t.label, sum(a.volunteer_minutes)
FROM activity a JOIN activity_type t ON t.id = a.activity_type_id
WHERE a.deleted_at IS NULL AND a.activity_date BETWEEN :start AND :end
GROUP BY 1, 2
""")

# Distinct named volunteers active in each month (erased people are no one now).
_VOLUNTEERS_BY_MONTH = text(f"""
SELECT substr(p.activity_date, 1, 7), count(DISTINCT p.person_id)
FROM participation p
JOIN activity a ON a.id = p.activity_id
JOIN person per ON per.id = p.person_id
WHERE p.deleted_at IS NULL AND a.deleted_at IS NULL AND per.deleted_at IS NULL
  AND p.role IN {VOLUNTEERING_SQL} AND p.activity_date BETWEEN :start AND :end
GROUP BY 1
""")


def monthly(db: Database, period: Period) -> MonthlyFigures:
    params = {"start": period.start.isoformat(), "end": period.end.isoformat()}
    months = months_in(period)
    index = {f"{m.year}-{m.month:02d}": i for i, m in enumerate(months)}
    hours: dict[str, list[int]] = {}
    volunteers = [0] * len(months)
    with db.reading() as session:
        conn = session.connection()
        for month, label, minutes in conn.execute(_HOURS_BY_MONTH, params):
            hours.setdefault(label, [0] * len(months))[index[month]] += int(minutes or 0)
        for month, count in conn.execute(_VOLUNTEERS_BY_MONTH, params):
            volunteers[index[month]] = int(count)
    return MonthlyFigures(months, hours, volunteers)


def dashboard(db: Database, period: Period) -> DashboardFigures:
    facts = summary_facts(db, period)
    with db.reading() as session:
        activities, unnamed = (
            session.connection()
            .execute(
                _ACTIVITIES, {"start": period.start.isoformat(), "end": period.end.isoformat()}
            )
            .one()
        )
    types = facts.by_type.values()
    return DashboardFigures(
        activities=int(activities),
        distinct_volunteers=facts.volunteers_total,
        new_volunteers=facts.by_status.get("new", 0),
        volunteer_minutes=sum(t.volunteer_minutes for t in types),
        participants=sum(t.participants for t in types),
        unnamed_volunteers=int(unnamed),
    )
