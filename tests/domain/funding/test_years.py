"""Years of any kind cover exactly twelve months, with no day lost or counted twice."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.funding.figures import Change, YearFigures, change, tenths_text
from volunteer_app.domain.funding.years import (
    CALENDAR,
    FINANCIAL,
    ReportYear,
    YearKind,
    last_years,
    parse_year_kind,
    year_containing,
    year_starting,
)

kinds = st.builds(YearKind, st.integers(1, 12), st.booleans())


@given(kind=kinds, start_year=st.integers(1990, 2090))
def test_a_year_is_twelve_whole_months_end_to_end(kind: YearKind, start_year: int) -> None:
    year = year_starting(kind, start_year)
    months = year.months()
    assert len(months) == 12
    assert months[0][0] == year.start and months[-1][1] == year.end
    for (_, end), (start, _) in pairwise(months):
        assert start == end + timedelta(days=1)  # no gap, no overlap
    assert all(first.day == 1 for first, _ in months)
    assert (year.end - year.start).days + 1 in (365, 366)
    following = year_starting(kind, start_year + 1)
    assert following.start == year.end + timedelta(days=1)


@given(kind=kinds, day=st.dates(date(1991, 1, 1), date(2089, 12, 31)))
def test_every_day_falls_in_exactly_one_year(kind: YearKind, day: date) -> None:
    year = year_containing(kind, day)
    assert year.contains(day)
    assert year.start.month == kind.start_month
    neighbours = (
        year_starting(kind, year.start.year - 1),
        year_starting(kind, year.start.year + 1),
    )
    assert not any(other.contains(day) for other in neighbours)


def test_kinds_read_and_write_their_codes() -> None:
    assert parse_year_kind("financial") == FINANCIAL
    assert parse_year_kind(" Calendar ") == CALENDAR
    assert parse_year_kind("grant:09") == YearKind(9, grant=True)
    for kind in (FINANCIAL, CALENDAR, YearKind(9, True), YearKind(4, True)):
        assert parse_year_kind(kind.code) == kind
    for bad in ("grant:13", "grant:0", "fiscal", "grant:"):
        with pytest.raises(ValidationError) as caught:
            parse_year_kind(bad)
        assert caught.value.code == "years.bad_kind"


def test_the_year_in_progress_is_marked_and_labels_read_as_funders_write_them() -> None:
    years = last_years(FINANCIAL, date(2026, 11, 29), 3)
    assert [y.label for y in years] == ["2024-25", "2025-26", "2026-27"]
    assert [y.in_progress for y in years] == [False, False, True]
    assert last_years(CALENDAR, date(2025, 12, 31), 1)[0] == ReportYear(
        date(2025, 1, 1), date(2025, 12, 31)
    )
    grant = last_years(YearKind(9, True), date(2026, 9, 1), 1)[0]
    assert (grant.start, grant.end, grant.in_progress) == (
        date(2026, 9, 1),
        date(2027, 8, 31),
        True,
    )
    with pytest.raises(ValidationError):
        last_years(FINANCIAL, date(2026, 1, 1), 6)


def test_changes_and_retention_in_tenths() -> None:
    assert change(40, 50) == Change(10, 250)
    assert change(3, 2) == Change(-1, -333)
    assert change(0, 5) == Change(5, None)
    assert change(None, 5) is None
    year = year_starting(FINANCIAL, 2025)
    figures = YearFigures(
        year, activities=1, volunteers=5, new_volunteers=2, retained=2, last_year_volunteers=3
    )
    assert figures.returning_volunteers == 3
    assert figures.retention_tenths == 667
    assert YearFigures(year).retention_tenths is None and not YearFigures(year).has_data
    assert tenths_text(-5) == "-0.5" and tenths_text(1234) == "123.4"
