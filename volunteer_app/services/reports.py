"""Reports for the group itself: exact figures that stay on the laptop."""

from __future__ import annotations

from dataclasses import dataclass

from volunteer_app.domain.periods import Period
from volunteer_app.domain.values import DashboardFigures, MonthlyFigures, hours_tenths
from volunteer_app.storage import report_query
from volunteer_app.storage.database import Database


@dataclass(frozen=True)
class PeriodReport:
    period: Period
    figures: DashboardFigures
    monthly: MonthlyFigures


def value_of_volunteering(minutes: int, rate_pence: int) -> int:
    """The hours shown times the group's rate, in whole pence (rounded half up), so that
    "16.7 hours at £12.60" reads £210.42, the sum a reader can check."""
    return (hours_tenths(minutes) * rate_pence + 5) // 10


class ReportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def dashboard(self, period: Period) -> DashboardFigures:
        return report_query.dashboard(self._db, period)

    def monthly(self, period: Period) -> MonthlyFigures:
        return report_query.monthly(self._db, period)

    def report(self, period: Period) -> PeriodReport:
        """Everything the Reports page and the A4 summary show, in one go."""
        return PeriodReport(period, self.dashboard(period), self.monthly(period))
