"""Years side by side: the same figures for up to five years, with the change between them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.funding.figures import Change, Figure, YearFigures, change
from volunteer_app.domain.funding.values import OutputInfo, ProjectInfo
from volunteer_app.domain.funding.years import (
    FINANCIAL,
    ReportYear,
    YearKind,
    last_years,
    parse_year_kind,
    year_starting,
)
from volunteer_app.storage import group_repo
from volunteer_app.storage.database import Database
from volunteer_app.storage.funding import funding_repo
from volunteer_app.storage.funding.year_query import RangeFacts, range_facts


@dataclass(frozen=True)
class YearsReport:
    kind: YearKind
    project: ProjectInfo | None
    outputs: tuple[OutputInfo, ...]
    years: tuple[YearFigures, ...]  # oldest first

    def values(self, figure: Figure | str) -> list[int | None]:
        """One row of the table: a figure's value per year (None: a year with no data, or
        retention with no one the year before); an output's row by its id."""
        row: list[int | None] = []
        for y in self.years:
            if not y.has_data:
                row.append(None)
            elif isinstance(figure, Figure):
                row.append(y.value(figure))
            else:
                row.append(y.outputs.get(figure, 0))
        return row

    def changes(self, figure: Figure | str) -> tuple[Change | None, Change | None]:
        """The last year shown against the year before it and against the first year."""
        row = self.values(figure)
        if len(row) < 2:
            return None, None
        return change(row[-2], row[-1]), change(row[0], row[-1])


def figures_from(year: ReportYear, facts: RangeFacts, before: RangeFacts) -> YearFigures:
    return YearFigures(
        year=year,
        activities=facts.activities,
        volunteers=len(facts.volunteers),
        new_volunteers=facts.new_volunteers,
        retained=len(facts.volunteers & before.volunteers),
        last_year_volunteers=len(before.volunteers),
        volunteer_minutes=facts.volunteer_minutes,
        participants=facts.participants,
        unnamed_helpers=facts.unnamed_helpers,
        outputs=dict(facts.outputs),
    )


class YearsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def year_kind(self) -> YearKind:
        """The group's choice in Settings, kept with the group; financial years until it
        chooses."""
        code = group_repo.load_group(self._db).year_kind
        try:
            return parse_year_kind(code) if code else FINANCIAL
        except ValidationError:
            return FINANCIAL  # a value from a newer version: the default, not a crash

    def set_year_kind(self, kind: YearKind) -> None:
        """Keep the group's kind of year (nothing written when it is already the one)."""
        group_repo.save_year_kind(self._db, kind.code)

    def project_named(self, name: str) -> ProjectInfo:
        key = " ".join(name.split()).casefold()
        for project in funding_repo.list_projects(self._db):
            if project.name.casefold() == key:
                return project
        raise ValidationError(
            "project.unknown", f"There is no project called {name!r}.", field="project"
        )

    def report(
        self,
        count: int,
        today: date,
        kind: YearKind | None = None,
        project: ProjectInfo | None = None,
    ) -> YearsReport:
        kind = kind or self.year_kind()
        years = last_years(kind, today, count)
        # The year before the first shown, for the first year's retention.
        first = years[0]
        ranges = [(p.start, p.end) for p in (year_starting(kind, first.start.year - 1), *years)]
        facts = range_facts(self._db, ranges, project.id if project else None)
        figures = tuple(figures_from(year, facts[i + 1], facts[i]) for i, year in enumerate(years))
        return YearsReport(kind, project, tuple(funding_repo.list_outputs(self._db)), figures)
