"""Lookups and bulk writes for importing activities."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import text

from volunteer_app.storage.bulk import insert_rows
from volunteer_app.storage.database import Database, Transaction


def activity_types_by_key(db: Database) -> dict[str, tuple[uuid.UUID, str]]:
    """search key -> (id, standard code) of the group's activity types."""
    with db.reading() as session:
        rows = (
            session.connection()
            .execute(
                text(
                    "SELECT search_key, id, code FROM activity_type WHERE deleted_at IS NULL "
                    "ORDER BY created_at"
                )
            )
            .all()
        )
    found: dict[str, tuple[uuid.UUID, str]] = {}
    for key, id_hex, code in rows:
        found.setdefault(key, (uuid.UUID(id_hex), code))
    return found


def people_by_key(db: Database) -> dict[str, uuid.UUID]:
    """search key -> id of named people (the oldest record when two share a name)."""
    with db.reading() as session:
        rows = (
            session.connection()
            .execute(
                text(
                    "SELECT search_key, id FROM person"
                    " WHERE deleted_at IS NULL AND merged_into IS NULL ORDER BY created_at"
                )
            )
            .all()
        )
    found: dict[str, uuid.UUID] = {}
    for key, id_hex in rows:
        found.setdefault(key, uuid.UUID(id_hex))
    return found


def write_import(tx: Transaction, tables: Mapping[str, Sequence[dict[str, Any]]]) -> None:
    """Insert new types, people, activities and participations, in that order."""
    for table in ("activity_type", "person", "activity", "participation"):
        rows = tables.get(table, ())
        for row in rows:
            row.setdefault("created_at", tx.now)
            row.setdefault("updated_at", tx.now)
            row.setdefault("deleted_at", None)
            row.setdefault("hlc", tx.stamp())
        insert_rows(tx, table, rows)
