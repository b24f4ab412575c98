"""Bulk inserts: values turned into SQLite's text forms once, then one executemany per
table. SQLAlchemy's per-value type processing costs more than the insert itself at 100,000
rows, and the ORM's add_all is about twenty times slower again."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Table
from sqlmodel import SQLModel

from volunteer_app.storage import models  # noqa: F401 - registers the tables
from volunteer_app.storage.database import Transaction
from volunteer_app.storage.types import UtcTimestamp

TABLES: dict[str, Table] = {
    name: SQLModel.metadata.tables[name]
    for name in ("person", "activity_type", "series", "activity", "participation")
}
BATCH = 20_000


def _converter(table: Table, column: str) -> Callable[[Any], Any]:
    """How SQLAlchemy would store a value of this column, done directly."""
    kind = table.columns[column].type
    if isinstance(kind, UtcTimestamp):
        return lambda v: None if v is None else kind.process_bind_param(v, None)  # type: ignore[arg-type]

    def convert(value: Any) -> Any:
        if isinstance(value, uuid.UUID):
            return value.hex
        if isinstance(value, datetime):
            raise TypeError(f"{column}: timestamps go through UtcTimestamp")
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, time):  # SQLAlchemy's SQLite form, fraction included
            return f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}"
        if isinstance(value, bool):
            return int(value)
        return value

    return convert


def insert_rows(tx: Transaction, table: str, rows: Sequence[Mapping[str, Any]]) -> int:
    """Insert rows (column -> value) into one table, inside the caller's transaction."""
    if not rows:
        return 0
    target = TABLES[table]
    columns = list(rows[0])
    converters = [_converter(target, column) for column in columns]
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    conn = tx.session.connection()
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        conn.exec_driver_sql(
            sql,
            [
                tuple(
                    convert(row[column])
                    for convert, column in zip(converters, columns, strict=True)
                )
                for row in batch
            ],
        )
    return len(rows)
