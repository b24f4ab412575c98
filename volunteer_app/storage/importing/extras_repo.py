"""What an import brings besides activities and attendances: new places (with their type),
new projects and outputs, and its activities' pulses, output amounts and project tags.

Places, projects and outputs it created carry its id, so that taking the import back takes
them too (unless something else uses them by then); the pulses, amounts and tags belong to
its activities and leave the figures with them."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text

from volunteer_app.domain.pulse import PulseTally
from volunteer_app.storage.community import pulse_repo
from volunteer_app.storage.database import Database, Transaction
from volunteer_app.storage.types import timestamp_text


@dataclass
class ExtrasRows:
    """The rows to insert, ids as hex and dates as text (SQLite's forms)."""

    places: list[tuple[str, str]] = field(default_factory=list)  # name, place type
    projects: list[dict[str, Any]] = field(default_factory=list)  # id, name, start_date
    outputs: list[dict[str, Any]] = field(default_factory=list)  # id, name
    pulses: list[tuple[uuid.UUID, PulseTally]] = field(default_factory=list)
    amounts: list[tuple[str, str, int]] = field(default_factory=list)  # activity, output, n
    tags: list[tuple[str, str]] = field(default_factory=list)  # activity, project

    @property
    def count(self) -> int:
        return sum(
            len(x)
            for x in (self.places, self.projects, self.outputs, self.pulses, self.amounts)
        ) + len(self.tags)


def place_types(db: Database) -> dict[str, str]:
    """Each recorded place's type, by its name."""
    with db.reading() as session:
        rows = session.connection().execute(text("SELECT name, place_type FROM place"))
        return {str(n): str(t) for n, t in rows}


def names_by_key(db: Database, table: str) -> dict[str, str]:
    """The live projects' (or outputs') ids by their name folded."""
    assert table in ("project", "output_measure")  # a fixed name, never user text
    with db.reading() as session:
        rows = session.connection().execute(
            text(f"SELECT name, id FROM {table} WHERE deleted_at IS NULL ORDER BY created_at")
        )
        found: dict[str, str] = {}
        for name, row_id in rows:
            found.setdefault(str(name).casefold(), str(row_id))
        return found


def write_extras(tx: Transaction, rows: ExtrasRows, import_id: uuid.UUID) -> None:
    conn = tx.session.connection()
    now, change, mark = timestamp_text(tx.now), tx.stamp(), import_id.hex
    synced = {"created_at": now, "updated_at": now, "hlc": change}
    if rows.places:
        conn.execute(
            text(
                "INSERT INTO place (name, place_type, updated_at, import_id)"
                " VALUES (:name, :type, :now, :mark)"
            ),
            [{"name": n, "type": t, "now": now, "mark": mark} for n, t in rows.places],
        )
    _insert(tx, "project", [{**r, **synced, "import_id": mark} for r in rows.projects])
    _insert(tx, "output_measure", [{**r, **synced, "import_id": mark} for r in rows.outputs])
    _insert(
        tx,
        "activity_output",
        [
            {"id": uuid.uuid4().hex, "activity_id": a, "output_id": o, "amount": n, **synced}
            for a, o, n in rows.amounts
        ],
    )
    _insert(
        tx,
        "activity_project",
        [
            {"id": uuid.uuid4().hex, "activity_id": a, "project_id": p, **synced}
            for a, p in rows.tags
        ],
    )
    pulse_repo.insert_tallies(tx, rows.pulses)


def _insert(tx: Transaction, table: str, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    tx.session.connection().execute(
        text(
            f"INSERT INTO {table} ({', '.join(columns)})"
            f" VALUES ({', '.join(':' + c for c in columns)})"
        ),
        list(rows),
    )


_LIVE_USE = {
    "project": "SELECT 1 FROM activity_project ap JOIN activity a ON a.id = ap.activity_id"
    " WHERE ap.project_id = project.id AND ap.deleted_at IS NULL AND a.deleted_at IS NULL",
    "output_measure": "SELECT 1 FROM activity_output ao JOIN activity a ON a.id = ao.activity_id"
    " WHERE ao.output_id = output_measure.id AND ao.deleted_at IS NULL"
    " AND a.deleted_at IS NULL",
}


_REMOVED_AT = text("SELECT deleted_at FROM import_record WHERE id = :id")


def remove_extras(tx: Transaction, import_id: uuid.UUID) -> list[tuple[str, str]]:
    """After the import's activities are gone: its projects and outputs no live activity
    uses get a tombstone stamped as the import's removal, and its places no live activity
    is held at leave the file (their names may name someone). Returns those places (name,
    type), kept in memory for Undo only."""
    conn = tx.session.connection()
    at = conn.execute(_REMOVED_AT, {"id": import_id.hex}).scalar_one()
    params = {"id": import_id.hex, "at": at, "now": timestamp_text(tx.now), "hlc": tx.stamp()}
    for table, used in _LIVE_USE.items():
        conn.execute(
            text(
                f"UPDATE {table} SET deleted_at = :at, updated_at = :now, hlc = :hlc"
                f" WHERE import_id = :id AND deleted_at IS NULL AND NOT EXISTS ({used})"
            ),
            params,
        )
    unused = (
        "import_id = :id AND NOT EXISTS (SELECT 1 FROM activity a"
        " WHERE a.location = place.name AND a.deleted_at IS NULL)"
    )
    places = [
        (str(n), str(t))
        for n, t in conn.execute(text(f"SELECT name, place_type FROM place WHERE {unused}"), params)
    ]
    conn.execute(text(f"DELETE FROM place WHERE {unused}"), params)
    return places


def restore_extras(
    tx: Transaction, import_id: uuid.UUID, places: Sequence[tuple[str, str]]
) -> None:
    """Bring back what ``remove_extras`` took (before the import's record is restored)."""
    conn = tx.session.connection()
    at = conn.execute(_REMOVED_AT, {"id": import_id.hex}).scalar_one_or_none()
    if at is None:
        return
    now = timestamp_text(tx.now)
    params = {"id": import_id.hex, "at": at, "now": now, "hlc": tx.stamp()}
    for table in _LIVE_USE:
        conn.execute(
            text(
                f"UPDATE {table} SET deleted_at = NULL, updated_at = :now, hlc = :hlc"
                " WHERE import_id = :id AND deleted_at = :at"
            ),
            params,
        )
    if places:
        conn.execute(
            text(
                "INSERT INTO place (name, place_type, updated_at, import_id)"
                " VALUES (:name, :type, :now, :mark) ON CONFLICT(name) DO NOTHING"
            ),
            [{"name": n, "type": t, "now": now, "mark": import_id.hex} for n, t in places],
        )
