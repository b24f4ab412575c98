"""An activity as the coordinator enters it, and the rules it must meet before it is saved."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time

from volunteer_app.domain.activity_extras import ActivityExtras, validate_extras
from volunteer_app.domain.codes import VOLUNTEERING_ROLES, ActivityKind, Role
from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.limits import (
    MAX_HEADCOUNT,
    MAX_MINUTES,
    MAX_TOTAL_MINUTES,
    check_length,
    clean_notes,
    date_problem,
)
from volunteer_app.domain.validation import clean_text


@dataclass(frozen=True)
class PersonEntry:
    """A named person at an activity. ``person_id`` is None for a name not yet on file."""

    name: str
    role: str = Role.VOLUNTEER.value
    minutes: int = 0
    person_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ActivityDraft:
    activity_date: date
    activity_type_id: uuid.UUID | None
    title: str = ""
    location: str = ""
    la_code: str | None = None
    start_time: time | None = None
    end_time: time | None = None
    duration_minutes: int = 0
    kind: str = ActivityKind.GROUP_ACTIVITY.value
    volunteers_count: int = 0
    participants_count: int = 0
    notes: str = ""
    people: tuple[PersonEntry, ...] = field(default_factory=tuple)
    series_id: uuid.UUID | None = None
    extras: ActivityExtras | None = None  # pulse, outputs, projects; None: left as they are
    # The unnamed volunteers' minutes as one total, when that is all that is known (an
    # import's headcount-and-total-hours row); None: each for the whole activity.
    unnamed_minutes: int | None = None


@dataclass(frozen=True)
class ActivityRecord(ActivityDraft):
    """A saved activity, as loaded for editing or for "same as last time"."""

    id: uuid.UUID = field(default_factory=uuid.uuid4)
    type_label: str = ""


def minutes_between(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def volunteer_minutes(draft: ActivityDraft) -> int:
    """Named volunteering minutes plus each unnamed helper for the whole activity."""
    named = sum(p.minutes for p in draft.people if p.role in VOLUNTEERING_ROLES)
    if draft.unnamed_minutes is not None:
        return named + draft.unnamed_minutes
    return named + draft.volunteers_count * draft.duration_minutes


def _error(code: str, message: str, field_name: str, **params: object) -> ValidationError:
    return ValidationError(code, message, field=field_name, **params)


def validate_activity(draft: ActivityDraft, today: date) -> ActivityDraft:
    """Check everything the coordinator entered; return it cleaned, with the duration
    worked out from the times when both are given."""
    if draft.activity_type_id is None:
        raise _error("activity.no_type", "Choose what kind of activity this was.", "type")
    when = date_problem(draft.activity_date, today)
    if when == "future":
        raise _error("activity.far_future", "The date is more than a year ahead.", "date")
    if when == "too_early":
        raise _error("activity.too_early", "The date is before 1900.", "date")
    duration = _checked_duration(draft)
    for value, name in (
        (draft.volunteers_count, "volunteers_count"),
        (draft.participants_count, "participants_count"),
    ):
        if not 0 <= value <= MAX_HEADCOUNT:
            raise _error("activity.bad_headcount", "A headcount is a number from 0 upwards.", name)
    _check_total(draft)
    people = _checked_people(draft)
    if not people and not draft.volunteers_count and not draft.participants_count:
        raise _error("activity.empty", "Add at least one person or a headcount.", "people")
    title = check_length(clean_text(draft.title), "title", "activity.title_too_long", "The title")
    location = check_length(
        clean_text(draft.location), "location", "activity.location_too_long", "The place"
    )
    notes = check_length(
        clean_notes(draft.notes), "activity_notes", "activity.notes_too_long", "The notes"
    )
    return replace(
        draft,
        title=title,
        location=location,
        notes=notes,
        duration_minutes=duration,
        people=people,
        extras=validate_extras(draft.extras) if draft.extras is not None else None,
    )


def _check_total(draft: ActivityDraft) -> None:
    total = draft.unnamed_minutes
    if total is None:
        return
    if not 0 <= total <= MAX_TOTAL_MINUTES:
        raise _error(
            "activity.bad_total",
            "The unnamed volunteers' hours in total are a number of hours from 0 upwards.",
            "unnamed_minutes",
        )
    if total and not draft.volunteers_count:
        raise _error(
            "activity.total_without_count",
            "There are hours for unnamed volunteers but no unnamed volunteers: give how many "
            "there were, or set their hours to 0.",
            "unnamed_minutes",
        )
    if total > draft.volunteers_count * MAX_MINUTES:  # as for one named person
        raise _error(
            "activity.total_too_many",
            "The unnamed volunteers' hours in total are more than 24 hours each in one day.",
            "unnamed_minutes",
        )


def _checked_duration(draft: ActivityDraft) -> int:
    """The length in minutes: from the times when both are given, else as entered."""
    duration = draft.duration_minutes
    if draft.start_time is not None and draft.end_time is not None:
        duration = minutes_between(draft.start_time, draft.end_time)
        if duration <= 0:
            raise _error(
                "activity.end_before_start", "The end time is not after the start.", "end_time"
            )
    elif draft.end_time is not None and draft.start_time is None:
        raise _error(
            "activity.end_without_start", "Give a start time too, or just a duration.", "start_time"
        )
    if not 0 <= duration <= MAX_MINUTES:
        raise _error(
            "activity.too_long", "An activity on one day lasts at most 24 hours.", "duration"
        )
    return duration


def _checked_people(draft: ActivityDraft) -> tuple[PersonEntry, ...]:
    """The people named, cleaned; blank rows dropped; each at most once."""
    people: list[PersonEntry] = []
    seen: set[str] = set()
    for entry in draft.people:
        name = clean_text(entry.name)
        if not name:
            continue
        key = name.casefold()
        if key in seen:
            raise _error("activity.person_twice", f"{name} is listed twice.", "people", name=name)
        seen.add(key)
        if entry.role not in {r.value for r in Role}:
            raise _error(
                "activity.bad_role", "Choose volunteer, organiser or participant.", "people"
            )
        if not 0 <= entry.minutes <= MAX_MINUTES:
            raise _error(
                "activity.person_too_long",
                f"{name}'s hours are more than 24 in one day.",
                "people",
                name=name,
            )
        check_length(name, "person_name", "activity.name_too_long", f"The name {name[:40]}…")
        people.append(replace(entry, name=name))
    return tuple(people)


@dataclass(frozen=True)
class ActivityTypeInfo:
    id: uuid.UUID
    label: str
    code: str
    last_used_at: datetime | None


@dataclass(frozen=True)
class ActivityFilter:
    text: str = ""
    date_from: date | None = None
    date_to: date | None = None
    type_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ActivityRow:
    id: uuid.UUID
    activity_date: date
    type_label: str
    title: str
    location: str
    named_count: int
    volunteers_count: int
    participants_count: int
    volunteer_minutes: int
