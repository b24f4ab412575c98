"""Editing and removing a project or an output, and putting either back exactly (undo).

A removal is a tombstone (``deleted_at``) on the project or output and on what hangs from it:
a project's activity tags and defaults, an output's list of activity types. An output's
recorded amounts stay in the file (a later laptop merging still has them), but reports
count only the outputs that are there.

Before any change the rows it touches are read whole, so that undo can put their values
back and retire the rows the change made. Undo is itself a new edit, stamped with this
moment's clock: a laptop that already received the change takes the undo too at the next
exchange (putting the old stamps back would lose to that laptop's newer copy).
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


# Written by every change itself, never put back.
_BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "hlc"})


def _snapshot(conn: Any, owner_id: str, tables: tuple[tuple[str, str], ...]) -> Snapshot:
    taken = []
    for table, column in tables:
        result = conn.execute(text(f"SELECT * FROM {table} WHERE {column} = :o"), {"o": owner_id})
        taken.append((table, column, tuple(tuple(row._mapping.items()) for row in result)))
    return Snapshot(owner_id, tuple(taken))


def project_snapshot(tx: Transaction, project_id: str) -> Snapshot:
    """Read in the change's own transaction, so undo holds exactly what it replaced."""
    return _snapshot(tx.session.connection(), project_id, _PROJECT_ROWS)


def output_snapshot(tx: Transaction, output_id: str) -> Snapshot:
    return _snapshot(tx.session.connection(), output_id, _OUTPUT_ROWS)


def restore(tx: Transaction, before: Snapshot) -> None:
    """Put every row's values back as ``before`` holds them and retire the rows made since
    (new tags, new types shown), as one new edit: only the fields that differ are written."""
    conn = tx.session.connection()
    now, stamp = timestamp_text(tx.now), tx.stamp()
    for table, column, rows in before.tables:
        then = {str(dict(row)["id"]): dict(row) for row in rows}
        current = conn.execute(
            text(f"SELECT * FROM {table} WHERE {column} = :o"), {"o": before.owner_id}
        ).all()
        for row in current:
            values = dict(row._mapping)
            old = then.get(str(values["id"]))
            if old is None:  # made by the change
                wanted = {"deleted_at": values["deleted_at"] or now}
            else:
                wanted = {c: v for c, v in old.items() if c not in _BOOKKEEPING}
            moved = {c: v for c, v in wanted.items() if values[c] != v}
            if moved:
                sets = ", ".join(f"{c} = :{c}" for c in [*moved, "updated_at", "hlc"])
                conn.execute(
                    text(f"UPDATE {table} SET {sets} WHERE id = :id"),
                    {**moved, "updated_at": now, "hlc": stamp, "id": values["id"]},
                )


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


def _set_types(
    tx: Transaction,
    listed: tuple[str, str],
    owner_id: str,
    type_ids: tuple[str, ...],
    old_type_ids: tuple[str, ...],
) -> None:
    """The activity types listed under an owner from now on: (table, owner column) a fixed
    pair; those no longer ticked retired, those newly ticked added."""
    table, column = listed
    for type_id in set(old_type_ids) - set(type_ids):
        retire_rows(
            tx, table, f"{column} = :o AND activity_type_id = :t", {"o": owner_id, "t": type_id}
        )
    for type_id in sorted(set(type_ids) - set(old_type_ids)):
        insert_row(tx, table, {column: owner_id, "activity_type_id": type_id})


def set_project_types(
    tx: Transaction, project_id: str, type_ids: tuple[str, ...], old_type_ids: tuple[str, ...]
) -> None:
    """The activity types whose activities join the project when logged, from now on. A
    type may join several projects; the others' lists are left as they are."""
    _set_types(tx, ("project_default", "project_id"), project_id, type_ids, old_type_ids)


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
    _set_types(tx, ("output_type", "output_id"), output_id, type_ids, old_type_ids)


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
