"""Reading shared rows as plain values: every row this laptop knows, for the other laptop,
and this laptop's own copy of the rows a file brings."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy.engine import Connection

from volunteer_app.domain.merging.rules import RowState, Value
from volunteer_app.storage.merging.tables import SHARED_TABLES, SharedTable

CHUNK = 20_000  # ids per look-up: one json_each parameter, well within SQLite's limits


def columns_of(table: SharedTable) -> list[str]:
    """The columns a change file carries for a table, in order."""
    return ["id", "hlc", *table.latest, "created_at", *table.fields]


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def collect(conn: Connection) -> dict[str, Any]:
    """Every shared row with its stamps: what a change file holds."""
    tables: dict[str, Any] = {}
    for table in SHARED_TABLES:
        columns = columns_of(table)
        rows = conn.exec_driver_sql(
            f"SELECT {', '.join(columns)} FROM {table.name} ORDER BY id"
        ).fetchall()
        stamps = conn.exec_driver_sql(
            "SELECT row_id, field, hlc FROM field_stamp WHERE tbl = ? ORDER BY row_id, field",
            (table.name,),
        ).fetchall()
        tables[table.name] = {
            "columns": columns,
            "rows": [list(row) for row in rows],
            "stamps": [list(stamp) for stamp in stamps],
        }
    return tables


def row_states(
    table: SharedTable, columns: Sequence[str], rows: Iterable[Sequence[Value]],
    stamps: Iterable[Sequence[str]],
) -> dict[str, RowState]:  # fmt: skip
    """Rows as the merge rule sees them, keyed by id; fields this version does not share
    are left out."""
    by_row: dict[str, dict[str, str]] = defaultdict(dict)
    for row_id, name, stamp in stamps:
        by_row[row_id][name] = stamp
    index = {name: i for i, name in enumerate(columns)}
    wanted = [name for name in ("created_at", *table.fields) if name in index]
    latest = [name for name in table.latest if name in index]
    states = {}
    for row in rows:
        row_id = str(row[index["id"]])
        states[row_id] = RowState(
            row_id=row_id,
            values={name: row[index[name]] for name in wanted},
            stamps=by_row.get(row_id, {}),
            hlc=str(row[index["hlc"]] or ""),
            latest={name: row[index[name]] for name in latest},
        )
    return states


def local_states(conn: Connection, table: SharedTable, ids: Sequence[str]) -> dict[str, RowState]:
    """This laptop's copy of the given rows (those it has)."""
    columns = columns_of(table)
    found: dict[str, RowState] = {}
    for chunk in _chunks(ids):
        param = (json.dumps(list(chunk)),)
        rows = conn.exec_driver_sql(
            f"SELECT {', '.join(columns)} FROM {table.name}"
            " WHERE id IN (SELECT value FROM json_each(?))",
            param,
        ).fetchall()
        stamps = conn.exec_driver_sql(
            "SELECT row_id, field, hlc FROM field_stamp WHERE tbl = ?"
            " AND row_id IN (SELECT value FROM json_each(?))",
            (table.name, *param),
        ).fetchall()
        found.update(row_states(table, columns, rows, stamps))
    return found


def group_ids(conn: Connection) -> tuple[str | None, set[str]]:
    """This laptop's group (the live settings row's) and every group id it has known."""
    rows = conn.exec_driver_sql(
        "SELECT group_id, deleted_at FROM group_settings ORDER BY created_at, id"
    ).fetchall()
    live = next((str(r[0]) for r in rows if r[1] is None), None)
    return live, {str(r[0]) for r in rows}


def meta_value(conn: Connection, key: str) -> str | None:
    row = conn.exec_driver_sql("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def table_payload(tables: Mapping[str, Any], name: str) -> tuple[list[str], list[Any], list[Any]]:
    entry = tables.get(name) or {}
    return (
        list(entry.get("columns", [])),
        list(entry.get("rows", [])),
        list(entry.get("stamps", [])),
    )
