"""The import's places, pulses, projects and outputs, matched against the data and turned
into rows to write with the import.

Choices, shown in the preview:
- a place is matched by its name; a new place gets the type the file gives; a place already
  held with another type is a problem (change the file, or the type in Edit > Places), as
  an activity type mapped to another code is: the app never changes a type behind the
  coordinator's back;
- a project or output is matched by its name (any case); one not held yet is added (a
  project starting on the first day it is used, with no funder; an output shown on no
  activity type's form until chosen in Projects and outputs), so that a full export comes
  back whole into an empty data folder; the preview names each one to be added;
- an activity already saved keeps its own pulse, outputs and projects (as it keeps its
  headcounts): only the activities the import adds take the file's.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from volunteer_app.domain.importing.problems import RowProblem
from volunteer_app.domain.places import PlaceType
from volunteer_app.services.importing.tables import ImportTables
from volunteer_app.storage.database import Database
from volunteer_app.storage.importing import extras_repo
from volunteer_app.storage.importing.extras_repo import ExtrasRows


@dataclass
class PlannedExtras:
    rows: ExtrasRows = field(default_factory=ExtrasRows)
    problems: list[RowProblem] = field(default_factory=list)
    new_places: list[str] = field(default_factory=list)
    new_projects: list[str] = field(default_factory=list)
    new_outputs: list[str] = field(default_factory=list)


def plan_extras(db: Database, tables: ImportTables) -> PlannedExtras:
    out = PlannedExtras()
    if not any(a.extras.given for a, _ in tables.created):
        return out  # most files: no lookups at all
    _plan_places(out, tables, extras_repo.place_types(db))
    projects = extras_repo.names_by_key(db, "project")
    outputs = extras_repo.names_by_key(db, "output_measure")
    first_use: dict[str, date] = {}
    for activity, activity_id in tables.created:
        extras = activity.extras
        tally = extras.tally()
        if tally is not None and not tally.is_empty:
            out.rows.pulses.append((uuid.UUID(activity_id), tally))
        for name in extras.projects or ():
            key = name.casefold()
            if key not in projects:
                projects[key] = uuid.uuid4().hex
                out.new_projects.append(name)
                out.rows.projects.append({"id": projects[key], "name": name, "search_key": key})
            first_use[key] = min(first_use.get(key, activity.day), activity.day)
            out.rows.tags.append((activity_id, projects[key]))
        for name, amount in extras.outputs.items():
            key = name.casefold()
            if key not in outputs:
                outputs[key] = uuid.uuid4().hex
                out.new_outputs.append(name)
                out.rows.outputs.append({"id": outputs[key], "name": name, "search_key": key})
            if amount:
                out.rows.amounts.append((activity_id, outputs[key], amount))
    for row in out.rows.projects:
        row["start_date"] = first_use[row["search_key"]].isoformat()
    return out


def _plan_places(out: PlannedExtras, tables: ImportTables, held: dict[str, str]) -> None:
    wanted: dict[str, tuple[str, int]] = {}  # new place -> (type, first row giving it)
    for activity, _activity_id in tables.created:
        place_type = activity.extras.place_type
        if not activity.location or place_type is None:
            continue
        existing = held.get(activity.location)
        if existing is None and activity.location in wanted:
            existing = wanted[activity.location][0]
        if existing is None:
            if place_type != PlaceType.NOT_KNOWN.value:
                wanted[activity.location] = (place_type, activity.line)
        elif existing != place_type:
            out.problems.append(
                RowProblem.of(
                    activity.line,
                    "place_type",
                    "place.type_conflict",
                    place=activity.location,
                    existing=existing,
                    wanted=place_type,
                )
            )
    out.rows.places = [(name, place_type) for name, (place_type, _line) in wanted.items()]
    out.new_places = list(wanted)
