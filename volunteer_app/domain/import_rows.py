"""Validating rows of the canonical import template into a plan, before anything is written.

Columns arrive already read as the template's fields (``None`` for a column left out), so
a coordinator's own spreadsheet and the template go through the same checks.

Each row is either a named participation (``person`` set) or an activity's unnamed
headcounts (``person`` empty). Rows with the same date, activity and start time are one
activity, and their activity-level values must agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, time

from volunteer_app.domain.codes import (
    LOCAL_AUTHORITIES,
    ActivityKind,
    ActivityTypeCode,
    AgeBand,
    Role,
    WelshSpeaker,
)
from volunteer_app.domain.import_problems import RowProblem
from volunteer_app.domain.import_values import HOURS_FIELD, parse_date, parse_hours, parse_time
from volunteer_app.domain.limits import (
    IMPORT_TEXT_LIMITS,
    MAX_HEADCOUNT,
    MAX_MINUTES,
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
)
# Everything a column can be read as: the template's columns plus a person's time in hours.
# activity_ref, when given, says which rows are one activity (the full export writes it,
# so two same-named activities on one day stay two); without it, date, name and start
# time do.
REF_FIELD = "activity_ref"
# person_ref likewise tells apart two people with the same name.
PERSON_REF_FIELD = "person_ref"
# The activity's own title, besides the name of its type (the full export writes it).
TITLE_FIELD = "title"
FIELDS = (*TEMPLATE_COLUMNS, HOURS_FIELD, REF_FIELD, PERSON_REF_FIELD, TITLE_FIELD)
PERSON_ONLY = ("role", "minutes", HOURS_FIELD, "age_band", "welsh_speaker")
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
    TITLE_FIELD,
)
# The allowed codes, worked out once rather than for every row of a large file.
TYPE_CODES = [c.value for c in ActivityTypeCode]
KIND_CODES = [c.value for c in ActivityKind]
ROLE_CODES = [r.value for r in Role]
AGE_CODES = [a.value for a in AgeBand]
WELSH_CODES = [w.value for w in WelshSpeaker]
MAX_TEXT = TEXT_LIMITS["title"]  # limits.py holds each field's; kept for callers
MAX_NOTES = TEXT_LIMITS["activity_notes"]


ActivityKey = tuple[date, str, time | None, str]


@dataclass
class PlannedParticipation:
    line: int
    name: str
    key: str
    role: str
    minutes: int | None  # None: the activity's duration
    age_band: str
    welsh_speaker: str
    ref: str = ""  # person_ref: the same name with another ref is someone else


@dataclass
class PlannedActivity:
    line: int
    day: date
    label: str
    type_key: str
    type_code: str | None
    start_time: time | None
    values: dict[str, str] = field(default_factory=dict)  # activity-level raw values
    kind: str = ActivityKind.GROUP_ACTIVITY.value
    location: str = ""
    la_code: str | None = None
    end_time: time | None = None
    duration_minutes: int = 0
    volunteers_count: int = 0
    participants_count: int = 0
    notes: str = ""
    people: list[PlannedParticipation] = field(default_factory=list)
    rows: int = 0  # rows of the file that make up this activity
    ref: str = ""  # activity_ref, when the file gives one
    title: str = ""


@dataclass
class ImportPlan:
    activities: list[PlannedActivity]
    problems: list[RowProblem]
    rows_read: int

    @property
    def participations(self) -> int:
        return sum(len(a.people) for a in self.activities)


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
    if not re.fullmatch(r"\d+", raw):
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


def _text(row: dict[str, str], column: str, limit: int = 0) -> str:
    """A text cell as the form would take it (controls removed, a CSV's formula guard
    undone), refused when over the field's limit, never cut."""
    raw = unguard_formula(row.get(column) or "")
    value = clean_text(raw) if column != "notes" else clean_notes(raw)
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
    if not any(row.get(column) for column in ACTIVITY_LEVEL):
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
    activity.title = _text(row, TITLE_FIELD) or activity.title
    end = _time(row, "end_time")
    if end is not None:
        if activity.start_time is None:
            raise _RowError("end_time", "time.end_without_start")
        if _minutes_between(activity.start_time, end) <= 0:
            raise _RowError("end_time", "time.end_not_after_start")
        activity.end_time = end
        activity.duration_minutes = _minutes_between(activity.start_time, end)
    duration = _int(row, "duration_minutes", 0, MAX_MINUTES)
    if duration is not None and activity.end_time is None:
        activity.duration_minutes = duration
    for column in ("volunteers_count", "participants_count"):
        count = _int(row, column, 0, MAX_HEADCOUNT)
        if count is not None:
            setattr(activity, column, count)


