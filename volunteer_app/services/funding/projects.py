"""Projects (grants) and output counters: define them, tag activities, record counts."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.funding.values import (
    OutputInfo,
    ProjectInfo,
    validate_amount,
    validate_output_names,
    validate_project,
)
from volunteer_app.storage.database import Database
from volunteer_app.storage.funding import funding_edits, funding_repo
from volunteer_app.storage.funding.funding_edits import Snapshot

# What an edit or a removal replaced, for undo: the pages hold it without reading it.
FundingUndo = Snapshot


class FundingService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add_project(
        self,
        name: str,
        funder: str,
        start: date,
        end: date | None,
        type_ids: tuple[str, ...] = (),
    ) -> ProjectInfo:
        """A new project, and the types whose activities join it when logged, in one
        transaction."""
        clean_name, clean_funder = validate_project(name, funder, start, end)
        self._unique_project(clean_name, "")
        types = tuple(sorted(set(type_ids)))
        with self._db.transaction() as tx:
            project_id = funding_repo.add_project(tx, clean_name, clean_funder, start, end)
            funding_edits.set_project_types(tx, project_id, types, ())
        return ProjectInfo(project_id, clean_name, clean_funder, start, end, types)

    def projects(self) -> list[ProjectInfo]:
        return funding_repo.list_projects(self._db)

    def tag(self, activity_id: str, project_ids: tuple[str, ...]) -> None:
        self._known_projects(project_ids)
        with self._db.transaction() as tx:
            funding_repo.tag_activity(tx, activity_id, project_ids)

    def projects_of(self, activity_id: str) -> list[str]:
        return funding_repo.activity_projects(self._db, activity_id)

    def set_type_default(self, type_id: str, project_id: str) -> None:
        self._known_projects((project_id,))
        with self._db.transaction() as tx:
            funding_repo.set_default(tx, project_id, "activity_type_id", type_id)

    def set_series_default(self, series_id: str, project_id: str) -> None:
        self._known_projects((project_id,))
        with self._db.transaction() as tx:
            funding_repo.set_default(tx, project_id, "series_id", series_id)

    def defaults_for(
        self, type_id: str, series_id: str | None = None, on: date | None = None
    ) -> list[str]:
        """The projects an activity of this type (or series) joins; ``on`` its date: a
        project it falls outside the dates of is left out (a grant counts its own dates)."""
        return funding_repo.default_projects(self._db, type_id, series_id, on)

    def add_output(self, name: str, name_cy: str, type_ids: tuple[str, ...]) -> OutputInfo:
        clean, clean_cy = validate_output_names(name, name_cy)
        self._unique_output(clean, "")
        with self._db.transaction() as tx:
            output_id = funding_repo.add_output(tx, clean, clean_cy, type_ids)
        return OutputInfo(output_id, clean, clean_cy, tuple(sorted(set(type_ids))))

    def outputs(self) -> list[OutputInfo]:
        return funding_repo.list_outputs(self._db)

    def outputs_for_type(self, type_id: str) -> list[OutputInfo]:
        """The counters the Log form shows for an activity of this type."""
        return [o for o in self.outputs() if type_id in o.type_ids]

    def record(self, activity_id: str, amounts: Mapping[str, int]) -> None:
        known = {o.id for o in self.outputs()}
        checked = {}
        for output_id, amount in amounts.items():
            if output_id not in known:
                raise ValidationError("output.unknown", "That output no longer exists.")
            checked[output_id] = validate_amount(amount)
        with self._db.transaction() as tx:
            funding_repo.record_outputs(tx, activity_id, checked)

    def amounts_of(self, activity_id: str) -> dict[str, int]:
        return funding_repo.activity_outputs(self._db, activity_id)

    def edit_project(
        self,
        project_id: str,
        name: str,
        funder: str,
        start: date,
        end: date | None,
        type_ids: tuple[str, ...] | None = None,
    ) -> Snapshot | None:
        """Change a project's name, funder, dates or (given) the types whose activities join
        it; returns how it was (for undo), or None when nothing changed: an untouched save
        writes nothing."""
        old = self._project(project_id)
        clean_name, clean_funder = validate_project(name, funder, start, end)
        types = old.type_ids if type_ids is None else tuple(sorted(set(type_ids)))
        fields = (clean_name, clean_funder, start, end)
        if (*fields, types) == (old.name, old.funder, old.start, old.end, old.type_ids):
            return None
        self._unique_project(clean_name, project_id)
        with self._db.transaction() as tx:
            before = funding_edits.project_snapshot(tx, project_id)
            if fields != (old.name, old.funder, old.start, old.end):
                funding_edits.update_project(tx, project_id, *fields)
            funding_edits.set_project_types(tx, project_id, types, old.type_ids)
        return before

    def remove_project(self, project_id: str) -> Snapshot:
        """A tombstone for the project, with its activities' tags and its defaults."""
        self._project(project_id)
        with self._db.transaction() as tx:
            before = funding_edits.project_snapshot(tx, project_id)
            funding_edits.remove_project(tx, project_id)
        return before

    def tagged_count(self, project_id: str) -> int:
        return funding_edits.tagged_activities(self._db, project_id)

    def edit_output(
        self, output_id: str, name: str, name_cy: str, type_ids: tuple[str, ...]
    ) -> Snapshot | None:
        """Change an output's names or the types that show it; None when nothing changed."""
        old = self._output(output_id)
        clean, clean_cy = validate_output_names(name, name_cy)
        types = tuple(sorted(set(type_ids)))
        if (clean, clean_cy, types) == (old.name, old.name_cy, old.type_ids):
            return None
        self._unique_output(clean, output_id)
        with self._db.transaction() as tx:
            before = funding_edits.output_snapshot(tx, output_id)
            funding_edits.update_output(tx, output_id, clean, clean_cy, types, old.type_ids)
        return before

    def remove_output(self, output_id: str) -> Snapshot:
        """The output no longer shows or counts; the amounts recorded stay in the file."""
        self._output(output_id)
        with self._db.transaction() as tx:
            before = funding_edits.output_snapshot(tx, output_id)
            funding_edits.remove_output(tx, output_id)
        return before

    def put_back(self, before: Snapshot) -> None:
        """Undo an edit or a removal, in one transaction: every value as it was, written as a
        new edit so that laptops which already have the change take the undo too."""
        with self._db.transaction() as tx:
            funding_edits.restore(tx, before)

    def _project(self, project_id: str) -> ProjectInfo:
        for project in self.projects():
            if project.id == project_id:
                return project
        raise ValidationError("project.unknown", "That project no longer exists.")

    def _output(self, output_id: str) -> OutputInfo:
        for output in self.outputs():
            if output.id == output_id:
                return output
        raise ValidationError("output.unknown", "That output no longer exists.")

    def _unique_project(self, name: str, own_id: str) -> None:
        if any(p.name.casefold() == name.casefold() and p.id != own_id for p in self.projects()):
            raise ValidationError(
                "project.duplicate",
                f"There is already a project called {name!r}.",
                field="project",
            )

    def _unique_output(self, name: str, own_id: str) -> None:
        if any(o.name.casefold() == name.casefold() and o.id != own_id for o in self.outputs()):
            raise ValidationError(
                "output.duplicate",
                f"There is already an output called {name!r}.",
                field="output",
            )

    def _known_projects(self, project_ids: tuple[str, ...]) -> None:
        known = {p.id for p in self.projects()}
        if any(p not in known for p in project_ids):
            raise ValidationError("project.unknown", "That project no longer exists.")
