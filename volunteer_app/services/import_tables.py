"""Turning a checked import plan into the rows to insert, leaving out what is already saved.

A row whose activity (same date, activity and start time) and person are already in the
data is skipped, so importing the same file twice, or a longer copy of it, adds only what
is new. New people on an activity already saved join that activity.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from volunteer_app.domain.codes import VOLUNTEERING_ROLES
from volunteer_app.domain.import_rows import ImportPlan, PlannedActivity, PlannedParticipation
from volunteer_app.storage.import_repo import ExistingActivity
from volunteer_app.storage.migrations import activity_search_text

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

    @property
    def row_count(self) -> int:
        return sum(len(rows) for rows in self.rows.values())

    @property
    def has_changes(self) -> bool:
        return self.row_count > 0


def build_tables(
    plan: ImportPlan,
    types: dict[str, tuple[uuid.UUID, str]],
    people: dict[str, uuid.UUID],
    existing: dict[tuple[date, str, time | None], list[ExistingActivity]],
) -> ImportTables:
    out = ImportTables()
    type_ids = {key: value[0] for key, value in types.items()}
    saved_people = dict(people)
    person_ids: dict[tuple[str, str], uuid.UUID] = {}

    def person_id(person: PlannedParticipation) -> uuid.UUID:
        """The saved person of that name, once per name; then new people, one per ref."""
        identity = (person.key, person.ref)
        if identity in person_ids:
            return person_ids[identity]
        if person.key in saved_people:
            person_ids[identity] = saved_people.pop(person.key)
            return person_ids[identity]
        key, name = person.key, person.name
        person_ids[identity] = new_id = uuid.uuid4()
        out.rows["person"].append(
            {
                "id": new_id,
                "display_name": name,
                "search_key": key,
                "contact": "",
                "age_band": person.age_band,
                "welsh_speaker": person.welsh_speaker,
                "consent_contact": False,
                "consent_photos": False,
                "notes": "",
                "archived": False,
                "merged_into": None,
            }
        )
        return new_id

    for activity in plan.activities:
        # Each saved activity matches one planned one, so a file holding two same-named
        # activities on one day (told apart by activity_ref) finds both.
        candidates = existing.get((activity.day, activity.type_key, activity.start_time))
        saved = candidates.pop(0) if candidates else None
        if saved is not None:
            _join_saved(out, activity, saved, person_id)
            continue
        if activity.type_key not in type_ids:
            type_ids[activity.type_key] = uuid.uuid4()
            out.rows["activity_type"].append(
                {
                    "id": type_ids[activity.type_key],
                    "label": activity.label,
                    "search_key": activity.type_key,
                    "code": activity.type_code or "other",
                    "last_used_at": None,
                }
            )
        activity_id = uuid.uuid4()
        row = _activity_row(activity, activity_id, type_ids[activity.type_key])
        out.rows["activity"].append(row)
        for person in activity.people:
            attendance = _participation_row(activity, activity_id, person, person_id(person))
            if person.role in VOLUNTEERING:
                row["volunteer_minutes"] += attendance["minutes"]
            out.rows["participation"].append(attendance)
    return out


def _join_saved(
    out: ImportTables,
    activity: PlannedActivity,
    saved: ExistingActivity,
    person_id: Callable[[PlannedParticipation], uuid.UUID],
) -> None:
    headcount_rows = activity.rows - len(activity.people)
    counts = (activity.volunteers_count, activity.participants_count)
    if counts != (0, 0) and counts != (saved.volunteers_count, saved.participants_count):
        out.kept_headcounts.append(activity.line)  # the saved counts may have been corrected
    else:
        out.skipped_rows += headcount_rows
    for person in activity.people:
        if person.key in saved.person_keys:
            out.skipped_rows += 1
            continue
        out.rows["participation"].append(
            _participation_row(activity, saved.id, person, person_id(person))
        )
        out.grown_activities.add(saved.id)


def _participation_row(
    activity: PlannedActivity,
    activity_id: uuid.UUID,
    person: PlannedParticipation,
    person_id: uuid.UUID,
) -> dict[str, Any]:
    return {
        "id": uuid.uuid4(),
        "activity_id": activity_id,
        "activity_date": activity.day,
        "person_id": person_id,
        "role": person.role,
        # without a time of their own, a person gave the whole activity
        "minutes": activity.duration_minutes if person.minutes is None else person.minutes,
    }


def _activity_row(
    activity: PlannedActivity, activity_id: uuid.UUID, type_id: uuid.UUID
) -> dict[str, Any]:
    return {
        "id": activity_id,
        "activity_date": activity.day,
        "activity_type_id": type_id,
        "title": activity.title,
        "start_time": activity.start_time,
        "end_time": activity.end_time,
        "duration_minutes": activity.duration_minutes,
        "location": activity.location,
        "la_code": activity.la_code,
        "kind": activity.kind,
        "volunteers_count": activity.volunteers_count,
        "participants_count": activity.participants_count,
        "series_id": None,
        "notes": activity.notes,
        "named_count": len(activity.people),
        "volunteer_minutes": activity.volunteers_count * activity.duration_minutes,
        "search_text": activity_search_text(activity.title, activity.location, activity.notes),
    }
