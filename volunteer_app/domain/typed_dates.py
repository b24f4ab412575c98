"""A date as someone in the UK types it into a date box: day first, with any of the usual
separators, a short or long year, a month by name in English or Welsh, or without the
parts that are obvious (the month and year of the date shown)."""

from __future__ import annotations

import re
from datetime import date

from volunteer_app.domain.import_values import MONTHS

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DAY_FIRST = re.compile(
    r"(\d{1,2})(?:\s*[/.\-]\s*|\s+)(\d{1,2})(?:(?:\s*[/.\-]\s*|\s+)(\d{2}|\d{4}))?"
)
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{2}|\d{4})?")
_DAY_ONLY = re.compile(r"(\d{1,2})")
_WORDS = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th|af|ain|il|ydd|fed|ed)?[\s/.\-]*([^\W\d]+)\.?(?:[\s,/.\-]+(\d{2}|\d{4}))?"
)


def _year(text: str | None, shown: date) -> int:
    if not text:
        return shown.year
    return 2000 + int(text) if len(text) == 2 else int(text)


def parse_typed_date(text: str, shown: date) -> date:
    """The date meant by ``text``; ``shown`` (the date in the box) gives a missing month or
    year. Raises ValueError when the text is not a date."""
    value = " ".join(text.split()).casefold()
    if m := _ISO.fullmatch(value):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := _DAY_FIRST.fullmatch(value):
        return date(_year(m[3], shown), int(m[2]), int(m[1]))
    if m := _DIGITS.fullmatch(value):  # 27112026, 271126, 2711
        return date(_year(m[3], shown), int(m[2]), int(m[1]))
    if m := _DAY_ONLY.fullmatch(value):
        return date(shown.year, shown.month, int(m[1]))
    if (m := _WORDS.fullmatch(value)) and (month := MONTHS.get(m[2])) is not None:
        return date(_year(m[3], shown), month, int(m[1]))
    raise ValueError(text)
