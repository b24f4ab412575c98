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
from volunteer_app.storage.funding import funding_repo


class FundingService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add_project(self, name: str, funder: str, start: date, end: date | None) -> ProjectInfo:
        clean_name, clean_funder = validate_project(name, funder, start, end)
        if any(p.name.casefold() == clean_name.casefold() for p in self.projects()):
            raise ValidationError(
                "project.duplicate",
                f"There is already a project called {clean_name!r}.",
                field="project",
            )
        with self._db.transaction() as tx:
            project_id = funding_repo.add_project(tx, clean_name, clean_funder, start, end)
        return ProjectInfo(project_id, clean_name, clean_funder, start, end)

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
        if any(o.name.casefold() == clean.casefold() for o in self.outputs()):
            raise ValidationError(
                "output.duplicate",
                f"There is already an output called {clean!r}.",
                field="output",
            )
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

    def _known_projects(self, project_ids: tuple[str, ...]) -> None:
        known = {p.id for p in self.projects()}
        if any(p not in known for p in project_ids):
            raise ValidationError("project.unknown", "That project no longer exists.")
