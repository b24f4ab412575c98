"""Reading dates, hours and headers the way UK spreadsheets write them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from volunteer_app.domain.importing.rows import FIELDS
from volunteer_app.domain.importing.values import (
    find_header,
    guess_mapping,
    parse_date,
    parse_hours,
)

EN_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]  # fmt: skip
CY_MONTHS = [
    "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
    "Medi", "Hydref", "Tachwedd", "Rhagfyr",
]  # fmt: skip
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


@given(days)
def test_every_written_form_of_a_date_reads_back_as_that_date(day: date) -> None:
    forms = [
        day.isoformat(),
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{day.day}/{day.month}/{day.year}",
        f"{day.day}.{day.month}.{day.year % 100:02d}",
        f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}",
        f"{day.day} {EN_MONTHS[day.month - 1][:3]} {day.year}",
        f"{day.day} {CY_MONTHS[day.month - 1]} {day.year}",
        f"{day.strftime('%A')} {day.day} {EN_MONTHS[day.month - 1]}, {day.year}",
        f"{day.isoformat()} 00:00:00",
    ]
    for form in forms:
        assert parse_date(form) == day, form


@pytest.mark.parametrize(
    "text", ["", "31/02/2026", "2026/13/01", "3 Smarch 2026", "March 2026", "45123", "12/2026"]
)
def test_what_is_not_a_date_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


@given(st.integers(min_value=0, max_value=24 * 60))
def test_every_written_form_of_hours_reads_back_as_those_minutes(minutes: int) -> None:
    h, m = divmod(minutes, 60)
    forms = [f"{h}:{m:02d}", f"{h}h{m:02d}", f"{h}h {m}m", f"{h} hrs {m} mins", f"{minutes} mins"]
    if m == 0:
        forms += [str(h), f"{h}h", f"{h} hours"]
    if minutes % 6 == 0:  # tenths of an hour are exact
        tenths = f"{minutes / 60:.1f}"
        forms += [tenths, tenths.replace(".", ","), f"{tenths}h", f"{tenths} hrs"]
        forms += [f"{tenths} hours", f"{tenths.replace('.', ',')} awr"]
    for form in forms:
        assert parse_hours(form) == minutes, form


@given(st.text(max_size=12))
def test_hours_never_read_as_more_than_a_day_or_crash(text: str) -> None:
    try:
        minutes = parse_hours(text)
    except ValueError:
        return
    assert 0 <= minutes <= 24 * 60


@pytest.mark.parametrize(
    "text", ["", "lots", "-2", "2:60", "2h75", "25", "1.5.2", "two", "1,234 hrs", "1.5 mins"]
)
def test_what_is_not_hours_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_hours(text)


def test_common_headers_are_guessed_and_each_field_taken_once() -> None:
    header = ["Full Name", "Date", "Hrs", "Event", "Venue", "Comments", "Name", "Colour"]
    assert guess_mapping(header, FIELDS) == [
        "person", "date", "hours", "title", "location", "notes", None, None,
    ]  # fmt: skip
    assert guess_mapping(["date", "activity", "minutes", "person"], FIELDS) == [
        "date", "activity", "minutes", "person",
    ]  # fmt: skip
    assert guess_mapping(["Enw", "Dyddiad", "Oriau", "Digwyddiad"], FIELDS) == [
        "person", "date", "hours", "title",
    ]  # fmt: skip


def test_the_header_is_found_below_titles_and_blank_rows() -> None:
    rows = [
        (1, ["Garden club hours", "", ""]),
        (2, ["", "", ""]),
        (3, ["Prepared by the secretary", "", ""]),
        (4, ["Name", "Date", "Hours"]),
        (5, ["Ann", "01/01/2026", "2"]),
    ]
    assert find_header(rows, FIELDS) == 3
    assert find_header([(1, ["x", "y"]), (2, ["1", "2"])], FIELDS) == 0
    assert find_header([(1, ["", ""])], FIELDS) == -1
