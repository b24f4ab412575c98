"""Bulk inserts through SQLAlchemy core executemany: the ORM is ~20x slower for big batches."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlmodel import SQLModel

from volunteer_app.storage import models  # noqa: F401 - registers the tables
from volunteer_app.storage.database import Transaction

TABLES: dict[str, Table] = {
    name: SQLModel.metadata.tables[name]
    for name in ("person", "activity_type", "series", "activity", "participation")
}
BATCH = 20_000


def insert_rows(tx: Transaction, table: str, rows: Sequence[Mapping[str, Any]]) -> int:
    """Insert rows (column -> value) into one table, in batches, inside the caller's transaction."""
    target = TABLES[table]
    conn = tx.session.connection()
    for start in range(0, len(rows), BATCH):
        conn.execute(insert(target), list(rows[start : start + BATCH]))
    return len(rows)
