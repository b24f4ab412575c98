"""Places and pulse tallies: kept by a natural key (the place's name, the activity), with a
time of saving but no clock stamps, so a row merges whole: the one saved later wins.
Removing a place or a tally leaves no tombstone, so it comes back from a laptop that
still has it (shown as the place or tally again, never as wrong figures)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Connection

from volunteer_app.domain.merging.rules import Value, keyed_row_wins

KEYED_TABLES: tuple[tuple[str, str], ...] = (("place", "name"), ("activity_pulse", "activity_id"))


@dataclass
class KeyedPlan:
    table: str
    key: str
    columns: list[str]
    rows: list[tuple[Value, ...]] = field(default_factory=list)  # to write
    new: int = 0


def _columns(conn: Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.exec_driver_sql(f"PRAGMA table_info({table})").fetchall()]


def collect_keyed(conn: Connection) -> dict[str, Any]:
    found = {}
    for table, key in KEYED_TABLES:
        columns = _columns(conn, table)
        rows = conn.exec_driver_sql(
            f"SELECT {', '.join(columns)} FROM {table} ORDER BY {key}"
        ).fetchall()
        found[table] = {"columns": columns, "rows": [list(r) for r in rows]}
    return found


def plan_keyed(conn: Connection, keyed: Mapping[str, Any]) -> list[KeyedPlan]:
    plans = []
    for table, key in KEYED_TABLES:
        entry = keyed.get(table) or {}
        theirs_columns = list(entry.get("columns", []))
        columns = [c for c in _columns(conn, table) if c in theirs_columns]
        if key not in columns or "updated_at" not in columns:
            continue
        pick = [theirs_columns.index(c) for c in columns]
        theirs = {
            row[theirs_columns.index(key)]: tuple(row[i] for i in pick)
            for row in entry.get("rows", [])
        }
        at = columns.index(key)
        mine = {
            row[at]: tuple(row)
            for row in conn.exec_driver_sql(
                f"SELECT {', '.join(columns)} FROM {table}"
                f" WHERE {key} IN (SELECT value FROM json_each(?))",
                (json.dumps(list(theirs)),),
            ).fetchall()
        }
        plan = KeyedPlan(table, key, columns)
        when = columns.index("updated_at")
        for name, row in theirs.items():
            if row != mine.get(name) and keyed_row_wins(mine.get(name), row, when):
                plan.rows.append(row)
                plan.new += name not in mine
        plans.append(plan)
    return plans


def apply_keyed(conn: Connection, plans: list[KeyedPlan]) -> None:
    for plan in plans:
        if not plan.rows:
            continue
        others = [c for c in plan.columns if c != plan.key]
        conn.exec_driver_sql(
            f"INSERT INTO {plan.table} ({', '.join(plan.columns)})"
            f" VALUES ({', '.join('?' for _ in plan.columns)})"
            f" ON CONFLICT ({plan.key}) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in others),
            plan.rows,
        )
