"""The full export's Activities sheet gains a ``project`` column (names joined by "; ")
and one column per output, so that the group's own records keep them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from volunteer_app.domain.limits import guard_formula
from volunteer_app.storage.database import Database
from volunteer_app.storage.funding import funding_repo

if TYPE_CHECKING:
    from volunteer_app.services.sheet import Sheet

PROJECT_COLUMN = "project"
OUTPUT_PREFIX = "output: "


def with_funding_columns(
    db: Database, sheet: Sheet, activities: Sequence[tuple[Any, ...]], csv_text: bool
) -> Sheet:
    """The sheet with the columns added; its rows follow ``activities`` (the same order).
    A group that uses neither projects nor outputs gets the sheet as it was."""
    outputs = funding_repo.list_outputs(db)
    if not outputs and not funding_repo.list_projects(db):
        return sheet
    projects, amounts = funding_repo.export_tags(db)
    header = (*sheet.header, PROJECT_COLUMN, *(OUTPUT_PREFIX + o.name for o in outputs))

    def rows() -> Iterator[list[Any]]:
        for activity, row in zip(activities, sheet.rows, strict=True):
            key = str(activity[0])
            names = "; ".join(projects.get(key, []))
            extra: list[Any] = [guard_formula(names) if csv_text else names]
            extra += [amounts.get((key, o.id), "") for o in outputs]
            yield [*row, *extra]

    return replace(sheet, header=header, rows=rows())
