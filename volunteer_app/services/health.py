"""Health of the database file: readable, a database of this app, a schema we understand."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from volunteer_app.storage.backup import integrity_problems
from volunteer_app.storage.database import FileState, inspect_file
from volunteer_app.storage.migrations import LATEST_VERSION
from volunteer_app.storage.schema_check import untrusted_file_problems

REQUIRED_TABLES = (
    "schema_info",
    "meta",
    "group_settings",
    "person",
    "activity_type",
    "series",
    "activity",
    "participation",
)


@dataclass(frozen=True)
class HealthReport:
    path: Path
    exists: bool
    schema_version: int
    problems: tuple[str, ...]
    schema_problems: tuple[str, ...] = ()  # not the app's own schema, or its rules broken

    @property
    def healthy(self) -> bool:
        return not self.problems


def check_database(path: Path) -> HealthReport:
    """Full check without changing the file (read-only connection throughout)."""
    info = inspect_file(path)
    if info.state in (FileState.MISSING, FileState.EMPTY):
        return HealthReport(path, info.state is FileState.EMPTY, 0, ())
    if info.state is FileState.NOT_A_DATABASE:
        return HealthReport(path, True, 0, ("The file is not a SQLite database.",))
    problems: list[str] = []
    if info.version > LATEST_VERSION:
        problems.append(
            f"The schema is version {info.version}, newer than this app understands "
            f"({LATEST_VERSION}); update the app."
        )
    try:
        found = [line for p in integrity_problems(path) for line in p.splitlines() if line]
        if found:
            problems.append(f"Integrity check found {len(found)} problem(s); the first: {found[0]}")
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            fk = conn.execute("PRAGMA foreign_key_check").fetchmany(5)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return HealthReport(path, True, info.version, (*problems, f"Unreadable: {exc}"))
    if 0 < info.version <= LATEST_VERSION:
        missing = [t for t in REQUIRED_TABLES if t not in tables]
        if missing:
            problems.append("Missing tables: " + ", ".join(missing))
    elif info.version == 0 and tables:
        problems.append("The file is a SQLite database, but not one made by this app.")
    if fk:
        problems.append(f"{len(fk)} or more records point at records that do not exist.")
    untrusted: list[str] = []
    if not problems and 0 < info.version <= LATEST_VERSION:
        try:
            untrusted = untrusted_file_problems(path, info.version)
        except sqlite3.DatabaseError as exc:
            untrusted = [f"Unreadable: {exc}"]
    return HealthReport(
        path, True, info.version, (*problems, *untrusted), schema_problems=tuple(untrusted)
    )
