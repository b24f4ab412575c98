"""Turning a checked import plan into the rows to insert, leaving out what is already saved.

A row whose activity (same date, activity and start time) and person are already in the
data is skipped, so importing the same file twice, or a longer copy of it, adds only what
is new. New people on an activity already saved join that activity.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from volunteer_app.domain.codes import VOLUNTEERING_ROLES
from volunteer_app.domain.importing.plan import ImportPlan, PlannedActivity, PlannedParticipation
from volunteer_app.domain.importing.totals import ImportTotals, TotalsAccumulator
from volunteer_app.domain.search import activity_search_text
from volunteer_app.domain.starter_types import starter_code
from volunteer_app.storage.bulk import time_text
from volunteer_app.storage.importing.rows_repo import ExistingActivity, SavedKey, SavedType

VOLUNTEERING = {r.value for r in VOLUNTEERING_ROLES}
TABLES = ("activity_type", "person", "activity", "participation")


@dataclass
class ImportTables:
    rows: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {table: [] for table in TABLES}
    )
    grown_activities: set[uuid.UUID] = field(default_factory=set)  # saved ones given people
    skipped_rows: int = 0
    kept_headcounts: list[int] = field(default_factory=list)
    # saved activities the file gives a place type, pulse, projects or outputs: kept as saved
    kept_extras: list[int] = field(default_factory=list)
    totals: ImportTotals = field(default_factory=ImportTotals)  # what the file will add
    # The planned activities written as new ones, with their ids: their pulse, outputs and
    # projects go with them (importing/extras.py).
    created: list[tuple[PlannedActivity, str]] = field(default_factory=list)

    @property
    def row_count(self) -> int:
        return sum(len(rows) for rows in self.rows.values())

    @property
    def has_changes(self) -> bool:
        return self.row_count > 0

    @property
    def new_types(self) -> tuple[tuple[str, str], ...]:
        """The activity types the import adds, with the kind (code) each is given."""
        return tuple((row["label"], row["code"]) for row in self.rows["activity_type"])


def build_tables(
    plan: ImportPlan,
    types: dict[str, SavedType],
    people: dict[str, uuid.UUID],
    existing: dict[SavedKey, list[ExistingActivity]],
) -> ImportTables:
    out = ImportTables()
    # Added up from the plan's own values, apart from the rows below, so that the figures
    # recomputed from the database after the write check the whole path.
    sums = TotalsAccumulator()
    # Ids as hex, dates and times as text: the rows go into SQLite as they are.
    type_ids = {key: saved.id.hex for key, saved in types.items()}
    saved_people = {key: value.hex for key, value in people.items()}
    person_ids: dict[tuple[str, str], str] = {}

    def person_id(person: PlannedParticipation) -> str:
        """The saved person of that name, once per name; then new people, one per ref."""
        identity = (person.key, person.ref)
        if identity in person_ids:
            return person_ids[identity]
        if person.key in saved_people:
            person_ids[identity] = saved_people.pop(person.key)
            return person_ids[identity]
        person_ids[identity] = new_id = uuid.uuid4().hex
        sums.new_people += 1
        out.rows["person"].append(_person_row(person, new_id))
        return new_id

    for activity in plan.activities:
        # Each saved activity matches one planned one, so a file holding two same-named
        # activities on one day (told apart by activity_ref) finds both.
        candidates = existing.get(
            (activity.day, activity.type_key, activity.start_time, activity.title_key)
        )
        saved = candidates.pop(0) if candidates else None
        if saved is not None:
            _join_saved(out, activity, saved, person_id, sums)
            continue
        if activity.type_key not in type_ids:
            type_ids[activity.type_key] = uuid.uuid4().hex
            out.rows["activity_type"].append(_type_row(activity, type_ids[activity.type_key]))
        activity_id = uuid.uuid4().hex
        row = _activity_row(activity, activity_id, type_ids[activity.type_key])
        out.rows["activity"].append(row)
        out.created.append((activity, activity_id))
        sums.activity(
            activity.day,
            activity.volunteers_count,
            activity.participants_count,
            activity.unnamed_volunteer_minutes,
        )
        for person in activity.people:
            attendance = _participation_row(activity, activity_id, person, person_id(person))
            if person.role in VOLUNTEERING:
                row["volunteer_minutes"] += attendance["minutes"]
            out.rows["participation"].append(attendance)
            _count_attendance(sums, activity, person)
    out.totals = sums.result()
    return out


def _person_row(person: PlannedParticipation, person_id: str) -> dict[str, Any]:
    return {
        "id": person_id,
        "display_name": person.name,
        "search_key": person.key,
        "contact": "",
        "age_band": person.age_band,
        "welsh_speaker": person.welsh_speaker,
        "consent_contact": 0,
        "consent_photos": 0,
        "notes": "",
        "archived": 0,
        "merged_into": None,
    }


def _type_row(activity: PlannedActivity, type_id: str) -> dict[str, Any]:
    return {
        "id": type_id,
        "label": activity.label,
        "search_key": activity.type_key,
        "code": activity.type_code or starter_code(activity.label) or "other",
        "last_used_at": None,
    }


def _count_attendance(
    sums: TotalsAccumulator, activity: PlannedActivity, person: PlannedParticipation
) -> None:
    minutes = activity.duration_minutes if person.minutes is None else person.minutes
    sums.attendance(activity.day, minutes, person.role in VOLUNTEERING)


def _join_saved(
    out: ImportTables,
    activity: PlannedActivity,
    saved: ExistingActivity,
    person_id: Callable[[PlannedParticipation], str],
    sums: TotalsAccumulator,
) -> None:
    headcount_rows = activity.rows - len(activity.people)
    counts = (activity.volunteers_count, activity.participants_count, activity.unnamed_minutes)
    before = (saved.volunteers_count, saved.participants_count, saved.unnamed_minutes)
    if counts[:2] != (0, 0) and counts != before:
        out.kept_headcounts.append(activity.line)  # the saved counts may have been corrected
    if activity.extras.given:
        out.kept_extras.append(activity.line)
    else:
        out.skipped_rows += headcount_rows
    for person in activity.people:
        if person.key in saved.person_keys:
            out.skipped_rows += 1
            continue
        out.rows["participation"].append(
            _participation_row(activity, saved.id.hex, person, person_id(person))
        )
        _count_attendance(sums, activity, person)
        out.grown_activities.add(saved.id)


def _participation_row(
    activity: PlannedActivity,
    activity_id: str,
    person: PlannedParticipation,
    person_id: str,
) -> dict[str, Any]:
    return {
        "id": uuid.uuid4().hex,
        "activity_id": activity_id,
        "activity_date": activity.day_text,
        "person_id": person_id,
        "role": person.role,
        # without a time of their own, a person gave the whole activity
        "minutes": activity.duration_minutes if person.minutes is None else person.minutes,
    }


def _activity_row(activity: PlannedActivity, activity_id: str, type_id: str) -> dict[str, Any]:
    return {
        "id": activity_id,
        "activity_date": activity.day_text,
        "activity_type_id": type_id,
        "title": activity.title,
        "start_time": None if activity.start_time is None else time_text(activity.start_time),
        "end_time": None if activity.end_time is None else time_text(activity.end_time),
        "duration_minutes": activity.duration_minutes,
        "location": activity.location,
        "la_code": activity.la_code,
        "kind": activity.kind,
        "volunteers_count": activity.volunteers_count,
        "participants_count": activity.participants_count,
        "series_id": None,
        "notes": activity.notes,
        "named_count": len(activity.people),
        "volunteer_minutes": activity.unnamed_volunteer_minutes,
        "unnamed_minutes": activity.unnamed_minutes,
        "search_text": activity_search_text(activity.title, activity.location, activity.notes),
    }
