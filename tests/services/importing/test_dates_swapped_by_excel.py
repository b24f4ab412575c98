"""A US volunteer's log opened in UK Excel and saved as a workbook: Excel turned the dates it
could read day first into dates of its own (07/06/2025, meant as 6 July, became 7 June) and
left the others as text (06/14/2025). Imported, the first kind would land a month or more
away from the truth; the file is refused with the reason, whatever date order is given. A
workbook whose own dates go past the 12th, or a UK one, is imported as before."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.services.importing.import_lookalikes import write_xlsx
from volunteer_app.domain.importing.dates import read_date_column
from volunteer_app.domain.importing.plan import ImportOptions
from volunteer_app.services.context import AppServices
from volunteer_app.services.importing.importer import ImportRejected

HEADER = ["Date", "Name", "Activity", "Hours"]


def as_uk_excel_saves(us_days: list[date]) -> list[list[str]]:
    """Each US date as UK Excel leaves it: a date of its own (day and month swapped) when
    the month-first text also reads day first, else the text unchanged."""
    rows = [HEADER]
    for number, day in enumerate(us_days):
        if day.day <= 12:
            cell = date(day.year, day.day, day.month).isoformat()  # swapped: a date cell
        else:
            cell = day.strftime("%m/%d/%Y")  # not a day-first date: left as text
        rows.append([cell, f"Volunteer {number % 3}", "Gardening", "2"])
    return rows


def test_the_swapped_dates_are_refused_whatever_order_is_given(
    app: AppServices, tmp_path: Path
) -> None:
    us_days = [date(2025, 7, 6), date(2025, 6, 14), date(2025, 8, 7), date(2025, 7, 22)]
    path = write_xlsx(tmp_path / "tom.xlsx", as_uk_excel_saves(us_days))
    for order in (None, "mdy", "dmy"):
        with pytest.raises(ImportRejected) as refused:
            app.importer.import_file(path, options=ImportOptions(date_order=order))
        (problem,) = refused.value.problems
        assert (problem.code, problem.line, problem.values["value"]) == (
            "date.swapped",
            3,
            "06/14/2025",
        )
        assert "a US file opened in a UK spreadsheet" in problem.message
    assert app.importer.imports() == []


def test_a_workbook_with_its_own_dates_past_the_12th_imports(
    app: AppServices, tmp_path: Path
) -> None:
    rows = [
        HEADER,
        ["2025-06-07", "Tom", "Gardening", "2"],
        ["2025-06-21", "Tom", "Gardening", "3"],
    ]
    rows.append(["06/28/2025", "Lucy", "Gardening", "1"])  # month-first text, but not a trace
    result = app.importer.import_file(write_xlsx(tmp_path / "us.xlsx", rows))
    assert result.totals.activities == 3


def test_a_uk_workbook_with_early_dates_and_day_first_text_imports(
    app: AppServices, tmp_path: Path
) -> None:
    rows = [
        HEADER,
        ["2025-06-07", "Siân", "Gardening", "2"],
        ["14/06/2025", "Siân", "Gardening", "1"],
    ]
    result = app.importer.import_file(write_xlsx(tmp_path / "uk.xlsx", rows))
    assert result.totals.activities == 2


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10_000), count=st.integers(2, 30))
def test_every_us_log_saved_by_uk_excel_with_both_kinds_is_refused(seed: int, count: int) -> None:
    """The column is refused whenever it holds both kinds. (When Excel turned every date,
    all on the 12th or earlier, nothing left in the file can tell: that one is beyond
    any check.)"""
    rng = random.Random(seed)
    start = date(2025, 1, 1) + timedelta(days=rng.randrange(300))
    us_days = sorted(start + timedelta(days=rng.randrange(60)) for _ in range(count))
    rows = as_uk_excel_saves(us_days)[1:]
    column = read_date_column((line, row[0]) for line, row in enumerate(rows, start=2))
    turned = [r[0] for r in rows if "-" in r[0]]
    text = [r[0] for r in rows if "/" in r[0]]
    if turned and text:
        assert column.swapped is not None  # never imported a month away
    else:
        assert column.swapped is None


def test_a_date_in_words_beside_early_dates_is_not_taken_for_the_trace(
    app: AppServices, tmp_path: Path
) -> None:
    """A monthly group (the first Tuesday: always the 7th or earlier) that typed one date in
    words, month first."""
    rows = [
        HEADER,
        ["2025-01-07", "Siân", "Gardening", "2"],
        ["2025-02-04", "Siân", "Gardening", "2"],
    ]
    rows.append(["March 4th, 2025", "Siân", "Gardening", "2"])
    result = app.importer.import_file(write_xlsx(tmp_path / "monthly.xlsx", rows))
    assert result.totals.activities == 3
