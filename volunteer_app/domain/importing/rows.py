"""Validating one row of an import into the plan, before anything is written.

Columns arrive already read as the template's fields (``None`` for a column left out), so
a coordinator's own spreadsheet and the template go through the same checks; the whole
file's checks are in import_planner.py.

Each row is either a named participation (``person`` set) or an activity's unnamed
headcounts (``person`` empty), with their hours as the activity's total when the file gives
one. Rows with the same date, activity, title and start time are one activity, and their
activity-level values must agree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, time
from functools import lru_cache

from volunteer_app.domain.codes import (
    LOCAL_AUTHORITIES,
    ActivityKind,
    ActivityTypeCode,
    AgeBand,
    Role,
    WelshSpeaker,
)
from volunteer_app.domain.importing.extras import (
    EXTRA_FIELDS,
    ValueProblem,
    apply_extras,
    check_cells,
)
from volunteer_app.domain.importing.plan import (
    ActivityKey,
    PlannedActivity,
    PlannedParticipation,
)
from volunteer_app.domain.importing.values import (
    HOURS_FIELD,
    TOTAL_HOURS_FIELD,
    TooLong,
    YearNeeded,
    parse_date,
    parse_hours,
    parse_time,
)
from volunteer_app.domain.limits import (
    IMPORT_TEXT_LIMITS,
    MAX_HEADCOUNT,
    MAX_MINUTES,
    MAX_TOTAL_MINUTES,
    TEXT_LIMITS,
    clean_notes,
    date_problem,
    unguard_formula,
)
from volunteer_app.domain.validation import clean_text, search_key

TEMPLATE_COLUMNS = (
    "date",
    "activity",
    "activity_type",
    "kind",
    "location",
    "local_authority",
    "start_time",
    "end_time",
    "duration_minutes",
    "person",
    "role",
    "minutes",
    "age_band",
    "welsh_speaker",
    "volunteers_count",
    "participants_count",
    "notes",
    # the place's type, the event pulse (tallies) and the projects: importing/extras.py
    *EXTRA_FIELDS,
)
# Everything a column can be read as: the template's columns plus a person's time in hours.
# activity_ref, when given, says which rows are one activity (the full export writes it,
# so two same-named activities on one day stay two); without it, date, name and start
# time do.
REF_FIELD = "activity_ref"
# person_ref likewise tells apart two people with the same name.
PERSON_REF_FIELD = "person_ref"
# title: an event's own name ("Summer fair 2025"), kept on the activity beside its type.
FIELDS = (
    *TEMPLATE_COLUMNS,
    HOURS_FIELD,
    REF_FIELD,
    PERSON_REF_FIELD,
    "title",
    TOTAL_HOURS_FIELD,
)
PERSON_ONLY = ("role", "minutes", HOURS_FIELD, "age_band", "welsh_speaker", PERSON_REF_FIELD)
REQUIRED_COLUMNS = ("date", "activity")
ACTIVITY_LEVEL = (
    "activity_type",
    "kind",
    "location",
    "local_authority",
    "end_time",
    "duration_minutes",
    "volunteers_count",
    "participants_count",
    "notes",
    TOTAL_HOURS_FIELD,
)
ACTIVITY_LEVEL_SET = frozenset(ACTIVITY_LEVEL)
# The allowed codes, worked out once rather than for every row of a large file.
TYPE_CODES = [c.value for c in ActivityTypeCode]
KIND_CODES = [c.value for c in ActivityKind]
ROLE_CODES = [r.value for r in Role]
AGE_CODES = [a.value for a in AgeBand]
WELSH_CODES = [w.value for w in WelshSpeaker]
DEFAULT_ROLE = Role.VOLUNTEER.value
DEFAULT_AGE = AgeBand.NOT_KNOWN.value
DEFAULT_WELSH = WelshSpeaker.NOT_KNOWN.value
# A whole activity's volunteer hours: 62 people for 7 hours is 434, far above one day.


class _RowError(Exception):
    def __init__(self, column: str, code: str, **params: object) -> None:
        super().__init__(code)
        self.column = column
        self.code = code
        self.params = params


def _int(row: dict[str, str], column: str, low: int, high: int) -> int | None:
    raw = row.get(column, "").strip()
    if not raw:
        return None
    if not (raw.isascii() and raw.isdigit()):
        raise _RowError(column, "value.not_whole", value=raw)
    value = int(raw)
    if not low <= value <= high:
        raise _RowError(column, "value.out_of_range", value=value, low=low, high=high)
    return value


def _code(row: dict[str, str], column: str, allowed: Sequence[str]) -> str | None:
    raw = row.get(column, "").strip()
    if not raw:
        return None
    value = raw.lower()
    if value not in allowed:
        raise _RowError(column, "value.not_code", value=raw, allowed=", ".join(allowed))
    return value


def _local_authority(raw: str) -> str | None:
    value = raw.strip()
    if not value:
        return None
    for la in LOCAL_AUTHORITIES:
        if value.upper() == la.code or value.casefold() in (
            la.name_en.casefold(),
            la.name_cy.casefold(),
        ):
            return la.code
    raise _RowError("local_authority", "value.not_la", value=raw)


@lru_cache(maxsize=8192)
def _cleaned(value: str) -> tuple[str, str]:
    """A name tidied and its search key: names and activities repeat down a long file,
    so each distinct one is worked out once."""
    clean = clean_text(value)
    return clean, search_key(clean)


def _text(row: dict[str, str], column: str, limit: int = 0) -> str:
    """A text cell as the form would take it (controls removed, a CSV's formula guard
    undone), refused when over the field's limit (limits.py), never cut."""
    raw = row.get(column)
    if not raw:
        return ""
    raw = unguard_formula(raw)
    value = _cleaned(raw)[0] if column != "notes" else clean_notes(raw)
    limit = limit or TEXT_LIMITS[IMPORT_TEXT_LIMITS.get(column, "title")]
    if len(value) > limit:
        raise _RowError(column, "value.too_long", limit=limit)
    return value


