"""Figures for the Reports page."""

from __future__ import annotations

from sqlalchemy import text

from volunteer_app.domain.periods import Period
from volunteer_app.domain.values import DashboardFigures
from volunteer_app.storage.database import Database
from volunteer_app.storage.summary_query import summary_facts

_ACTIVITIES = text("""
SELECT count(*), coalesce(sum(volunteers_count), 0) FROM activity
WHERE deleted_at IS NULL AND activity_date BETWEEN :start AND :end
""")


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
