"""Lookups and bulk writes for importing activities."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from sqlalchemy import text

from volunteer_app.domain.validation import search_key
from volunteer_app.storage.bulk import insert_rows, stamp_text
from volunteer_app.storage.database import Database, Transaction

PROGRESS_STEP = 5_000


@dataclass
class ExistingActivity:
    id: uuid.UUID
    volunteers_count: int
    participants_count: int
    unnamed_minutes: int | None = None
    person_keys: set[str] = field(default_factory=set)


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


SavedKey = tuple[date, str, time | None, str]


def existing_activities(
    db: Database, first: date, last: date
) -> dict[SavedKey, list[ExistingActivity]]:
    """Saved activities between two dates by (date, activity key, start time, title key),
    oldest first, with the names already on them: what an import must not add a second
    time."""
    found: dict[SavedKey, list[ExistingActivity]] = {}
    by_id: dict[str, ExistingActivity] = {}
    span = {"first": first.isoformat(), "last": last.isoformat()}
    with db.reading() as session:
        conn = session.connection()
        for id_hex, day, key, start, volunteers, participants, unnamed, title in conn.execute(
            text(
                "SELECT a.id, a.activity_date, t.search_key, a.start_time, a.volunteers_count,"
                " a.participants_count, a.unnamed_minutes, a.title FROM activity a"
                " JOIN activity_type t ON t.id = a.activity_type_id"
                " WHERE a.deleted_at IS NULL AND a.activity_date BETWEEN :first AND :last"
                " ORDER BY a.created_at"
            ),
            span,
        ):
            start_time = time.fromisoformat(start) if start else None
            saved = ExistingActivity(uuid.UUID(id_hex), volunteers, participants, unnamed)
            title_key = search_key(title)
            found.setdefault((date.fromisoformat(day), key, start_time, title_key), []).append(
                saved
            )
            by_id[id_hex] = saved
        for activity_id, key in conn.execute(
            text(
                "SELECT p.activity_id, per.search_key FROM participation p"
                " JOIN person per ON per.id = p.person_id"
                " WHERE p.deleted_at IS NULL AND p.activity_date BETWEEN :first AND :last"
            ),
            span,
        ):
            if activity_id in by_id:
                by_id[activity_id].person_keys.add(key)
    return found


def write_import(
    tx: Transaction,
    tables: Mapping[str, Sequence[dict[str, Any]]],
    import_id: uuid.UUID,
    after_batch: Callable[[int], None] = lambda done: None,
) -> None:
    """Insert new types, people, activities and participations, in that order, each marked
    as the import's, saying how many rows are in after each batch (the callback may raise
    to roll everything back). The rows hold SQLite's forms already (import_tables)."""
    done = 0
    # One change, one stamp: every row of the import was written by the same action.
    mark, now, change = import_id.hex, stamp_text(tx.now), tx.stamp()
    for table in ("activity_type", "person", "activity", "participation"):
        rows = tables.get(table, ())
        for row in rows:
            row["import_id"] = mark
            row["created_at"] = now
            row["updated_at"] = now
            row["deleted_at"] = None
            row["hlc"] = change
        for start in range(0, len(rows), PROGRESS_STEP):
            batch = rows[start : start + PROGRESS_STEP]
            insert_rows(tx, table, batch, ready=True)
            done += len(batch)
            after_batch(done)
