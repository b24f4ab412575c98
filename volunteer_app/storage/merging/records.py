"""The merges brought in (history, like the outbox), the group's identity across laptops,
and people who may be the same person typed on two laptops."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.engine import Connection

from volunteer_app.domain.merging.summary import MergeHistoryRow
from volunteer_app.storage.database import Database, Transaction
from volunteer_app.storage.types import timestamp_text


def is_empty(conn: Connection) -> bool:
    """Nothing set up yet: no name for the group, no types, activities or people."""
    for table in ("activity", "person", "activity_type"):
        if conn.exec_driver_sql(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
            return False
    named = conn.exec_driver_sql(
        "SELECT 1 FROM group_settings WHERE name <> '' OR deleted_at IS NOT NULL LIMIT 1"
    ).fetchone()
    return named is None


def drop_unshared_group(conn: Connection) -> None:
    """A new laptop takes the group from the file: the settings row it made for itself
    (never shared, nothing refers to it) goes."""
    conn.exec_driver_sql(
        "DELETE FROM field_stamp WHERE tbl = 'group_settings'"
        " AND row_id IN (SELECT id FROM group_settings)"
    )
    conn.exec_driver_sql("DELETE FROM group_settings")


def retire_other_groups(tx: Transaction, keep_group: str) -> None:
    """Joining two groups as one: every live settings row of another group gets a
    tombstone, a stamped change that the other laptops take in turn."""
    conn = tx.session.connection()
    rows = conn.exec_driver_sql(
        "SELECT id FROM group_settings WHERE group_id <> ? AND deleted_at IS NULL", (keep_group,)
    ).fetchall()
    now = timestamp_text(tx.now)
    for (row_id,) in rows:
        conn.exec_driver_sql(
            "UPDATE group_settings SET deleted_at = ?, updated_at = ?, hlc = ? WHERE id = ?",
            (now, now, tx.stamp(), row_id),
        )


def record_merge(tx: Transaction, details: Mapping[str, Any], conflicts: Sequence[Any]) -> str:
    record_id = uuid.uuid4().hex
    tx.session.connection().exec_driver_sql(
        "INSERT INTO merge_record (id, merged_at, from_site, from_laptop, file_name, sha256,"
        " counts_json, conflicts_json, backup_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            record_id,
            timestamp_text(tx.now),
            str(details["from_site"]),
            str(details["from_laptop"]),
            str(details["file_name"]),
            str(details["sha256"]),
            json.dumps(details["counts"], sort_keys=True),
            json.dumps([list(c) for c in conflicts]),
            str(details["backup_path"]),
        ),
    )
    return record_id


def merge_history(db: Database) -> list[MergeHistoryRow]:
    with db.reading() as session:
        rows = (
            session.connection()
            .exec_driver_sql(
                "SELECT id, merged_at, from_laptop, file_name, counts_json, conflicts_json,"
                " backup_path FROM merge_record ORDER BY merged_at DESC, id"
            )
            .fetchall()
        )
    return [
        MergeHistoryRow(
            record_id=str(r[0]),
            merged_at=str(r[1]),
            from_laptop=str(r[2]),
            file_name=str(r[3]),
            counts=json.loads(r[4]),
            conflicts=len(json.loads(r[5])),
            backup_path=str(r[6]),
        )
        for r in rows
    ]


def same_name_people(db: Database) -> list[list[tuple[uuid.UUID, str]]]:
    """Live people whose names fold to the same search key: perhaps one person typed on
    two laptops. Offered for merging, never merged here."""
    with db.reading() as session:
        rows = (
            session.connection()
            .exec_driver_sql(
                "SELECT search_key, id, display_name FROM person"
                " WHERE deleted_at IS NULL AND merged_into IS NULL AND search_key IN ("
                "  SELECT search_key FROM person WHERE deleted_at IS NULL AND merged_into IS NULL"
                "  GROUP BY search_key HAVING count(*) > 1)"
                " ORDER BY search_key, created_at, id"
            )
            .fetchall()
        )
    groups: dict[str, list[tuple[uuid.UUID, str]]] = {}
    for key, row_id, name in rows:
        groups.setdefault(str(key), []).append((uuid.UUID(hex=str(row_id)), str(name)))
    return list(groups.values())
