"""Reporting years: financial (April-March), calendar, or a grant year from any month.

A funder's grant year runs from the month of the first payment, so the year kind is the
month a year starts in; financial and calendar years are the two common cases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from volunteer_app.domain.errors import ValidationError

MAX_YEARS = 5


@dataclass(frozen=True)
class YearKind:
    start_month: int  # 4: financial year, 1: calendar year, any other: a grant year
    grant: bool = False  # a grant year that happens to start in January or April

    @property
    def code(self) -> str:
        if not self.grant and self.start_month == 4:
            return "financial"
        if not self.grant and self.start_month == 1:
            return "calendar"
        return f"grant:{self.start_month:02d}"


FINANCIAL = YearKind(4)
CALENDAR = YearKind(1)

_KIND_FORMS = "financial, calendar or grant:MM (the month the grant year starts, 01 to 12)"


def parse_year_kind(text: str) -> YearKind:
    value = text.strip().lower()
    if value == "financial":
        return FINANCIAL
    if value == "calendar":
        return CALENDAR
    if (m := re.fullmatch(r"grant:(\d{1,2})", value)) and 1 <= int(m[1]) <= 12:
        return YearKind(int(m[1]), grant=True)
    raise ValidationError(
        "years.bad_kind",
        f"{text!r} is not a kind of year. Use {_KIND_FORMS}.",
        field="year_kind",
        value=text,
    )


def _first_of(year: int, month: int) -> date:
    """The first day of ``month`` of ``year``; months past 12 run into the next years."""
    return date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


@dataclass(frozen=True, order=True)
class ReportYear:
    start: date
    end: date  # inclusive: the day before the next year starts
    in_progress: bool = False  # today falls inside it: its figures are "to date"

    @property
    def label(self) -> str:
        """2025 for a calendar year, 2025-26 for a year across two calendar years."""
        if self.start.year == self.end.year:
            return str(self.start.year)
        return f"{self.start.year}-{self.end.year % 100:02d}"

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def months(self) -> list[tuple[date, date]]:
        """The year's twelve months, first and last day of each."""
        return [
            (
                _first_of(self.start.year, self.start.month + i),
                _first_of(self.start.year, self.start.month + i + 1) - timedelta(days=1),
            )
            for i in range(12)
        ]


def year_starting(kind: YearKind, start_year: int) -> ReportYear:
    start = date(start_year, kind.start_month, 1)
    end = _first_of(start_year, kind.start_month + 12) - timedelta(days=1)
    return ReportYear(start, end)


def year_containing(kind: YearKind, day: date) -> ReportYear:
    start_year = day.year if day.month >= kind.start_month else day.year - 1
    return year_starting(kind, start_year)


def last_years(kind: YearKind, today: date, count: int) -> list[ReportYear]:
    """The ``count`` years up to the one containing ``today`` (marked in progress), oldest
    first. A year that ends today is complete."""
    if not 1 <= count <= MAX_YEARS:
        raise ValidationError(
            "years.bad_count",
            f"Show between 1 and {MAX_YEARS} years, not {count}.",
            field="years",
            value=count,
        )
    current = year_containing(kind, today)
    years = [year_starting(kind, current.start.year - back) for back in range(count - 1, -1, -1)]
    if today < current.end:
        years[-1] = ReportYear(current.start, current.end, in_progress=True)
    return years