def _time(row: dict[str, str], column: str) -> time | None:
    raw = row.get(column, "").strip()
    if not raw:
        return None
    try:
        return parse_time(raw)
    except ValueError:
        raise _RowError(column, "value.not_time", value=raw) from None


def _minutes_between(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def _apply_activity_values(activity: PlannedActivity, row: dict[str, str]) -> None:
    """Fill activity-level values from a row; a value given twice must agree."""
    if ACTIVITY_LEVEL_SET.isdisjoint(row) or not any(row.get(c) for c in ACTIVITY_LEVEL):
        return  # most rows of a long file name a person and nothing else
    for column in ACTIVITY_LEVEL:
        raw = row.get(column, "").strip()
        if not raw:
            continue
        before = activity.values.get(column)
        if before is not None and before != raw:
            raise _RowError(column, "value.disagrees", value=raw, before=before, row=activity.line)
        activity.values[column] = raw
    code = _code(row, "activity_type", TYPE_CODES)
    activity.type_code = code or activity.type_code
    activity.kind = _code(row, "kind", KIND_CODES) or activity.kind
    activity.location = _text(row, "location") or activity.location
    la = _local_authority(row.get("local_authority", ""))
    activity.la_code = la or activity.la_code
    activity.notes = _text(row, "notes") or activity.notes
    end = _time(row, "end_time")
    if end is not None:
        if activity.start_time is None:
            raise _RowError("end_time", "time.end_without_start")
        if _minutes_between(activity.start_time, end) <= 0:
            raise _RowError("end_time", "time.end_not_after_start")
        activity.end_time = end
        activity.duration_minutes = _minutes_between(activity.start_time, end)
    duration = _int(row, "duration_minutes", 0, MAX_MINUTES)
    if duration is not None:
        if activity.end_time is not None and duration != activity.duration_minutes:
            raise _RowError(
                "duration_minutes", "value.disagrees", value=duration,
                before=activity.duration_minutes, row=activity.line,
            )  # fmt: skip
        activity.duration_minutes = duration
    for column in ("volunteers_count", "participants_count"):
        count = _int(row, column, 0, MAX_HEADCOUNT)
        if count is not None:
            setattr(activity, column, count)
    total, count = _total_minutes(row), activity.volunteers_count
    activity.unnamed_minutes = total if total is not None else activity.unnamed_minutes
    if total and not count:
        raise _RowError(TOTAL_HOURS_FIELD, "hours.total_without_count", hours=_hours(total))
    if total and total > count * MAX_MINUTES:  # more than a day each, as for a named person
        raise _RowError(TOTAL_HOURS_FIELD, "hours.total_too_many", hours=_hours(total), count=count)


def _apply_extras(activity: PlannedActivity, row: dict[str, str]) -> None:
    try:
        apply_extras(activity.values, activity.extras, row, activity.line)
    except ValueProblem as exc:
        raise _RowError(exc.column, exc.code, **exc.params) from None


def _hours(minutes: int) -> str:
    return f"{minutes / 60:g}"


def _total_minutes(row: dict[str, str]) -> int | None:
    raw = row.get(TOTAL_HOURS_FIELD, "").strip()
    if not raw:
        return None
    try:
        return parse_hours(raw, limit=MAX_TOTAL_MINUTES)
    except ValueError:
        raise _RowError(TOTAL_HOURS_FIELD, "hours.invalid", value=raw) from None


def every_cell_problem(
    row: dict[str, str], today: date, order: str, year: int | None
) -> list[_RowError]:
    """Each cell of a faulty row checked on its own, so the preview names every problem
    in the row, not only the first (only done for rows already found faulty)."""
    checks: list[Callable[[], object]] = [
        lambda: _day(row, today, order, year),
        lambda: _label(row),
        lambda: _text(row, "location"),
        lambda: _text(row, "notes"),
        lambda: _time(row, "start_time"),
        lambda: _time(row, "end_time"),
        lambda: _int(row, "duration_minutes", 0, MAX_MINUTES),
        lambda: _int(row, "volunteers_count", 0, MAX_HEADCOUNT),
        lambda: _int(row, "participants_count", 0, MAX_HEADCOUNT),
        lambda: _code(row, "activity_type", TYPE_CODES),
        lambda: _code(row, "kind", KIND_CODES),
        lambda: _code(row, "role", ROLE_CODES),
        lambda: _code(row, "age_band", AGE_CODES),
        lambda: _code(row, "welsh_speaker", WELSH_CODES),
        lambda: _local_authority(row.get("local_authority", "")),
        lambda: _person_minutes(row),
        lambda: _total_minutes(row),
        lambda: _text(row, "title"),
    ]
    found = []
    for check in checks:
        try:
            check()
        except _RowError as exc:
            found.append(exc)
    found += [_RowError(e.column, e.code, **e.params) for e in check_cells(row)]
    return found


def _label(row: dict[str, str]) -> str:
    label = _text(row, "activity")
    if not label:
        raise _RowError("activity", "activity.required")
    return label


def _day(row: dict[str, str], today: date, order: str, year: int | None) -> date:
    raw_date = row.get("date", "").strip()
    if not raw_date:
        raise _RowError("date", "date.required")
    try:
        day = parse_date(raw_date, order, year)
    except YearNeeded:
        raise _RowError("date", "date.year_needed", value=raw_date) from None
    except ValueError:
        raise _RowError("date", "date.invalid", value=raw_date) from None
    when = date_problem(day, today)
    if when is not None:
        raise _RowError("date", f"date.{when}", value=day.isoformat())
    return day


def _person_minutes(row: dict[str, str]) -> int | None:
    hours = row.get(HOURS_FIELD, "").strip()
    if not hours:
        return _int(row, "minutes", 0, MAX_MINUTES)
    if row.get("minutes", "").strip():
        raise _RowError(HOURS_FIELD, "hours.and_minutes")
    try:
        return parse_hours(hours)
    except TooLong as exc:
        raise _RowError(HOURS_FIELD, "hours.over_day", hours=_hours(exc.minutes)) from None
    except ValueError:
        raise _RowError(HOURS_FIELD, "hours.invalid", value=hours) from None


def plan_row(
    row: dict[str, str],
    line: int,
    activities: dict[ActivityKey, PlannedActivity],
    day: date,
) -> None:
    """Add one row (its date already read) to the activity it belongs to."""
    label = _label(row)
    start = _time(row, "start_time")
    title = _text(row, "title")
    type_key = _cleaned(label)[1]
    key = (day, type_key, start, row.get(REF_FIELD, "").strip(), _cleaned(title)[1])
    activity = activities.get(key)
    if activity is None:
        activity = PlannedActivity(
            line=line,
            day=day,
            label=label,
            type_key=type_key,
            type_code=None,
            start_time=start,
            ref=key[3],
            title=title,
            title_key=key[4],
        )
    _apply_activity_values(activity, row)
    _apply_extras(activity, row)
    activity.rows += 1
    name = _text(row, "person")
    if name:
        person_key = _cleaned(name)[1]
        person_ref = row.get(PERSON_REF_FIELD, "").strip()
        # a set, not a scan of the list: 40,000 people at one activity stays linear
        if (person_key, person_ref) in activity.person_keys:
            raise _RowError("person", "person.twice", name=name)
        activity.people.append(
            PlannedParticipation(
                line=line,
                name=name,
                key=person_key,
                ref=person_ref,
                role=_code(row, "role", ROLE_CODES) or DEFAULT_ROLE,
                minutes=_person_minutes(row),
                age_band=_code(row, "age_band", AGE_CODES) or DEFAULT_AGE,
                welsh_speaker=_code(row, "welsh_speaker", WELSH_CODES) or DEFAULT_WELSH,
            )
        )
        activity.person_keys.add((person_key, person_ref))
    elif any(row.get(c, "").strip() for c in PERSON_ONLY):
        raise _RowError("person", "person.needed")
    activities[key] = activity


def read_day(row: dict[str, str], today: date, order: str, year: int | None) -> date:
    return _day(row, today, order, year)


RowError = _RowError
