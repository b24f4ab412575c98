"""Conflicts to look at: records a merge found edited after a deletion on another laptop.

Each merge record keeps its list; a conflict is shown while its record is still deleted
and until the coordinator dismisses it (the merge record's list loses it: merges stay on
their laptop, so nothing is shared)."""

from __future__ import annotations

import json

from sqlalchemy.engine import Connection

from volunteer_app.domain.merging.summary import ConflictRow
from volunteer_app.storage.database import Database, Transaction
from volunteer_app.storage.merging.tables import BY_NAME


def _words(conn: Connection, table: str, row_id: str) -> tuple[str, str] | None:
    """(label, day) of a record still deleted; None once it is live again or gone."""
    if table == "activity":
        row = conn.exec_driver_sql(
            "SELECT t.label, a.activity_date FROM activity a"
            " LEFT JOIN activity_type t ON t.id = a.activity_type_id"
            " WHERE a.id = ? AND a.deleted_at IS NOT NULL",
            (row_id,),
        ).fetchone()
        return None if row is None else (str(row[0] or ""), str(row[1] or ""))
    if table == "person":
        row = conn.exec_driver_sql(
            "SELECT display_name FROM person WHERE id = ? AND deleted_at IS NOT NULL", (row_id,)
        ).fetchone()
        return None if row is None else (str(row[0] or ""), "")
    if table not in BY_NAME:
        return None
    row = conn.exec_driver_sql(
        f"SELECT 1 FROM {table} WHERE id = ? AND deleted_at IS NOT NULL", (row_id,)
    ).fetchone()
    return None if row is None else ("", "")


def open_conflicts(db: Database) -> list[ConflictRow]:
    """Every conflict still to look at, newest merge first."""
    found = []
    with db.reading() as session:
        conn = session.connection()
        merges = conn.exec_driver_sql(
            "SELECT id, merged_at, from_laptop, conflicts_json FROM merge_record"
            " WHERE conflicts_json <> '[]' ORDER BY merged_at DESC, id"
        ).fetchall()
        for record_id, merged_at, laptop, listed in merges:
            for table, row_id in json.loads(listed):
                words = _words(conn, str(table), str(row_id))
                if words is not None:
                    found.append(
                        ConflictRow(
                            str(record_id), str(table), str(row_id), words[0], words[1],
                            str(laptop), str(merged_at),
                        )
                    )  # fmt: skip
    return found


def dismiss(tx: Transaction, record_id: str, table: str, row_id: str) -> None:
    conn = tx.session.connection()
    row = conn.exec_driver_sql(
        "SELECT conflicts_json FROM merge_record WHERE id = ?", (record_id,)
    ).fetchone()
    if row is None:
        return
    kept = [c for c in json.loads(row[0]) if c != [table, row_id]]
    conn.exec_driver_sql(
        "UPDATE merge_record SET conflicts_json = ? WHERE id = ?", (json.dumps(kept), record_id)
    )
