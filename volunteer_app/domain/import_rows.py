"""Validating rows of the canonical import template into a plan, before anything is written.

Each row is either a named participation (``person`` set) or an activity's unnamed
headcounts (``person`` empty). Rows with the same date, activity and start time are one
activity, and their activity-level values must agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from volunteer_app.domain.codes import (
    LOCAL_AUTHORITIES,
    ActivityKind,
    ActivityTypeCode,
    AgeBand,
    Role,
    WelshSpeaker,
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
)
# The allowed codes, worked out once rather than for every row of a large file.
TYPE_CODES = [c.value for c in ActivityTypeCode]
KIND_CODES = [c.value for c in ActivityKind]
ROLE_CODES = [r.value for r in Role]
AGE_CODES = [a.value for a in AgeBand]
WELSH_CODES = [w.value for w in WelshSpeaker]
MAX_TEXT = 200
MAX_NOTES = 2000
MAX_HEADCOUNT = 100_000
FUTURE_LIMIT = timedelta(days=366)


@dataclass(frozen=True)
class RowProblem:
    line: int  # line number in the file, header = 1
    column: str
    message: str

    def __str__(self) -> str:
        if self.line == 0:  # about the whole file
            return self.message
        where = f"line {self.line}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass
class PlannedParticipation:
    line: int
    name: str
    key: str
    role: str
    minutes: int | None  # None: the activity's duration
    age_band: str
    welsh_speaker: str


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


@dataclass
class ImportPlan:
    activities: list[PlannedActivity]
    problems: list[RowProblem]
    rows_read: int

    @property
    def participations(self) -> int:
        return sum(len(a.people) for a in self.activities)


class _RowError(Exception):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


def parse_date(text: str) -> date:
    value = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value)
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", value):
        return date(int(m[3]), int(m[2]), int(m[1]))  # UK order: day/month/year
    raise ValueError(value)


def parse_time(text: str) -> time:
    if m := re.fullmatch(r"(\d{1,2})[:.](\d{2})(?::(\d{2}))?", text.strip()):
        return time(int(m[1]), int(m[2]), int(m[3] or 0))
    raise ValueError(text)


def _int(row: dict[str, str], column: str, low: int, high: int) -> int | None:
    raw = row.get(column, "").strip()
    if not raw:
        return None
    if not re.fullmatch(r"\d+", raw):
        raise _RowError(column, f"{raw!r} is not a whole number")
    value = int(raw)
    if not low <= value <= high:
        raise _RowError(column, f"{value} is outside {low} to {high}")
    return value


def _code(row: dict[str, str], column: str, allowed: Sequence[str]) -> str | None:
    raw = row.get(column, "").strip()
    if not raw:
        return None
    value = raw.lower()
    if value not in allowed:
        raise _RowError(column, f"{raw!r} is not one of: {', '.join(allowed)}")
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
    raise _RowError("local_authority", f"{raw!r} is not a Welsh local authority (W06 code or name)")


def _text(row: dict[str, str], column: str, limit: int = MAX_TEXT) -> str:
    value = clean_text(row.get(column)) if column != "notes" else (row.get(column) or "").strip()
    if len(value) > limit:
        raise _RowError(column, f"longer than {limit} characters")
    return value


def _time(row: dict[str, str], column: str) -> time | None:
    raw = row.get(column, "").strip()
    if not raw:
        return None
    try:
        return parse_time(raw)
    except ValueError:
        raise _RowError(column, f"{raw!r} is not a time like 09:30") from None


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
            raise _RowError(
                column,
                f"{raw!r} disagrees with {before!r} given for the same "
                f"activity on line {activity.line}",
            )
        activity.values[column] = raw
    code = _code(row, "activity_type", TYPE_CODES)
    activity.type_code = code or activity.type_code
    activity.kind = _code(row, "kind", KIND_CODES) or activity.kind
    activity.location = _text(row, "location") or activity.location
    la = _local_authority(row.get("local_authority", ""))
    activity.la_code = la or activity.la_code
    activity.notes = _text(row, "notes", MAX_NOTES) or activity.notes
    end = _time(row, "end_time")
    if end is not None:
        if activity.start_time is None:
            raise _RowError("end_time", "an end time needs a start time")
        if _minutes_between(activity.start_time, end) <= 0:
            raise _RowError("end_time", "the end time is not after the start time")
        activity.end_time = end
        activity.duration_minutes = _minutes_between(activity.start_time, end)
    duration = _int(row, "duration_minutes", 0, 1440)
    if duration is not None and activity.end_time is None:
        activity.duration_minutes = duration
    for column in ("volunteers_count", "participants_count"):
        count = _int(row, column, 0, MAX_HEADCOUNT)
        if count is not None:
            setattr(activity, column, count)


def plan_import(
    header: Sequence[str], rows: Iterable[tuple[int, Sequence[str]]], today: date
) -> ImportPlan:
    """Validate every row; the plan is usable only when ``problems`` is empty."""
    columns = [clean_text(h).lower() for h in header]
    problems: list[RowProblem] = []
    unknown = [h for h in columns if h and h not in TEMPLATE_COLUMNS]
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if unknown:
        problems.append(
            RowProblem(
                1,
                "",
                f"unknown column(s) {', '.join(unknown)}; the template's "
                f"columns are {', '.join(TEMPLATE_COLUMNS)}",
            )
        )
    if missing:
        problems.append(RowProblem(1, "", f"missing column(s): {', '.join(missing)}"))
    if problems:
        return ImportPlan([], problems, 0)
    activities: dict[tuple[date, str, time | None], PlannedActivity] = {}
    count = 0
    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue  # blank lines are harmless
        count += 1
        row = {columns[i]: cells[i] if i < len(cells) else "" for i in range(len(columns))}
        try:
            _plan_row(row, line, activities, today)
        except _RowError as exc:
            problems.append(RowProblem(line, exc.column, exc.message))
    for activity in activities.values():
        headcount = activity.volunteers_count + activity.participants_count
        if not activity.people and not headcount:
            problems.append(
                RowProblem(
                    activity.line,
                    "",
                    "this activity has no people and no headcount: add one or remove the row",
                )
            )
    if count == 0 and not problems:
        problems.append(RowProblem(1, "", "the file has a header but no rows"))
    return ImportPlan(list(activities.values()), sorted(problems, key=lambda p: p.line), count)


def _plan_row(
    row: dict[str, str],
    line: int,
    activities: dict[tuple[date, str, time | None], PlannedActivity],
    today: date,
) -> None:
    raw_date = row.get("date", "").strip()
    if not raw_date:
        raise _RowError("date", "a date is required")
    try:
        day = parse_date(raw_date)
    except ValueError:
        raise _RowError(
            "date", f"{raw_date!r} is not a date like 2026-03-31 or 31/03/2026"
        ) from None
    if day > today + FUTURE_LIMIT:
        raise _RowError("date", f"{day.isoformat()} is more than a year in the future")
    label = _text(row, "activity")
    if not label:
        raise _RowError("activity", "the activity's name is required")
    start = _time(row, "start_time")
    key = (day, search_key(label), start)
    activity = activities.get(key)
    if activity is None:
        activity = PlannedActivity(
            line=line,
            day=day,
            label=label,
            type_key=search_key(label),
            type_code=None,
            start_time=start,
        )
    _apply_activity_values(activity, row)
    name = _text(row, "person")
    if name:
        person_key = search_key(name)
        if any(p.key == person_key for p in activity.people):
            raise _RowError("person", f"{name!r} is listed twice for the same activity")
        activity.people.append(
            PlannedParticipation(
                line=line,
                name=name,
                key=person_key,
                role=_code(row, "role", ROLE_CODES) or Role.VOLUNTEER.value,
                minutes=_int(row, "minutes", 0, 1440),
                age_band=_code(row, "age_band", AGE_CODES) or AgeBand.NOT_KNOWN.value,
                welsh_speaker=_code(row, "welsh_speaker", WELSH_CODES)
                or WelshSpeaker.NOT_KNOWN.value,
            )
        )
    elif any(row.get(c, "").strip() for c in ("role", "minutes", "age_band", "welsh_speaker")):
        raise _RowError("person", "role, minutes, age band and Welsh speaker need a person's name")
    activities[key] = activity
