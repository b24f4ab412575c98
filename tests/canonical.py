"""A canonical dump of a data file: every table's rows, sorted, read through SQLite alone."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

# What stays on one laptop: its identity and clock, its outbox, imports and merges.
LOCAL_TABLES = frozenset(
    {"meta", "schema_info", "export_record", "import_record", "merge_record", "sqlite_stat1"}
)


def canonical_dump(
    database: Path, leave_out: Iterable[str] = ()
) -> dict[str, list[tuple[object, ...]]]:
    skip = set(leave_out)
    conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if r[0] not in skip
        ]
        return {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
    finally:
        conn.close()


def shared_dump(database: Path) -> dict[str, list[tuple[object, ...]]]:
    """What every laptop of a group must hold alike once all files are exchanged."""
    return canonical_dump(database, LOCAL_TABLES)


def records_dump(database: Path) -> dict[str, list[tuple[object, ...]]]:
    """What the group's records say: every live row's values, without the bookkeeping every
    change writes (when, its clock stamp, the per-field stamps) or the rows retired."""
    conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        found = {}
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            if table in LOCAL_TABLES or table == "field_stamp":
                continue
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            kept = [i for i, n in enumerate(names) if n not in ("updated_at", "hlc")]
            live = [
                tuple(row[i] for i in kept)
                for row in cursor
                if "deleted_at" not in names or row[names.index("deleted_at")] is None
            ]
            found[table] = sorted(live, key=repr)
        return found
    finally:
        conn.close()
