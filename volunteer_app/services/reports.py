"""Reports for the group itself: exact figures that stay on the laptop, for every activity
or for one project's (a grant's) activities only."""

from __future__ import annotations

from dataclasses import dataclass

from volunteer_app.domain.funding.values import OutputInfo, ProjectInfo
from volunteer_app.domain.periods import Period
from volunteer_app.domain.values import DashboardFigures, MonthlyFigures, hours_tenths
from volunteer_app.storage import report_query
from volunteer_app.storage.database import Database
from volunteer_app.storage.funding import funding_repo


@dataclass(frozen=True)
class PeriodReport:
    period: Period
    figures: DashboardFigures
    monthly: MonthlyFigures
    project: ProjectInfo | None = None  # None: every activity
    # Each output the group counts, with what the period's activities counted (0 included).
    outputs: tuple[tuple[OutputInfo, int], ...] = ()


def value_of_volunteering(minutes: int, rate_pence: int) -> int:
    """The hours shown times the group's rate, in whole pence (rounded half up), so that
    "16.7 hours at £12.60" reads £210.42, the sum a reader can check."""
    return (hours_tenths(minutes) * rate_pence + 5) // 10


class ReportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def dashboard(self, period: Period, project: ProjectInfo | None = None) -> DashboardFigures:
        if project is not None:
            return report_query.project_dashboard(self._db, period, project.id)
        return report_query.dashboard(self._db, period)

    def monthly(self, period: Period, project: ProjectInfo | None = None) -> MonthlyFigures:
        return report_query.monthly(self._db, period, project.id if project else None)

    def outputs(
        self, period: Period, project: ProjectInfo | None = None
    ) -> tuple[tuple[OutputInfo, int], ...]:
        defined = funding_repo.list_outputs(self._db)
        if not defined:
            return ()  # most groups count none: no query
        sums = report_query.output_sums(self._db, period, project.id if project else None)
        return tuple((output, sums.get(output.id, 0)) for output in defined)

    def projects(self) -> list[ProjectInfo]:
        """The projects a report can be kept to, newest first."""
        return funding_repo.list_projects(self._db)

    def report(self, period: Period, project: ProjectInfo | None = None) -> PeriodReport:
        """Everything the Reports page and the A4 summary show, in one go."""
        return PeriodReport(
            period,
            self.dashboard(period, project),
            self.monthly(period, project),
            project,
            self.outputs(period, project),
        )
