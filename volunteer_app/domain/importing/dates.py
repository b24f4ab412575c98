"""The order of day and month, decided once for a whole date column, never cell by cell.

"10/22/19" and "11/02/19" in one hand-typed column are both month first: reading each
cell on its own would put the second in February. So the column is read as a whole: a
first part above 12 means day first, a second part above 12 means month first, a column
holding both is a problem, and a column where every value could be either is asked about.
Dates in words say their order too ("3 March 2026" is day first, "March 3, 2026" month
first), and so do dotted dates (31.03.26), which are never written month first.

A US file opened in a UK spreadsheet leaves a trace of its own: the spreadsheet turned the
dates it could read day first ("07/06/2025", meant as 6 July) into dates of its own (7
June), all on the 12th or earlier, and left as text those it could not ("06/14/2025"). No
order chosen afterwards can mend the dates already turned, so such a column is refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from volunteer_app.domain.importing.values import (
    DAY_MONTH_WORDS,
    MONTH_DAY_WORDS,
    MONTHS,
    NUMERIC_DATE,
)


@dataclass(frozen=True)
class DateColumn:
    """What a date column says about itself."""

    order: str | None  # "dmy", "mdy" or "ymd"; None when the column cannot tell
    day_first: tuple[int, str] | None = None  # the first row showing day first, and its value
    month_first: tuple[int, str] | None = None
    ambiguous: tuple[int, str] | None = None  # a value that reads either way
    yearless: tuple[int, str] | None = None  # a date written without its year
    swapped: tuple[int, str] | None = None  # month-first text among a spreadsheet's early dates

    @property
    def mixed(self) -> bool:
        return self.day_first is not None and self.month_first is not None


def _evidence(value: str) -> str:
    """'dmy', 'mdy', 'either' or '' (no evidence: ISO, not a date at all)."""
    if m := NUMERIC_DATE.fullmatch(value):
        first, second = int(m[1]), int(m[2])
        if first > 12 and second <= 12:
            return "dmy"
        if second > 12 and first <= 12:
            return "mdy"
        if first <= 12 and second <= 12:
            return "dmy" if "." in value else "either"
        return ""
    folded = value.casefold()
    if (m := DAY_MONTH_WORDS.fullmatch(folded)) and m[2] in MONTHS:
        return "dmy"
    if (m := MONTH_DAY_WORDS.fullmatch(folded)) and m[1] in MONTHS:
        return "mdy"
    return ""


def _has_year(value: str) -> bool:
    folded = value.casefold()
    for pattern in (DAY_MONTH_WORDS, MONTH_DAY_WORDS):
        m = pattern.fullmatch(folded)
        if m and (m[2] in MONTHS or m[1] in MONTHS):
            return m[3] is not None
    return True


def read_date_column(cells: Iterable[tuple[int, str]], given: str | None = None) -> DateColumn:
    """Decide the order for the whole column; ``given`` is the user's answer, if any."""
    found: dict[str, tuple[int, str]] = {}
    yearless = None
    seen: set[str] = set()
    iso_days: list[int] = []  # the days of the month of the dates written as ISO
    for line, raw in cells:
        value = raw.strip()
        if not value or value in seen:
            continue
        seen.add(value)
        kind = _evidence(value)
        if kind and kind not in found:
            found[kind] = (line, value)
        if yearless is None and not _has_year(value):
            yearless = (line, value)
        if iso := _ISO_DATE.fullmatch(value):
            iso_days.append(int(iso[1]))
    day_first, month_first = found.get("dmy"), found.get("mdy")
    order = given
    if order is None and not (day_first and month_first):
        order = "dmy" if day_first else "mdy" if month_first else None
        if order is None and "either" not in found:
            order = "dmy"  # nothing to decide: ISO dates or dates in words
    # Only digits: dates in words ("March 4th, 2025") are typed, never left by a spreadsheet.
    numeric = month_first is not None and NUMERIC_DATE.fullmatch(month_first[1]) is not None
    swapped = month_first if numeric and iso_days and max(iso_days) <= 12 else None
    return DateColumn(order, day_first, month_first, found.get("either"), yearless, swapped)


# A spreadsheet's own date cells reach the importer as ISO dates (services/xlsx_reader.py).
_ISO_DATE = re.compile(r"\d{4}-\d{2}-(\d{2})")


def both_readings(value: str) -> tuple[str, str]:
    """The two readings of an ambiguous date, as ISO dates, for the question asked."""
    m = NUMERIC_DATE.fullmatch(value.strip())
    if m is None:
        return value, value
    year = int(m[3]) + 2000 if len(m[3]) == 2 else int(m[3])
    first, second = int(m[1]), int(m[2])
    return (f"{year:04d}-{second:02d}-{first:02d}", f"{year:04d}-{first:02d}-{second:02d}")
