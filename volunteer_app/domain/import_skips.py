"""Rows of a spreadsheet that are not records: totals, subtotals and notes.

A daily summary ends with an "ALL" row, a hand-typed log has "Subtotal October" halfway
down, minutes say "No meeting in August". Importing them would count hours twice or
refuse the whole file; they are skipped instead, and listed with their row numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

TOTAL = "total"
NOTE = "note"
NOBODY = "nobody"  # a day when nobody came: zero headcount, zero hours
SKIP_REASONS = (TOTAL, NOTE, NOBODY)

# "ALL" only on its own ("All Saints' Day" is an event); the others may run on ("Total
# for October").
_TOTAL_WORDS = re.compile(
    r"all|sum|(?:total|totals|sub[\s\-]?totals?|grand\s+total|cyfanswm|is[\s\-]gyfanswm)\b.*",
    re.IGNORECASE,
)
COUNT_FIELDS = frozenset(("volunteers_count", "participants_count", "total_volunteer_hours"))


def _reads_as_total(text: str) -> bool:
    return bool(_TOTAL_WORDS.fullmatch(text.strip()))


def skip_reason(row: dict[str, str], cells: Sequence[str]) -> str | None:
    """Why a row is not a record, or None when it is one (and is checked as such).

    ``row`` holds the mapped fields' values, ``cells`` every cell of the row."""
    day = row.get("date", "").strip()
    if day and _reads_as_total(day):
        return TOTAL
    filled = [c.strip() for c in cells if c.strip()]
    if not day:
        if any(_reads_as_total(c) for c in filled):
            return TOTAL
        # a lone text with no date is someone's note, not a record with a date forgotten
        if len(filled) == 1 and any(ch.isalpha() for ch in filled[0]):
            return NOTE
    elif not any(ch.isdigit() for ch in day) and len(filled) == 1 and len(day.split()) >= 3:
        return NOTE  # "No meeting in August" written in the date column
    counts = [row[f].strip() for f in COUNT_FIELDS if row.get(f, "").strip()]
    if counts and not row.get("person", "").strip() and all(_is_zero(c) for c in counts):
        return NOBODY
    return None


def _is_zero(text: str) -> bool:
    return bool(re.fullmatch(r"0+(?:[.,]0+)?", text))
