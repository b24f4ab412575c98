"""Reading the values people type into spreadsheets: dates, times, hours, and headers.

Coordinators' spreadsheets say "31/01/2026", "3 March 2026", "2:30" or "2h30" rather than
the template's ISO forms, so the importer accepts what a spreadsheet holds and rejects
anything it would have to guess. The order of day and month is decided for a whole column
(domain/import_dates.py) and passed in here; a date without a year needs the year given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, time

from volunteer_app.domain.codes import ActivityTypeCode
from volunteer_app.domain.importing.extras import PROJECT_FIELD, output_field_of
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
_YEAR_FIRST = re.compile(r"(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})")
NUMERIC_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})")
_SHORT_YEAR_FIRST = re.compile(r"(\d{2})[/.\-](\d{1,2})[/.\-](\d{1,2})")
_WEEKDAY = r"(?:[^\W\d]+,?\s+)?"
_ORDINAL = r"(?:st|nd|rd|th|af|ain|il|ydd|fed|ed)?"
# "3 March 2026" (day first, as the UK writes it) and "March 3, 2026" (month first)
DAY_MONTH_WORDS = re.compile(
    _WEEKDAY + r"(\d{1,2})" + _ORDINAL + r"[\s\-]+([^\W\d]+)\.?,?(?:[\s\-]+(\d{4}|\d{2}))?"
)
MONTH_DAY_WORDS = re.compile(
    _WEEKDAY + r"([^\W\d]+)\.?[\s\-]+(\d{1,2})" + _ORDINAL + r"(?:,?\s+(\d{4}))?"
)
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})(?::(\d{2}))?")
_DECIMAL_HOURS = re.compile(r"(\d{1,6})(?:[.,](\d{1,4}))?")
_H_M = re.compile(r"(\d{1,6})\s*(?:h|hr|hrs|hour|hours|awr|a)\s*(?:(\d{1,2})\s*(?:m|min|mins)?)?")
_MINUTES_ONLY = re.compile(r"(\d{1,6})\s*(?:m|min|mins|minutes|munud)")
_DECIMAL_WITH_UNIT = re.compile(r"(\d{1,6}[.,]\d{1,4})\s*(?:h|hr|hrs|hour|hours|awr)")
# 1,234 could be a thousand hours or one and a quarter: never guessed.
_THOUSANDS_OR_DECIMAL = re.compile(r"\d{1,3},\d{3}")
MAX_MINUTES = 24 * 60
DATE_ORDERS = ("dmy", "mdy", "ymd")


class YearNeeded(ValueError):
    """A date written without its year ("19-Sep"): the year must be given, never guessed."""


class TooLong(ValueError):
    """A length of time above the limit (more than 24 hours for one person in a day)."""

    def __init__(self, text: str, minutes: int) -> None:
        super().__init__(text)
        self.minutes = minutes


def _full_year(text: str) -> int:
    # volunteering logs are never from the 1900s
    return int(text) + 2000 if len(text) == 2 else int(text)


def parse_date(text: str, order: str = "dmy", year: int | None = None) -> date:
    """ISO, numeric in the column's ``order`` (day first unless told otherwise), or with the
    month in words, English or Welsh ("3 March 2026", "March 3, 2026", "19-Sep" with
    ``year`` given)."""
    value = text.strip()
    if m := _ISO.fullmatch(value):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := _YEAR_FIRST.fullmatch(value):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if order == "ymd" and (m := _SHORT_YEAR_FIRST.fullmatch(value)):
        return date(_full_year(m[1]), int(m[2]), int(m[3]))
    if order != "ymd" and (m := NUMERIC_DATE.fullmatch(value)):
        first, second = int(m[1]), int(m[2])
        day, month = (second, first) if order == "mdy" else (first, second)
        return date(_full_year(m[3]), month, day)
    folded = value.casefold()
    for pattern, day_group, month_group in ((DAY_MONTH_WORDS, 1, 2), (MONTH_DAY_WORDS, 2, 1)):
        if (m := pattern.fullmatch(folded)) and (named := MONTHS.get(m[month_group])):
            if m[3] is None and year is None:
                raise YearNeeded(value)
            return date(_full_year(m[3]) if m[3] else year or 0, named, int(m[day_group]))
    raise ValueError(value)


def parse_time(text: str) -> time:
    if m := _TIME.fullmatch(text.strip()):
        return time(int(m[1]), int(m[2]), int(m[3] or 0))
    raise ValueError(text)


def parse_hours(text: str, limit: int = MAX_MINUTES) -> int:
    """Minutes from hours written as 2.5, 2,5, 2:30, 2h30, 2 hrs, 1.5 hrs or 90 mins; at most
    ``limit`` minutes (one person's day, unless the value is a whole activity's total)."""
    value = text.strip().casefold()
    if m := _DECIMAL_WITH_UNIT.fullmatch(value):
        value = m[1]  # "1.5 hrs" is 1.5 hours, as "2 hrs" is 2
    if _THOUSANDS_OR_DECIMAL.fullmatch(value):
        raise ValueError(text)
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
    if minutes > limit:
        raise TooLong(text, minutes)
    return minutes


# The template's fields a spreadsheet's column can be read as, and the headers that usually
# mean them (compared after folding case and dropping spaces and punctuation).
HOURS_FIELD = "hours"
TOTAL_HOURS_FIELD = "total_volunteer_hours"
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "date": ("date", "day", "sessiondate", "eventdate", "dyddiad", "when"),
    "activity": (
        "activity",
        "session",
        "activityname",
        "what",
        "project",
        "task",
        "gweithgaredd",
        "sesiwn",
    ),
    # An event's name is the activity's title, not its type: a file of 400 events must
    # not become 400 activity types.
    "title": ("title", "event", "eventname", "eventtitle", "digwyddiad", "teitl", "enwdigwyddiad"),
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
    "volunteers_count": (
        "volunteerscount",
        "volunteers",
        "unnamedvolunteers",
        "attended",
        "noofvolunteers",
        "numberofvolunteers",
        "headcount",
        "count",
        "gwirfoddolwyr",
        "nifergwirfoddolwyr",
    ),
    "participants_count": ("participantscount", "participants", "attendees", "cyfranogwyr"),
    "activity_ref": ("activityref", "ref", "reference", "eventid", "sessionid", "shiftid"),
}
# Hours in a file with a headcount and no names are the activity's total, not a person's.
TOTAL_HOURS_ALIASES = (
    "volunteerhours",
    "totalhours",
    "totalvolunteerhours",
    "hours",
    "hrs",
    "hoursvolunteered",
    "oriau",
    "cyfanswmoriau",
)


def header_key(text: str) -> str:
    return re.sub(r"[\W_]+", "", clean_text(text).casefold())


def guess_field(header: str, fields: Sequence[str]) -> str | None:
    """The field a column's header names: the template's own name first, then an alias;
    "output: NAME" is that output's column."""
    exact = clean_text(header).lower()
    if exact in fields:
        return exact
    output = output_field_of(header)
    if output is not None:
        return output
    key = header_key(header)
    if not key:
        return None
    for field, aliases in HEADER_ALIASES.items():
        if field in fields and key in aliases:
            return field
    return None


