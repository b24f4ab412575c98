"""One year's figures for a funder, and the change between years."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from volunteer_app.domain.funding.years import ReportYear


class Figure(StrEnum):
    """The rows of the years-side-by-side table, in order (outputs follow them)."""

    ACTIVITIES = "activities"
    VOLUNTEERS = "volunteers"
    NEW_VOLUNTEERS = "new_volunteers"
    RETURNING_VOLUNTEERS = "returning_volunteers"
    RETAINED = "retained_volunteers"  # last year's volunteers who came again this year
    LAST_YEAR_VOLUNTEERS = "last_year_volunteers"
    RETENTION_PERCENT = "retention_percent"
    VOLUNTEER_HOURS = "volunteer_hours"
    PARTICIPANTS = "participants"
    UNNAMED_HELPERS = "unnamed_helpers"


@dataclass(frozen=True)
class YearFigures:
    year: ReportYear
    activities: int = 0
    volunteers: int = 0  # distinct named people who volunteered in the year
    new_volunteers: int = 0  # their first volunteering with the group was this year
    retained: int = 0  # of last year's volunteers, those who volunteered again this year
    last_year_volunteers: int = 0
    volunteer_minutes: int = 0  # named people's own time plus unnamed helpers'
    participants: int = 0  # attendances: named participants plus participant headcounts
    unnamed_helpers: int = 0  # volunteer headcounts, summed over the activities
    outputs: dict[str, int] = field(default_factory=dict)  # output id -> total

    @property
    def returning_volunteers(self) -> int:
        return self.volunteers - self.new_volunteers

    @property
    def has_data(self) -> bool:
        """Anything recorded in the year: without it the year shows "no data", not zeros."""
        return self.activities > 0

    @property
    def retention_tenths(self) -> int | None:
        """Retention as a percentage in tenths (rounded half up); None with no one last year."""
        if not self.last_year_volunteers:
            return None
        return (2000 * self.retained + self.last_year_volunteers) // (2 * self.last_year_volunteers)

    def value(self, figure: Figure) -> int | None:
        """The figure as a whole number (hours in tenths, retention in tenths of a percent)."""
        return {
            Figure.ACTIVITIES: self.activities,
            Figure.VOLUNTEERS: self.volunteers,
            Figure.NEW_VOLUNTEERS: self.new_volunteers,
            Figure.RETURNING_VOLUNTEERS: self.returning_volunteers,
            Figure.RETAINED: self.retained,
            Figure.LAST_YEAR_VOLUNTEERS: self.last_year_volunteers,
            Figure.RETENTION_PERCENT: self.retention_tenths,
            Figure.VOLUNTEER_HOURS: (self.volunteer_minutes + 3) // 6,
            Figure.PARTICIPANTS: self.participants,
            Figure.UNNAMED_HELPERS: self.unnamed_helpers,
        }[figure]


@dataclass(frozen=True)
class Change:
    difference: int
    percent_tenths: int | None  # None when the base is zero (no percentage of nothing)


def change(base: int | None, now: int | None) -> Change | None:
    """How ``now`` differs from ``base``; None when either is not measured."""
    if base is None or now is None:
        return None
    difference = now - base
    if base == 0:
        return Change(difference, None)
    sign = -1 if difference < 0 else 1
    tenths = (2000 * abs(difference) + abs(base)) // (2 * abs(base))
    return Change(difference, sign * tenths)


def tenths_text(tenths: int) -> str:
    """12.3 from 123, -0.5 from -5: one decimal place, as the tables show it."""
    sign = "-" if tenths < 0 else ""
    whole, part = divmod(abs(tenths), 10)
    return f"{sign}{whole}.{part}"
