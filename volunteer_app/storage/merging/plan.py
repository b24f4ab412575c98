"""A merge planned: for each table, this laptop's rows, the file's, and what merging each
row does; written by apply.py, read by derived.py and the service's summary."""

from __future__ import annotations

from dataclasses import dataclass, field

from volunteer_app.domain.merging.rules import RowOutcome, RowState
from volunteer_app.storage.merging.keyed import KeyedPlan
from volunteer_app.storage.merging.tables import SharedTable


@dataclass
class TablePlan:
    table: SharedTable
    mine: dict[str, RowState]
    theirs: dict[str, RowState]
    outcomes: dict[str, RowOutcome]

    def count(self, what: str) -> int:
        if what == "new":
            return sum(1 for o in self.outcomes.values() if o.new)
        if what == "changed":
            return sum(
                1 for o in self.outcomes.values() if not o.new and o.changed and not o.deleted
            )
        if what == "deleted":
            return sum(1 for o in self.outcomes.values() if o.deleted)
        if what == "both_changed":
            return sum(1 for o in self.outcomes.values() if o.both_changed)
        raise ValueError(what)


@dataclass
class MergePlan:
    tables: list[TablePlan] = field(default_factory=list)
    keyed: list[KeyedPlan] = field(default_factory=list)
    latest_stamp: str = ""

    def by_name(self, name: str) -> TablePlan | None:
        return next((t for t in self.tables if t.table.name == name), None)

    def conflicts(self) -> list[tuple[str, str]]:
        return [
            (plan.table.name, row_id)
            for plan in self.tables
            for row_id, outcome in plan.outcomes.items()
            if outcome.conflict
        ]

    @property
    def writes(self) -> bool:
        return any(o.writes for t in self.tables for o in t.outcomes.values()) or any(
            k.rows for k in self.keyed
        )
