"""Taking a merge back as one step, and bringing it in again: the data is put back, table
by table, from the copy kept just before, in one transaction of the open database.

Only while nothing has been written since: ``write_mark`` is a fingerprint of every table
(its row count, last row and latest time of saving) and of the clock, taken just after the
merge. Any save since (a new row, an edit, a deletion, a place or an export) changes it, and
then putting the copy back would lose that save, so the caller refuses.

The meta table (this laptop's identity and clock) is never put back: the clock never goes
back, so later edits still come after every stamp the merge brought in.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection

from volunteer_app.storage.database import Transaction

_KEEP = ("meta",)


def _tables(conn: Connection) -> list[tuple[str, bool]]:
    """Every table of the app (name, has a rowid), SQLite's own left out."""
    rows = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
        " AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    return [
        (str(name), "WITHOUT ROWID" not in str(sql).upper())
        for name, sql in rows
        if name not in _KEEP
    ]


def _columns(conn: Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.exec_driver_sql(f'PRAGMA table_info("{table}")').fetchall()]


def write_mark(conn: Connection) -> str:
    """A fingerprint that any write to the data changes."""
    parts: list[Any] = []
    for table, has_rowid in _tables(conn):
        columns = _columns(conn, table)
        figures = ["count(*)"]
        if has_rowid:
            figures.append("max(rowid)")
        figures += [f"max({c})" for c in ("updated_at", "hlc") if c in columns]
        row = conn.exec_driver_sql(f'SELECT {", ".join(figures)} FROM "{table}"').one()
        parts.append([table, *(str(v) for v in row)])
    clock = conn.exec_driver_sql("SELECT value FROM meta WHERE key = 'hlc'").fetchone()
    parts.append(["clock", str(clock[0]) if clock else ""])
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


def copy_version(source: Path) -> int:
    conn = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def put_back(tx: Transaction, source: Path) -> None:
    """Every table but meta takes the copy's rows, in this one transaction (references are
    checked at the commit)."""
    conn = tx.session.connection()
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    tables = [table for table, _rowid in _tables(conn)]
    for table in tables:  # all first: a cascade never reaches rows already put back
        conn.exec_driver_sql(f'DELETE FROM "{table}"')
    copy = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        for table in tables:
            columns = ", ".join(f'"{c}"' for c in _columns(conn, table))
            rows = copy.execute(f'SELECT {columns} FROM "{table}"').fetchall()
            if rows:
                marks = ", ".join("?" for _ in rows[0])
                conn.exec_driver_sql(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', rows)
    finally:
        copy.close()
