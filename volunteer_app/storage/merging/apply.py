"""Planning and writing a merge: every row of the file against this laptop's copy, then
the changes in one transaction, with core executemany (never the ORM) for speed."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Connection

from volunteer_app.domain.merging.rules import RowOutcome, RowState, merge_row
from volunteer_app.domain.search import activity_search_text
from volunteer_app.storage.activity_repo import recount
from volunteer_app.storage.database import Transaction
from volunteer_app.storage.merging.changes import (
    local_states,
    row_states,
    table_payload,
)
from volunteer_app.storage.merging.keyed import KeyedPlan, apply_keyed, plan_keyed
from volunteer_app.storage.merging.tables import SHARED_TABLES, SharedTable


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


def plan_merge(
    conn: Connection, tables: Mapping[str, Any], keyed: Mapping[str, Any] | None = None
) -> MergePlan:
    """What bringing in these rows would do, read-only."""
    plan = MergePlan(keyed=plan_keyed(conn, keyed or {}))
    latest = ""
    for table in SHARED_TABLES:
        columns, rows, stamps = table_payload(tables, table.name)
        if not columns:
            continue
        theirs = row_states(table, columns, rows, stamps)
        mine = local_states(conn, table, list(theirs))
        outcomes = {}
        for row_id, state in theirs.items():
            outcome = merge_row(mine.get(row_id), state)
            if outcome.writes:
                outcomes[row_id] = outcome
            latest = max(latest, state.hlc, *state.stamps.values())
        plan.tables.append(TablePlan(table, mine, theirs, outcomes))
    plan.latest_stamp = latest
    return plan


def _insert(conn: Connection, plan: TablePlan) -> None:
    rows = [(rid, o) for rid, o in plan.outcomes.items() if o.new]
    if not rows:
        return
    names = ["id", "hlc", *rows[0][1].latest, *rows[0][1].changed]
    sql = (
        f"INSERT INTO {plan.table.name} ({', '.join(names)})"
        f" VALUES ({', '.join('?' for _ in names)})"
    )
    conn.exec_driver_sql(
        sql,
        [(rid, o.hlc, *o.latest.values(), *(o.changed[n] for n in names[2 + len(o.latest) :]))
         for rid, o in rows],
    )  # fmt: skip


def _update(conn: Connection, plan: TablePlan) -> None:
    name = plan.table.name
    by_columns: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    moved: list[tuple[str, str]] = []
    for rid, o in plan.outcomes.items():
        if o.new:
            continue
        values = {**o.changed, **o.latest}
        if values:
            by_columns.setdefault(tuple(values), []).append((*values.values(), rid))
        if o.hlc:
            moved.append((o.hlc, rid))
    for columns, params in by_columns.items():
        sets = ", ".join(f"{c} = ?" for c in columns)
        conn.exec_driver_sql(f"UPDATE {name} SET {sets} WHERE id = ?", params)
    if moved:
        conn.exec_driver_sql(f"UPDATE {name} SET hlc = ? WHERE id = ?", moved)


def _stamps(conn: Connection, plan: TablePlan) -> None:
    """The taken fields carry their stamps over (the triggers noted them as changed here);
    a field taken unstamped stays unstamped, as its row was made."""
    name = plan.table.name
    stamped, unstamped = [], []
    for rid, o in plan.outcomes.items():
        for field_name in {*o.changed, *o.stamps}:
            stamp = o.stamps.get(field_name, "")
            if stamp:
                stamped.append((name, rid, field_name, stamp))
            elif not o.new:
                unstamped.append((name, rid, field_name))
    if stamped:
        conn.exec_driver_sql(
            "INSERT INTO field_stamp (tbl, row_id, field, hlc) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc",
            stamped,
        )
    if unstamped:
        conn.exec_driver_sql(
            "DELETE FROM field_stamp WHERE tbl = ? AND row_id = ? AND field = ?", unstamped
        )


def _touched_activities(conn: Connection, plan: MergePlan) -> set[str]:
    touched: set[str] = set()
    activities = plan.by_name("activity")
    if activities:
        touched.update(activities.outcomes)
    parts = plan.by_name("participation")
    if parts:
        for rid, o in parts.outcomes.items():
            touched.add(
                str(o.changed.get("activity_id") or parts.theirs[rid].values["activity_id"])
            )
            if rid in parts.mine:
                touched.add(str(parts.mine[rid].values["activity_id"]))
    people = plan.by_name("person")
    if people:
        gone = [rid for rid, o in people.outcomes.items() if "deleted_at" in o.changed]
        if gone:
            touched.update(
                str(r[0])
                for r in conn.exec_driver_sql(
                    "SELECT DISTINCT activity_id FROM participation"
                    " WHERE person_id IN (SELECT value FROM json_each(?))",
                    (json.dumps(gone),),
                )
            )
    return touched


def _rework_derived(tx: Transaction, activity_ids: set[str]) -> None:
    """Counts, search text and the participations' copy of the date, as every write keeps
    them, for the activities the merge touched."""
    if not activity_ids:
        return
    conn = tx.session.connection()
    ids = json.dumps(sorted(activity_ids))
    conn.exec_driver_sql(
        "UPDATE participation SET activity_date = (SELECT a.activity_date FROM activity a"
        " WHERE a.id = participation.activity_id)"
        " WHERE activity_id IN (SELECT value FROM json_each(?))",
        (ids,),
    )
    rows = conn.exec_driver_sql(
        "SELECT id, title, location, notes, deleted_at FROM activity"
        " WHERE id IN (SELECT value FROM json_each(?))",
        (ids,),
    ).fetchall()
    conn.exec_driver_sql(
        "UPDATE activity SET search_text = ? WHERE id = ?",
        [("" if r[4] else activity_search_text(r[1], r[2], r[3]), r[0]) for r in rows],
    )
    recount(tx, {uuid.UUID(hex=r) for r in activity_ids})


def apply_merge(tx: Transaction, plan: MergePlan) -> None:
    """Write a plan made in this same transaction: rows in the order they refer to each
    other (checks of references wait for the commit), stamps, then the derived figures."""
    conn = tx.session.connection()
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for table_plan in plan.tables:
        _insert(conn, table_plan)
        _update(conn, table_plan)
        _stamps(conn, table_plan)
    apply_keyed(conn, plan.keyed)
    _rework_derived(tx, _touched_activities(conn, plan))
    if plan.latest_stamp:
        tx.observe(plan.latest_stamp)
