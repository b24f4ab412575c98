"""People merged on one laptop are merged on the other: attendance the other laptop logged
for the merged-away record (before it heard of the merge) follows it to the kept one, as
merge_people moves it, or goes where the kept person already has a line at that activity."""

from __future__ import annotations

from sqlalchemy.engine import Connection

from volunteer_app.storage.database import Transaction
from volunteer_app.storage.types import timestamp_text

_STRAYS = """
SELECT p.id, p.activity_id, per.merged_into FROM person per
JOIN participation p ON p.person_id = per.id
WHERE per.merged_into IS NOT NULL AND per.deleted_at IS NULL AND p.deleted_at IS NULL
ORDER BY p.id
"""
MAX_DEPTH = 20  # a chain of merges longer than this is left as it is


def _kept(conn: Connection, person_id: str) -> str:
    for _ in range(MAX_DEPTH):
        row = conn.exec_driver_sql(
            "SELECT merged_into FROM person WHERE id = ?", (person_id,)
        ).fetchone()
        if row is None or row[0] is None:
            return person_id
        person_id = str(row[0])
    return person_id


def follow_merged_people(tx: Transaction) -> set[str]:
    """Move or drop live attendance of merged-away people; the activities touched."""
    conn = tx.session.connection()
    strays = conn.exec_driver_sql(_STRAYS).fetchall()
    touched: set[str] = set()
    now = timestamp_text(tx.now)
    for part_id, activity_id, merged_into in strays:
        kept = _kept(conn, str(merged_into))
        there = conn.exec_driver_sql(
            "SELECT 1 FROM participation WHERE activity_id = ? AND person_id = ?"
            " AND deleted_at IS NULL",
            (activity_id, kept),
        ).fetchone()
        if there:  # the kept person's own line stays, as merge_people does
            conn.exec_driver_sql(
                "UPDATE participation SET deleted_at = ?, updated_at = ?, hlc = ? WHERE id = ?",
                (now, now, tx.stamp(), part_id),
            )
        else:
            conn.exec_driver_sql(
                "UPDATE participation SET person_id = ?, updated_at = ?, hlc = ? WHERE id = ?",
                (kept, now, tx.stamp(), part_id),
            )
        touched.add(str(activity_id))
    return touched
