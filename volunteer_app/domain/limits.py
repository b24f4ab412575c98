"""One set of limits for what the app accepts, used alike by the Log form, the edit
dialogs, import and the command line.

Text over its limit is refused with a message, never cut; control characters (NUL and
the like) are removed where text enters. Dates run from 1900, the first year a
spreadsheet can hold, to a year ahead.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from volunteer_app.domain.errors import ValidationError

# Characters allowed in each kind of text, by field name.
TEXT_LIMITS: dict[str, int] = {
    "title": 200,
    "location": 200,
    "activity_notes": 10_000,
    "person_name": 200,
    "contact": 200,
    "person_notes": 10_000,
    "type_label": 200,
    "group_name": 120,
    "cvc_ref": 40,
}
# An imported column's limit (the person's name and the activity's, which names its type).
IMPORT_TEXT_LIMITS = {
    "activity": "type_label",
    "title": "title",
    "location": "location",
    "notes": "activity_notes",
    "person": "person_name",
}
MAX_HEADCOUNT = 100_000  # unnamed volunteers, or participants, at one activity
MAX_MINUTES = 24 * 60  # one activity, or one person's time at it
MAX_TOTAL_MINUTES = MAX_HEADCOUNT * MAX_MINUTES  # unnamed volunteers' hours given as one total
MIN_DATE = date(1900, 1, 1)  # the first day a spreadsheet's dates can hold
FUTURE_LIMIT = timedelta(days=366)
# OWASP CSV injection: a cell starting with these may run as a formula in a spreadsheet.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "%")

# C0 and C1 controls and DEL, but not tab and line breaks (notes keep those; one line of
# text turns them into spaces).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """Text with NUL and other control characters removed; Windows and old Mac line ends
    become \\n."""
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def clean_line(value: str | None) -> str:
    """One line of text: controls removed, trimmed, inner runs of spaces made one."""
    return " ".join(strip_controls(value or "").split())


def clean_notes(value: str | None) -> str:
    """Notes keep their line breaks; controls removed and the ends trimmed."""
    return strip_controls(value or "").strip()


def guard_formula(text: str) -> str:
    """For a CSV the user opens in a spreadsheet: text that could run as a formula gets a
    leading ' (OWASP), and so does text already starting with one, so that
    ``unguard_formula`` gives back exactly what was written."""
    return "'" + text if text.startswith(("'", *FORMULA_PREFIXES)) else text


def unguard_formula(text: str) -> str:
    """The text ``guard_formula`` was given (a CSV from Excel never starts a cell with ',
    which is only how a spreadsheet marks typed text)."""
    if text.startswith("'") and text[1:2] and text[1] in ("'", *FORMULA_PREFIXES):
        return text[1:]
    return text


def too_long(field: str, value: str) -> int | None:
    """The field's limit when the text is over it, else None."""
    limit = TEXT_LIMITS[field]
    return limit if len(value) > limit else None


def check_length(value: str, field: str, code: str, label: str) -> str:
    """Refuse text over its field's limit (the caller's ``code`` names what is too long)."""
    limit = too_long(field, value)
    if limit is not None:
        raise ValidationError(
            code,
            f"{label} is longer than {limit} characters.",
            field=field,
            limit=limit,
            length=len(value),
        )
    return value


def date_problem(day: date, today: date) -> str | None:
    """Why a date cannot be an activity's: "too_early", "future", or None when it can."""
    if day < MIN_DATE:
        return "too_early"
    if day > today + FUTURE_LIMIT:
        return "future"
    return None


EXCEL_1900_LEAP_SERIAL = 60  # Excel's 29 February 1900, a day that never was


def excel_serial_date(serial: float, epoch_1904: bool = False) -> datetime | None:
    """The moment an Excel date serial stands for; None for serial 60 in the 1900 system
    (Lotus 1-2-3's 29 February 1900, kept by Excel) and for serials outside the dates a
    spreadsheet can hold.

    In the 1900 system serial 1 is 1 January 1900 and, because of that phantom day, every
    serial from 61 on is one more than the days since 31 December 1899.
    """
    if serial < 1 or serial != serial:  # 0 and below are times of day, or nothing; NaN
        return None
    whole = int(serial)
    if epoch_1904:
        base = datetime(1904, 1, 1)
    elif whole == EXCEL_1900_LEAP_SERIAL:
        return None
    elif whole < EXCEL_1900_LEAP_SERIAL:
        base = datetime(1899, 12, 31)
    else:
        base = datetime(1899, 12, 30)
    try:
        moment = base + timedelta(days=whole)
        seconds = round((serial - whole) * 86_400)
        return moment + timedelta(seconds=seconds)
    except OverflowError:
        return None
