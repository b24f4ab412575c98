"""Figures for the Reports page, for all activities or for one project's."""

from __future__ import annotations

from sqlalchemy import TextClause, text

from volunteer_app.domain.periods import Period, months_in
from volunteer_app.domain.values import DashboardFigures, MonthlyFigures
from volunteer_app.storage.database import Database
from volunteer_app.storage.funding.project_filter import with_project
from volunteer_app.storage.funding.year_query import range_facts
from volunteer_app.storage.summary_query import VOLUNTEERING_SQL, summary_facts

_ACTIVITIES = text("""
SELECT count(*), coalesce(sum(volunteers_count), 0) FROM activity
WHERE deleted_at IS NULL AND activity_date BETWEEN :start AND :end
""")


# Hours as the summary counts them: named volunteers' own time plus unnamed helpers for the
# whole activity (kept per activity in volunteer_minutes), by month and activity type.
_HOURS_BY_MONTH_SQL = """
SELECT substr(a.activity_date, 1, 7), t.label, sum(a.volunteer_minutes)
FROM activity a JOIN activity_type t ON t.id = a.activity_type_id
WHERE a.deleted_at IS NULL AND a.activity_date BETWEEN :start AND :end{project}
GROUP BY 1, 2
"""

# Distinct named volunteers active in each month (erased people are no one now).
_VOLUNTEERS_BY_MONTH_SQL = f"""
SELECT substr(p.activity_date, 1, 7), count(DISTINCT p.person_id)
FROM participation p
JOIN activity a ON a.id = p.activity_id
JOIN person per ON per.id = p.person_id
WHERE p.deleted_at IS NULL AND a.deleted_at IS NULL AND per.deleted_at IS NULL
  AND p.role IN {VOLUNTEERING_SQL} AND p.activity_date BETWEEN :start AND :end{{project}}
GROUP BY 1
"""

# What each output counted in the period (an output no activity counted is left out).
_OUTPUTS_SQL = """
SELECT o.output_id, sum(o.amount)
FROM activity a JOIN activity_output o ON o.activity_id = a.id
WHERE a.deleted_at IS NULL AND o.deleted_at IS NULL
  AND a.activity_date BETWEEN :start AND :end{project}
GROUP BY o.output_id
"""


def _sql(template: str, project_id: str | None) -> TextClause:
    """The query for every activity, or only those tagged with the project."""
    return text(with_project(template, project_id))


_HOURS_BY_MONTH = _sql(_HOURS_BY_MONTH_SQL, None)
_VOLUNTEERS_BY_MONTH = _sql(_VOLUNTEERS_BY_MONTH_SQL, None)
_OUTPUTS = _sql(_OUTPUTS_SQL, None)


def _params(period: Period, project_id: str | None) -> dict[str, str | None]:
    return {"start": period.start.isoformat(), "end": period.end.isoformat(), "project": project_id}


def monthly(db: Database, period: Period, project_id: str | None = None) -> MonthlyFigures:
    params = _params(period, project_id)
    months = months_in(period)
    index = {f"{m.year}-{m.month:02d}": i for i, m in enumerate(months)}
    hours: dict[str, list[int]] = {}
    volunteers = [0] * len(months)
    with db.reading() as session:
        conn = session.connection()
        hours_sql = _sql(_HOURS_BY_MONTH_SQL, project_id)
        for month, label, minutes in conn.execute(hours_sql, params):
            hours.setdefault(label, [0] * len(months))[index[month]] += int(minutes or 0)
        for month, count in conn.execute(_sql(_VOLUNTEERS_BY_MONTH_SQL, project_id), params):
            volunteers[index[month]] = int(count)
    return MonthlyFigures(months, hours, volunteers)


def output_sums(db: Database, period: Period, project_id: str | None = None) -> dict[str, int]:
    """Output id (hex) -> what the period's activities (or the project's) counted."""
    with db.reading() as session:
        rows = session.connection().execute(
            _sql(_OUTPUTS_SQL, project_id), _params(period, project_id)
        )
        return {str(output_id): int(total or 0) for output_id, total in rows}


def project_dashboard(db: Database, period: Period, project_id: str) -> DashboardFigures:
    """The six figures over the activities tagged with the project, counted as the years
    side by side counts them (the same definitions as for all activities)."""
    (facts,) = range_facts(db, [(period.start, period.end)], project_id)
    return DashboardFigures(
        activities=facts.activities,
        distinct_volunteers=len(facts.volunteers),
        new_volunteers=facts.new_volunteers,
        volunteer_minutes=facts.volunteer_minutes,
        participants=facts.participants,
        unnamed_volunteers=facts.unnamed_helpers,
    )


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