def plan_import(
    fields: Sequence[str | None], rows: Iterable[tuple[int, Sequence[str]]], today: date
) -> ImportPlan:
    """Validate every row; the plan is usable only when ``problems`` is empty.

    ``fields`` says what each column is read as; ``None`` leaves a column out.
    """
    problems: list[RowProblem] = []
    chosen = [f for f in fields if f]
    missing = [c for c in REQUIRED_COLUMNS if c not in chosen]
    if missing:
        problems.append(RowProblem.of(0, "", "header.missing", fields=", ".join(missing)))
    problems.extend(
        RowProblem.of(0, "", "header.twice", field=f)
        for f in dict.fromkeys(chosen)
        if chosen.count(f) > 1
    )
    if problems:
        return ImportPlan([], problems, 0)
    used = [(i, f) for i, f in enumerate(fields) if f]
    activities: dict[ActivityKey, PlannedActivity] = {}
    count = 0
    for line, cells in rows:
        width = len(cells)
        row = {f: cells[i] if i < width else "" for i, f in used}
        if not any(v.strip() for v in row.values()):
            continue  # blank rows are harmless
        count += 1
        try:
            _plan_row(row, line, activities, today)
        except _RowError as exc:
            found = {(e.column, e.code): e for e in [exc, *_every_cell_problem(row, today)]}
            problems.extend(
                RowProblem.of(line, e.column, e.code, **e.params) for e in found.values()
            )
    for activity in activities.values():
        headcount = activity.volunteers_count + activity.participants_count
        # Nobody at all is a forgotten column in a coordinator's sheet, but in the full
        # export (which names each activity) it is an activity whose people were erased.
        if not activity.people and not headcount and not activity.ref:
            problems.append(RowProblem.of(activity.line, "", "activity.empty"))
    if count == 0 and not problems:
        problems.append(RowProblem.of(0, "", "rows.none"))
    return ImportPlan(list(activities.values()), sorted(problems, key=lambda p: p.line), count)


def _every_cell_problem(row: dict[str, str], today: date) -> list[_RowError]:
    """Each cell of a faulty row checked on its own, so the preview names every problem
    in the row, not only the first (only done for rows already found faulty)."""
    checks: list[Callable[[], object]] = [
        lambda: _day(row, today),
        lambda: _label(row),
        lambda: _text(row, "location"),
        lambda: _text(row, "notes"),
        lambda: _text(row, TITLE_FIELD),
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
    ]
    found = []
    for check in checks:
        try:
            check()
        except _RowError as exc:
            found.append(exc)
    return found


def _label(row: dict[str, str]) -> str:
    label = _text(row, "activity")
    if not label:
        raise _RowError("activity", "activity.required")
    return label


def _day(row: dict[str, str], today: date) -> date:
    raw_date = row.get("date", "").strip()
    if not raw_date:
        raise _RowError("date", "date.required")
    try:
        day = parse_date(raw_date)
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
    except ValueError:
        raise _RowError(HOURS_FIELD, "hours.invalid", value=hours) from None


def _plan_row(
    row: dict[str, str],
    line: int,
    activities: dict[ActivityKey, PlannedActivity],
    today: date,
) -> None:
    day = _day(row, today)
    label = _label(row)
    start = _time(row, "start_time")
    type_key = search_key(label)
    key = (day, type_key, start, row.get(REF_FIELD, "").strip())
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
        )
    _apply_activity_values(activity, row)
    activity.rows += 1
    name = _text(row, "person")
    if name:
        person_key = search_key(name)
        person_ref = row.get(PERSON_REF_FIELD, "").strip()
        if any(p.key == person_key and p.ref == person_ref for p in activity.people):
            raise _RowError("person", "person.twice", name=name)
        activity.people.append(
            PlannedParticipation(
                line=line,
                name=name,
                key=person_key,
                ref=person_ref,
                role=_code(row, "role", ROLE_CODES) or Role.VOLUNTEER.value,
                minutes=_person_minutes(row),
                age_band=_code(row, "age_band", AGE_CODES) or AgeBand.NOT_KNOWN.value,
                welsh_speaker=_code(row, "welsh_speaker", WELSH_CODES)
                or WelshSpeaker.NOT_KNOWN.value,
            )
        )
    elif any(row.get(c, "").strip() for c in PERSON_ONLY):
        raise _RowError("person", "person.needed")
    activities[key] = activity
