"""Reporting periods: calendar months, calendar quarters and financial years (April-March)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from volunteer_app.domain.errors import ValidationError


class PeriodType(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"  # financial year, 1 April to 31 March
    CUSTOM = "custom"  # any range of days: the group's own reports only, never the CVC's


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date  # inclusive
    type: PeriodType

    @property
    def code(self) -> str:
        """The short form the CLI accepts: 2026-03, 2026-Q1 or FY2025."""
        if self.type is PeriodType.MONTH:
            return f"{self.start.year}-{self.start.month:02d}"
        if self.type is PeriodType.QUARTER:
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.type is PeriodType.CUSTOM:
            return f"{self.start.isoformat()}..{self.end.isoformat()}"
        return f"FY{self.start.year}"

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def _next_month(year: int, month: int) -> date:
    """The first day of the month after ``month`` of ``year``."""
    return date(year + month // 12, month % 12 + 1, 1)


def _month_end(year: int, month: int) -> date:
    return _next_month(year, month) - timedelta(days=1)


def month(year: int, month_number: int) -> Period:
    return Period(date(year, month_number, 1), _month_end(year, month_number), PeriodType.MONTH)


def quarter(year: int, number: int) -> Period:
    first = 3 * (number - 1) + 1
    return Period(date(year, first, 1), _month_end(year, first + 2), PeriodType.QUARTER)


def custom_range(start: date, end: date) -> Period:
    """Any run of days for the group's own reports; the CVC summary keeps to its grid."""
    if end < start:
        raise ValidationError(
            "period.backwards", "The end of the range is before its start.", field="period"
        )
    return Period(start, end, PeriodType.CUSTOM)


def months_in(period: Period) -> list[date]:
    """The first day of every calendar month the period touches, in order."""
    found = []
    current = date(period.start.year, period.start.month, 1)
    while current <= period.end:
        found.append(current)
        current = _next_month(current.year, current.month)
    return found


def financial_year(start_year: int) -> Period:
    return Period(date(start_year, 4, 1), date(start_year + 1, 3, 31), PeriodType.YEAR)


_FORMS = "a month like 2026-03, a calendar quarter like 2026-Q1, or a financial year like FY2025"


def parse_period(text: str) -> Period:
    value = text.strip().upper()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", value):
            return month(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
            return quarter(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"FY(\d{4})", value):
            return financial_year(int(m[1]))
    except ValueError:
        pass  # e.g. month 13 or year 0: reported below like any other bad form
    raise ValidationError(
        "period.bad_form", f"{text!r} is not a period. Use {_FORMS}.", field="period", value=text
    )


def last_complete_quarter(today: date) -> Period:
    this_quarter = (today.month - 1) // 3 + 1
    if this_quarter == 1:
        return quarter(today.year - 1, 4)
    return quarter(today.year, this_quarter - 1)


def period_containing(day: date, period_type: PeriodType) -> Period:
    if period_type is PeriodType.MONTH:
        return month(day.year, day.month)
    if period_type is PeriodType.QUARTER:
        return quarter(day.year, (day.month - 1) // 3 + 1)
    return financial_year(day.year if day.month >= 4 else day.year - 1)
