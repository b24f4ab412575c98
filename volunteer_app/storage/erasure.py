"""Erasure that reaches the disk: the erased words leave the data file, its WAL and the
backups the app keeps, not only the rows the app shows.

``secure_delete`` (set on every connection) zeroes what a change frees; the old copies of
the changed pages still sit in the WAL until a checkpoint copies the new ones into the file
and the WAL is truncated to nothing.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import uuid
from datetime import datetime
from pathlib import Path

from volunteer_app.storage.database import Database
from volunteer_app.storage.types import timestamp_text

log = logging.getLogger(__name__)

ERASED_NAME = "—"

# The same fields erase_person clears, for a backup file read without the ORM; a person's
# columns are the same in every released schema.
_SCRUB_PERSON = f"""
UPDATE person SET display_name = '{ERASED_NAME}', search_key = '', contact = '', notes = '',
    age_band = 'not_known', welsh_speaker = 'not_known', consent_contact = 0,
    consent_photos = 0, deleted_at = coalesce(deleted_at, :now)
WHERE id IN (SELECT value FROM json_each(:ids))
"""
# The activities' kept figures, as recount() keeps them (from schema version 3).
_RECOUNT_NAMED = """
UPDATE activity SET named_count = (
    SELECT count(*) FROM participation p JOIN person per ON per.id = p.person_id
    WHERE p.activity_id = activity.id AND p.deleted_at IS NULL AND per.deleted_at IS NULL)
WHERE id IN (SELECT activity_id FROM participation
             WHERE person_id IN (SELECT value FROM json_each(:ids)))
"""
_SWEEP_ACTIVITIES = """
UPDATE activity SET title = '', location = '', notes = '', search_text = ''
WHERE deleted_at IS NOT NULL AND (title != '' OR location != '' OR notes != '')
"""
_ERASED = f"SELECT id FROM person WHERE deleted_at IS NOT NULL AND display_name = '{ERASED_NAME}'"


def forget_on_disk(db: Database) -> None:
    """Copy the WAL into the file and truncate it, so no older page images remain."""
    if db.read_only:
        return
    with db.engine.connect() as conn:
        busy, _log_pages, _moved = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    if busy:  # another reader holds an old snapshot: the next checkpoint finishes the job
        log.warning("checkpoint after an erase could not finish at once")


def merged_into(db: Database, person_ids: list[uuid.UUID]) -> list[uuid.UUID]:
    """Every record merged into these people, at any depth (a merged duplicate keeps its
    own row, pointing at the kept one)."""
    found: list[uuid.UUID] = []
    frontier = [p.hex for p in person_ids]
    with db.engine.connect() as conn:
        while frontier:
            marks = ",".join("?" * len(frontier))
            rows = conn.exec_driver_sql(
                f"SELECT id FROM person WHERE merged_into IN ({marks})", tuple(frontier)
            ).all()
            frontier = [str(r[0]) for r in rows if uuid.UUID(str(r[0])) not in found]
            found.extend(uuid.UUID(f) for f in frontier)
    return found


def scrub_copy(path: Path, person_ids: list[uuid.UUID], now: datetime) -> bool:
    """Erase these people's details inside a copy of the data (a backup); False if the
    file could not be changed."""
    ids = "[" + ",".join(f'"{p.hex}"' for p in person_ids) + "]"
    try:
        conn = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(_SCRUB_PERSON, {"ids": ids, "now": timestamp_text(now)})
        columns = {str(r[1]) for r in conn.execute("PRAGMA table_info(activity)")}
        if "named_count" in columns:
            conn.execute(_RECOUNT_NAMED, {"ids": ids})
        if "search_text" in columns:  # and deleted activities' words, as the data now has
            conn.execute(_SWEEP_ACTIVITIES)
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        return False
    finally:
        conn.close()
    return True


def erased_people(path: Path) -> list[uuid.UUID]:
    """Everyone erased in a data file (read-only; empty if it cannot be read), so that a
    restore of an older backup does not bring them back."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return [uuid.UUID(str(r[0])) for r in conn.execute(_ERASED)]
        finally:
            conn.close()
    except (sqlite3.Error, ValueError):
        return []


_SWEEP_DONE = "erasure_sweep_v1"
_MERGED_INTO_ERASED = f"""
WITH RECURSIVE gone(id) AS (
    SELECT id FROM person WHERE deleted_at IS NOT NULL AND display_name = '{ERASED_NAME}'
    UNION SELECT p.id FROM person p JOIN gone ON p.merged_into = gone.id
)
SELECT id FROM person WHERE id IN (SELECT id FROM gone) AND deleted_at IS NULL
"""


def sweep_once(db: Database) -> list[uuid.UUID] | None:
    """Once per data file, what earlier versions left behind: deleted activities' words,
    and the records merged into someone erased (their details stayed, hidden). Returns
    the people erased now, so the kept backups can be cleaned too; None if already done."""
    if db.read_only:
        return None
    with db.transaction() as tx:
        conn = tx.session.connection()
        done = conn.exec_driver_sql("SELECT 1 FROM meta WHERE key = ?", (_SWEEP_DONE,)).first()
        if done is not None:
            return None
        conn.exec_driver_sql(_SWEEP_ACTIVITIES)
        people = [uuid.UUID(str(r[0])) for r in conn.exec_driver_sql(_MERGED_INTO_ERASED)]
        if people:
            ids = "[" + ",".join(f'"{p.hex}"' for p in people) + "]"
            conn.exec_driver_sql(_SCRUB_PERSON, {"ids": ids, "now": timestamp_text(tx.now)})
        conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES (?, '1')", (_SWEEP_DONE,))
    forget_on_disk(db)
    return people
