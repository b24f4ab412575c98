"""Dates the window shows carry the whole year in every language (Welsh's short date is
dd/MM/yy, so 2026 and 1926 and the 26th of a month all read "26" there)."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from volunteer_app.ui.kit.dates import date_format, short_date, short_date_time, whole_year

WELSH = QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def test_welsh_and_english_show_the_same_whole_date() -> None:
    for locale in (WELSH, ENGLISH):
        assert date_format(locale) == "dd/MM/yyyy"
        assert short_date(date(2026, 3, 31), locale) == "31/03/2026"
        assert short_date_time(datetime(2026, 3, 31, 14, 5), locale) == "31/03/2026 14:05"


def test_a_whole_year_is_left_as_it_is() -> None:
    assert whole_year("yyyy-MM-dd") == "yyyy-MM-dd"
    assert whole_year("M/d/yy") == "M/d/yyyy"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)))
def test_every_date_reads_back_whole(day: date) -> None:
    for locale in (WELSH, ENGLISH):
        shown = short_date(day, locale)
        assert locale.toDate(shown, date_format(locale)).toPython() == day
        assert str(day.year) in shown
