"""Reports for the group itself: exact figures that stay on the laptop."""

from __future__ import annotations

from volunteer_app.domain.periods import Period
from volunteer_app.domain.values import DashboardFigures
from volunteer_app.storage import report_query
from volunteer_app.storage.database import Database


class ReportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def dashboard(self, period: Period) -> DashboardFigures:
        return report_query.dashboard(self._db, period)
