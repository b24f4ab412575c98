"""Dates as the app shows them: the language's own short form, with the year in full.

Welsh's short date is ``dd/MM/yy``: "26" in a list of dates reads as a day as easily as a
year, and the two halves of a financial year (2025/26) then look alike. Every date the
window shows goes through here, in English and Welsh alike.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale


def whole_year(pattern: str) -> str:
    """A Qt date pattern with a two-digit year (``yy``) made four-digit (``yyyy``)."""
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_format(locale: QLocale | None = None) -> str:
    """The language's short date pattern, with the whole year (for date boxes too)."""
    return whole_year((locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat))


def short_date(day: date | QDate, locale: QLocale | None = None) -> str:
    """``31/03/2026`` in English and Welsh alike (other languages in their own order)."""
    locale = locale or QLocale()
    return locale.toString(day, date_format(locale))


def short_date_time(moment: datetime | QDateTime, locale: QLocale | None = None) -> str:
    """The date as ``short_date`` gives it, and the time as the language writes it."""
    locale = locale or QLocale()
    pattern = whole_year(locale.dateTimeFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(moment, pattern)
