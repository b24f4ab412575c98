"""Bulk inserts: values turned into SQLite's text forms once, then one executemany per
table. SQLAlchemy's per-value type processing costs more than the insert itself at 100,000
rows, and the ORM's add_all is about twenty times slower again."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time
from operator import itemgetter
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
_AS_IS = (str, int, float)  # stored as they are; bool is not among them (a subclass of int)


def _converter(table: Table, column: str) -> Callable[[Any], Any]:
    """How SQLAlchemy would store a value of this column, done directly."""
    kind = table.columns[column].type
    if isinstance(kind, UtcTimestamp):
        last: list[Any] = [None, None]  # a bulk write stamps every row with one moment

        def stamp(value: Any) -> Any:
            if value is not last[0]:
                last[0], last[1] = value, kind.process_bind_param(value, None)  # type: ignore[arg-type]
            return last[1]

        return stamp

    def convert(value: Any) -> Any:
        if value is None or type(value) in _AS_IS:
            return value
        if isinstance(value, uuid.UUID):
            return value.hex
        if isinstance(value, datetime):
            raise TypeError(f"{column}: timestamps go through UtcTimestamp")
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, time):
            return time_text(value)
        if isinstance(value, bool):
            return int(value)
        return value

    return convert


def time_text(value: time) -> str:
    """SQLAlchemy's SQLite form of a time, fraction included."""
    return f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}"


def stamp_text(moment: datetime) -> str:
    """UtcTimestamp's stored form, for rows made ready in advance."""
    return str(UtcTimestamp().process_bind_param(moment, None))  # type: ignore[arg-type]


def insert_rows(
    tx: Transaction, table: str, rows: Sequence[Mapping[str, Any]], ready: bool = False
) -> int:
    """Insert rows (column -> value) into one table, inside the caller's transaction.

    ``ready`` rows already hold SQLite's forms (ids as hex, dates and times as text, plain
    numbers): they go in as they are, with no per-value work (an import's 100,000 rows)."""
    if not rows:
        return 0
    target = TABLES[table]
    columns = list(rows[0])
    converters = [_converter(target, column) for column in columns]
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    conn = tx.session.connection()
    pick = itemgetter(*columns)
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        if ready:
            values = (
                [pick(row) for row in batch]
                if len(columns) > 1
                else [(pick(row),) for row in batch]
            )
        else:
            values = [
                tuple(
                    convert(row[column])
                    for convert, column in zip(converters, columns, strict=True)
                )
                for row in batch
            ]
        conn.exec_driver_sql(sql, values)
    return len(rows)
