"""Consistent copies of the database file, made with SQLite's online backup API."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def integrity_problems(path: Path, quick: bool = False) -> list[str]:
    """Problems SQLite reports for a file, opened read-only; empty when healthy."""
    pragma = "quick_check" if quick else "integrity_check"
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    finally:
        conn.close()
    problems = [str(r[0]) for r in rows]
    return [] if problems == ["ok"] else problems


def copy_database(source: Path, target: Path) -> Path:
    """Copy a live database consistently, verify the copy, then move it into place atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(tmp)
    try:
        src.backup(dst)
        # A backup is one self-contained file: no -wal beside it to lose.
        dst.execute("PRAGMA journal_mode = DELETE")
        dst.commit()
    finally:
        dst.close()
        src.close()
    problems = integrity_problems(tmp)
    if problems:
        tmp.unlink()
        raise sqlite3.DatabaseError("backup copy failed its integrity check: " + problems[0])
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    return target


def timestamped_name(prefix: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"{prefix}-{stamp}.sqlite3"
