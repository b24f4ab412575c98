"""Reading the values people type into spreadsheets: dates, times, hours, and headers.

Coordinators' spreadsheets say "31/01/2026", "3 March 2026", "2:30" or "2h30" rather than
the template's ISO forms, so the importer accepts what a UK spreadsheet holds and rejects
anything it would have to guess (a US-ordered date is read day-first, as the UK does).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, time

from volunteer_app.domain.validation import clean_text

# English and Welsh month names and their common short forms, in lower case.
MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan", "ionawr", "ion"),
        ("february", "feb", "chwefror", "chwef"),
        ("march", "mar", "mawrth", "maw"),
        ("april", "apr", "ebrill", "ebr"),
        ("may", "mai"),
        ("june", "jun", "mehefin", "meh"),
        ("july", "jul", "gorffennaf", "gorff"),
        ("august", "aug", "awst"),
        ("september", "sep", "sept", "medi"),
        ("october", "oct", "hydref", "hyd"),
        ("november", "nov", "tachwedd", "tach"),
        ("december", "dec", "rhagfyr", "rhag"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00)?)?")
_NUMERIC = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})")
_WORDS = re.compile(
    r"(?:[^\W\d]+,?\s+)?(\d{1,2})(?:st|nd|rd|th|af|ain|il|ydd|fed|ed)?\s+([^\W\d]+)\.?,?\s+(\d{4})"
)
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})(?::(\d{2}))?")
_DECIMAL_HOURS = re.compile(r"(\d{1,3})(?:[.,](\d{1,4}))?")
_H_M = re.compile(r"(\d{1,3})\s*(?:h|hr|hrs|hour|hours|awr|a)\s*(?:(\d{1,2})\s*(?:m|min|mins)?)?")
_MINUTES_ONLY = re.compile(r"(\d{1,4})\s*(?:m|min|mins|minutes|munud)")
MAX_MINUTES = 24 * 60


def parse_date(text: str) -> date:
    """ISO, day-first numeric (dd/mm/yyyy, dd.mm.yy) or "3 March 2026" (English or Welsh)."""
    value = text.strip()
    if m := _ISO.fullmatch(value):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC.fullmatch(value):
        year = int(m[3])
        if len(m[3]) == 2:
            year += 2000  # volunteering logs are never from the 1900s
        return date(year, int(m[2]), int(m[1]))  # UK order: day/month/year
    if m := _WORDS.fullmatch(value.casefold()):
        month = MONTHS.get(m[2])
        if month is not None:
            return date(int(m[3]), month, int(m[1]))
    raise ValueError(value)


def parse_time(text: str) -> time:
    if m := _TIME.fullmatch(text.strip()):
        return time(int(m[1]), int(m[2]), int(m[3] or 0))
    raise ValueError(text)


def parse_hours(text: str) -> int:
    """Minutes from hours written as 2.5, 2,5, 2:30, 2h30, 2 hrs or 90 mins."""
    value = text.strip().casefold()
    if m := _DECIMAL_HOURS.fullmatch(value):
        whole = int(m[1])
        fraction = m[2] or ""
        scale: int = 10 ** len(fraction)
        minutes = whole * 60 + round(int(fraction or "0") * 60 / scale)
    elif m := _TIME.fullmatch(value):
        if int(m[2]) >= 60:
            raise ValueError(text)
        minutes = int(m[1]) * 60 + int(m[2])
    elif m := _H_M.fullmatch(value):
        extra = int(m[2] or 0)
        if extra >= 60:
            raise ValueError(text)
        minutes = int(m[1]) * 60 + extra
    elif m := _MINUTES_ONLY.fullmatch(value):
        minutes = int(m[1])
    else:
        raise ValueError(text)
    if minutes > MAX_MINUTES:
        raise ValueError(text)
    return minutes


# The template's fields a spreadsheet's column can be read as, and the headers that usually
# mean them (compared after folding case and dropping spaces and punctuation).
HOURS_FIELD = "hours"
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "date": ("date", "day", "sessiondate", "eventdate", "dyddiad", "when"),
    "activity": (
        "activity",
        "event",
        "session",
        "activityname",
        "eventname",
        "what",
        "project",
        "task",
        "gweithgaredd",
        "digwyddiad",
        "sesiwn",
    ),
    "person": (
        "person",
        "name",
        "volunteer",
        "volunteername",
        "fullname",
        "participant",
        "who",
        "enw",
        "gwirfoddolwr",
    ),
    HOURS_FIELD: (
        "hours",
        "hrs",
        "hour",
        "duration",
        "hoursvolunteered",
        "timegiven",
        "oriau",
        "hyd",
    ),
    "start_time": ("starttime", "start", "from", "timein", "dechrau"),
    "end_time": ("endtime", "end", "finish", "to", "timeout", "gorffen", "diwedd"),
    "location": ("location", "venue", "place", "where", "lleoliad"),
    "notes": ("notes", "note", "comments", "comment", "nodiadau"),
    "role": ("role", "rôl", "rol"),
    "activity_type": ("activitytype", "type", "category", "math"),
    "volunteers_count": ("volunteerscount", "volunteers", "unnamedvolunteers"),
    "participants_count": ("participantscount", "participants", "attendees", "headcount"),
    "activity_ref": ("activityref", "ref", "reference", "eventid", "sessionid"),
}


def header_key(text: str) -> str:
    return re.sub(r"[\W_]+", "", clean_text(text).casefold())


def guess_field(header: str, fields: Sequence[str]) -> str | None:
    """The field a column's header names: the template's own name first, then an alias."""
    exact = clean_text(header).lower()
    if exact in fields:
        return exact
    key = header_key(header)
    if not key:
        return None
    for field, aliases in HEADER_ALIASES.items():
        if field in fields and key in aliases:
            return field
    return None


def guess_mapping(header: Sequence[str], fields: Sequence[str]) -> list[str | None]:
    """For each column, the field it is read as; each field taken by its first column only."""
    taken: set[str] = set()
    mapping: list[str | None] = []
    for cell in header:
        field = guess_field(cell, fields)
        if field is not None and field in taken:
            field = None
        if field is not None:
            taken.add(field)
        mapping.append(field)
    return mapping


def find_header(rows: Sequence[tuple[int, Sequence[str]]], fields: Sequence[str]) -> int:
    """Index of the header row: the first of the opening rows naming two or more known
    fields, so title rows and blank rows above it are skipped; else the first row of two
    or more cells; else the first filled row; -1 when there is none."""
    first_filled = first_wide = -1
    for index, (_line, cells) in enumerate(rows[:30]):
        filled = [c for c in cells if c.strip()]
        if not filled:
            continue
        if first_filled < 0:
            first_filled = index
        if first_wide < 0 and len(filled) >= 2:
            first_wide = index
        known = {guess_field(c, fields) for c in filled} - {None}
        if len(known) >= 2:
            return index
    return first_wide if first_wide >= 0 else first_filled
