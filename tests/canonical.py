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
