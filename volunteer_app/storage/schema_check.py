"""Trust nothing in a file to restore or migrate: its schema must be the app's own for its
version, and its rows must pass that schema's constraints.

The app's schema for a version is made the only way the app makes it, by running the
migrations into an empty in-memory database. A file from elsewhere (or edited) may carry a
trigger that fires on the next write, a view, an extra table, a missing index or a
constraint taken away so that bad rows could be put in; each is named, and the file
refused. CHECK constraints are evaluated again row by row (SQLite's integrity check leaves
them out), and foreign keys are checked.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine

from volunteer_app.storage import migrations

# Tables SQLite itself may add (ANALYZE): their rows are statistics, never run as code.
SQLITE_OWN = frozenset({"sqlite_stat1", "sqlite_stat4"})
_SCHEMA = (
    "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%'"
)
MAX_NAMED = 10


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").split())


@functools.cache
def expected_schema(version: int) -> dict[tuple[str, str], str]:
    """(type, name) -> the CREATE statement the app's migrations make for this version."""
    engine = create_engine("sqlite://")
    try:
        with engine.begin() as conn:
            migrations.migrate(conn, to_version=version)
            rows = conn.exec_driver_sql(_SCHEMA).all()
    finally:
        engine.dispose()
    return {(str(r[0]), str(r[1])): _normal(r[3]) for r in rows}


def schema_differences(conn: sqlite3.Connection, version: int) -> list[str]:
    """What differs between the file's schema and the app's own for that version."""
    if not 0 < version <= migrations.LATEST_VERSION:
        return [f"Schema version {version} is not one this app made."]
    expected = expected_schema(version)
    found = {
        (str(r[0]), str(r[1])): _normal(r[3])
        for r in conn.execute(_SCHEMA)
        if str(r[1]) not in SQLITE_OWN
    }
    problems = []
    for kind, name in sorted(found.keys() - expected.keys()):
        problems.append(f"An extra {kind} the app does not make: {name}.")
    for kind, name in sorted(expected.keys() - found.keys()):
        problems.append(f"The {kind} {name} is missing.")
    for key in sorted(found.keys() & expected.keys()):
        if found[key] != expected[key]:
            problems.append(f"The {key[0]} {key[1]} is not defined as this app defines it.")
    return problems


def _checks(create_table: str) -> list[str]:
    """The expressions of every CHECK (...) in a CREATE TABLE statement."""
    found = []
    for match in re.finditer(r"\bCHECK\s*\(", create_table, flags=re.IGNORECASE):
        depth, quoted, start = 1, False, match.end()
        for pos in range(start, len(create_table)):
            char = create_table[pos]
            if char == "'":
                quoted = not quoted
            elif not quoted and char == "(":
                depth += 1
            elif not quoted and char == ")":
                depth -= 1
                if depth == 0:
                    found.append(create_table[start:pos])
                    break
    return found


def constraint_problems(conn: sqlite3.Connection, version: int) -> list[str]:
    """Rows breaking the app's CHECK constraints, and records pointing at nothing."""
    problems = []
    for (kind, table), sql in sorted(expected_schema(version).items()):
        if kind != "table":
            continue
        for expression in _checks(sql):  # the app's own schema text, never the file's
            bad = conn.execute(
                f'SELECT count(*) FROM "{table}" WHERE NOT ({expression})'
            ).fetchone()[0]
            if bad:
                problems.append(f"{bad} row(s) of {table} break the rule CHECK ({expression}).")
    dangling = conn.execute("PRAGMA foreign_key_check").fetchmany(MAX_NAMED)
    if dangling:
        tables = sorted({str(row[0]) for row in dangling})
        problems.append(f"Records in {', '.join(tables)} point at records that do not exist.")
    return problems


def untrusted_file_problems(path: Path, version: int) -> list[str]:
    """Schema first (nothing is evaluated in a file whose schema is not the app's), then
    constraints. Read-only throughout."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        problems = schema_differences(conn, version)
        if problems:
            return problems
        return constraint_problems(conn, version)
    finally:
        conn.close()


def stored_version(path: Path) -> int | None:
    """The file's schema version, read through SQLite; None if it is no database yet."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None
