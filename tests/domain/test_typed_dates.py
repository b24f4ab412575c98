"""Dates as typed into a date box: day first, as in the UK, in any of the usual forms."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from volunteer_app.domain.typed_dates import parse_typed_date

SHOWN = date(2026, 3, 5)
ENGLISH = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WELSH = (
    "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
    "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr",
)  # fmt: skip


@given(st.dates(date(2000, 1, 1), date(2099, 12, 31)))
def test_every_usual_form_of_a_date_reads_back(day: date) -> None:
    for text in (
        f"{day:%d/%m/%Y}",
        f"{day.day}/{day.month}/{day:%y}",
        f"{day:%d.%m.%Y}",
        f"{day:%d-%m-%y}",
        f"{day.day} {day.month} {day.year}",
        f"{day:%Y-%m-%d}",
        f"{day:%d%m%Y}",
        f"{day:%d%m%y}",
        f" {day.day} {ENGLISH[day.month - 1]} {day.year} ",
        f"{day.day} {WELSH[day.month - 1].upper()} {day.year}",
    ):
        assert parse_typed_date(text, SHOWN) == day, text


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("27", date(2026, 3, 27)),  # this month and year, as shown
        ("27/11", date(2026, 11, 27)),
        ("2711", date(2026, 11, 27)),
        ("27 Nov", date(2026, 11, 27)),
        ("27ain Tachwedd", date(2026, 11, 27)),
        ("3rd March 26", date(2026, 3, 3)),
    ],
)
def test_parts_left_out_come_from_the_date_shown(text: str, meant: date) -> None:
    assert parse_typed_date(text, SHOWN) == meant


@pytest.mark.parametrize("text", ["", "xx", "31/02/2026", "27/13/2026", "27 Smarch", "1/2/3/4"])
def test_what_is_not_a_date_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_typed_date(text, SHOWN)


@given(st.text(max_size=20))
def test_any_text_gives_a_date_or_a_value_error(text: str) -> None:
    with contextlib.suppress(ValueError):
        assert isinstance(parse_typed_date(text, SHOWN), date)
