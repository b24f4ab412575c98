"""Editing and removing a project or an output, and putting either back exactly (undo).

A removal is a tombstone (``deleted_at``) on the project or output and on what hangs from it:
a project's activity tags and defaults, an output's list of activity types. An output's
recorded amounts stay in the file (a later laptop merging still has them), but reports
count only the outputs that are there.

Before any change the rows it touches are read whole (with their clock stamps), so that
undo writes them back as they were and drops the rows the change made: the file is then
as if the change had never happened.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text

from volunteer_app.storage.database import Database, Transaction
from volunteer_app.storage.funding.funding_repo import insert_row, retire_rows
from volunteer_app.storage.types import timestamp_text

# What hangs from a project or an output: (table, the column naming its owner).
_PROJECT_ROWS = (("project", "id"), ("project_default", "project_id"),
                 ("activity_project", "project_id"))  # fmt: skip
_OUTPUT_ROWS = (("output_measure", "id"), ("output_type", "output_id"))

Row = tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class Snapshot:
    """Rows as they stood before a change, whole: for undo."""

    owner_id: str
    tables: tuple[tuple[str, str, tuple[Row, ...]], ...]  # (table, owner column, rows)
    stamps: tuple[Row, ...]  # their field clock stamps, where the file keeps them


def _has_stamps(conn: Any) -> bool:
    found = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'field_stamp'")
    ).first()
    return found is not None


def _snapshot(conn: Any, owner_id: str, tables: tuple[tuple[str, str], ...]) -> Snapshot:
    taken = []
    ids: list[tuple[str, str]] = []
    for table, column in tables:
        result = conn.execute(text(f"SELECT * FROM {table} WHERE {column} = :o"), {"o": owner_id})
        rows = tuple(tuple(row._mapping.items()) for row in result)
        taken.append((table, column, rows))
        ids += [(table, str(dict(r)["id"])) for r in rows]
    stamps: tuple[Row, ...] = ()
    if ids and _has_stamps(conn):
        stamps = tuple(
            tuple(r._mapping.items())
            for table, row_id in ids
            for r in conn.execute(
                text("SELECT * FROM field_stamp WHERE tbl = :t AND row_id = :r"),
                {"t": table, "r": row_id},
            )
        )
    return Snapshot(owner_id, tuple(taken), stamps)


def project_snapshot(tx: Transaction, project_id: str) -> Snapshot:
    """Read in the change's own transaction, so undo holds exactly what it replaced."""
    return _snapshot(tx.session.connection(), project_id, _PROJECT_ROWS)


def output_snapshot(tx: Transaction, output_id: str) -> Snapshot:
    return _snapshot(tx.session.connection(), output_id, _OUTPUT_ROWS)


def restore(tx: Transaction, before: Snapshot) -> None:
    """Write back every row as ``before`` holds it; rows made since (new tags, new types
    shown) go, as do their clock stamps: the change is taken back whole."""
    conn = tx.session.connection()
    kept: list[tuple[str, str]] = []
    for table, column, rows in before.tables:
        ids = [str(dict(r)["id"]) for r in rows]
        kept += [(table, i) for i in ids]
        made = conn.execute(
            text(f"SELECT id FROM {table} WHERE {column} = :o"), {"o": before.owner_id}
        ).all()
        for (row_id,) in made:
            if str(row_id) not in ids:
                conn.execute(text(f"DELETE FROM {table} WHERE id = :i"), {"i": row_id})
                kept.append((table, str(row_id)))
        for row in rows:
            values = dict(row)
            sets = ", ".join(f"{c} = :{c}" for c in values if c != "id")
            conn.execute(text(f"UPDATE {table} SET {sets} WHERE id = :id"), values)
    if _has_stamps(conn):
        for table, row_id in kept:
            conn.execute(
                text("DELETE FROM field_stamp WHERE tbl = :t AND row_id = :r"),
                {"t": table, "r": row_id},
            )
        for stamp in before.stamps:
            values = dict(stamp)
            columns = ", ".join(values)
            marks = ", ".join(f":{c}" for c in values)
            conn.execute(text(f"INSERT INTO field_stamp ({columns}) VALUES ({marks})"), values)


def _update(tx: Transaction, table: str, row_id: str, values: Mapping[str, Any]) -> None:
    now = timestamp_text(tx.now)
    sets = ", ".join(f"{c} = :{c}" for c in values)
    tx.session.connection().execute(
        text(f"UPDATE {table} SET {sets}, updated_at = :now, hlc = :hlc WHERE id = :id"),
        {**values, "now": now, "hlc": tx.stamp(), "id": row_id},
    )


def update_project(
    tx: Transaction, project_id: str, name: str, funder: str, start: date, end: date | None
) -> None:
    _update(
        tx,
        "project",
        project_id,
        {
            "name": name,
            "search_key": name.casefold(),
            "funder": funder,
            "start_date": start.isoformat(),
            "end_date": end.isoformat() if end else None,
        },
    )


def remove_project(tx: Transaction, project_id: str) -> None:
    """The project, its activities' tags and the defaults that join activities to it."""
    for table, column in reversed(_PROJECT_ROWS):
        retire_rows(tx, table, f"{column} = :o", {"o": project_id})


def update_output(
    tx: Transaction,
    output_id: str,
    name: str,
    name_cy: str,
    type_ids: tuple[str, ...],
    old_type_ids: tuple[str, ...],
) -> None:
    if tx.session.connection().execute(
        text("SELECT name, name_cy FROM output_measure WHERE id = :i"), {"i": output_id}
    ).one() != (name, name_cy):
        _update(
            tx,
            "output_measure",
            output_id,
            {"name": name, "name_cy": name_cy, "search_key": name.casefold()},
        )
    for type_id in set(old_type_ids) - set(type_ids):
        retire_rows(
            tx, "output_type", "output_id = :o AND activity_type_id = :t",
            {"o": output_id, "t": type_id},
        )  # fmt: skip
    for type_id in sorted(set(type_ids) - set(old_type_ids)):
        insert_row(tx, "output_type", {"output_id": output_id, "activity_type_id": type_id})


def remove_output(tx: Transaction, output_id: str) -> None:
    """The output and the list of types whose form shows it; its amounts stay."""
    for table, column in reversed(_OUTPUT_ROWS):
        retire_rows(tx, table, f"{column} = :o", {"o": output_id})


def tagged_activities(db: Database, project_id: str) -> int:
    """How many activities (not deleted) the project holds: the removal asks with it."""
    with db.reading() as session:
        return int(
            session.connection()
            .execute(
                text(
                    "SELECT count(DISTINCT ap.activity_id) FROM activity_project ap"
                    " JOIN activity a ON a.id = ap.activity_id"
                    " WHERE ap.project_id = :p AND ap.deleted_at IS NULL"
                    " AND a.deleted_at IS NULL"
                ),
                {"p": project_id},
            )
            .scalar_one()
        )