def guess_mapping(header: Sequence[str], fields: Sequence[str]) -> list[str | None]:
    """For each column, the field it is read as; each field taken by its first column only.

    Hours beside a headcount with no name column are the activity's total hours."""
    taken: set[str] = set()
    mapping: list[str | None] = []
    for cell in header:
        field = guess_field(cell, fields)
        if field is not None and field in taken:
            field = None
        if field is not None:
            taken.add(field)
        mapping.append(field)
    if PROJECT_FIELD in taken and "activity" not in taken:
        # A group's "Project" column, with no other activity column, says what the
        # activity was, as it always has here; beside one, it names the projects.
        mapping = ["activity" if f == PROJECT_FIELD else f for f in mapping]
    if "volunteers_count" in taken and "person" not in taken and TOTAL_HOURS_FIELD in fields:
        for index, cell in enumerate(header):
            if mapping[index] in (None, HOURS_FIELD) and header_key(cell) in TOTAL_HOURS_ALIASES:
                mapping = [None if f == TOTAL_HOURS_FIELD else f for f in mapping]
                mapping[index] = TOTAL_HOURS_FIELD
                break
    return mapping


def settle_type_column(
    header: Sequence[str], mapping: list[str | None], rows: Sequence[tuple[int, Sequence[str]]]
) -> list[str | None]:
    """A column headed Type or Category holds the standard code only when its values are
    codes; a group's own kinds ("Shift", "Litter pick") say what the activity was."""
    if "activity" in mapping or "activity_type" not in mapping:
        return mapping
    index = mapping.index("activity_type")
    if index < len(header) and clean_text(header[index]).lower() == "activity_type":
        return mapping  # the template's own column
    codes = {code.value for code in ActivityTypeCode}
    values = {
        cells[index].strip().lower()
        for _line, cells in rows[:200]
        if index < len(cells) and cells[index].strip()
    }
    if values and not values <= codes:
        mapping = list(mapping)
        mapping[index] = "activity"
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
