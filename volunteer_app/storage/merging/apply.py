"""Planning and writing a merge: every row of the file against this laptop's copy, then
the changes in one transaction, with core executemany (never the ORM) for speed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.engine import Connection

from volunteer_app.domain.merging.rules import merge_row
from volunteer_app.storage.database import Transaction
from volunteer_app.storage.merging.changes import (
    local_states,
    row_states,
    table_payload,
)
from volunteer_app.storage.merging.derived import rework_derived, touched_by
from volunteer_app.storage.merging.keyed import apply_keyed, plan_keyed
from volunteer_app.storage.merging.people import follow_merged_people
from volunteer_app.storage.merging.plan import MergePlan, TablePlan
from volunteer_app.storage.merging.tables import SHARED_TABLES


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


# Copies a write keeps of another row's field, filled in as new rows go in (one UPDATE of
# every new line afterwards took a third of a large merge's derived work): column, the
# value's SQL, the column of this row it is looked up by. Rows already here are reworked
# in derived.py. A line whose activity is missing keeps '' and fails the commit's check of
# references, as before.
_COPIED_ON_INSERT = {
    "participation": (
        "activity_date",
        "coalesce((SELECT a.activity_date FROM activity a WHERE a.id = ?), '')",
        "activity_id",
    ),
}


def _insert(conn: Connection, plan: TablePlan) -> None:
    rows = [(rid, o) for rid, o in plan.outcomes.items() if o.new]
    if not rows:
        return
    names = ["id", "hlc", *rows[0][1].latest, *rows[0][1].changed]
    params = [
        (rid, o.hlc, *o.latest.values(), *(o.changed[n] for n in names[2 + len(o.latest) :]))
        for rid, o in rows
    ]
    values = ["?" for _ in names]
    copied = _COPIED_ON_INSERT.get(plan.table.name)
    if copied is not None and copied[0] not in names:
        column, value_sql, key = copied
        at = names.index(key)
        names, values = [*names, column], [*values, value_sql]
        params = [(*row, row[at]) for row in params]
    conn.exec_driver_sql(
        f"INSERT INTO {plan.table.name} ({', '.join(names)}) VALUES ({', '.join(values)})",
        params,
    )


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
    if plan.latest_stamp:  # before any stamp of this laptop's own below
        tx.observe(plan.latest_stamp)
    touched = touched_by(conn, plan)
    touched.counted |= follow_merged_people(tx)
    rework_derived(tx, touched)
