"""Consistent copies of the database file, made with SQLite's online backup API."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import threading
from datetime import UTC, datetime
from pathlib import Path


class Cancelled(Exception):
    """Long file work stopped because the app is closing."""


class Stopper:
    """Lets the app stop a long backup or check when it closes (they run on a worker)."""

    def __init__(self) -> None:
        self._stopped = threading.Event()
        self._connections: set[sqlite3.Connection] = set()
        self._lock = threading.Lock()

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()

    def stop(self) -> None:
        self._stopped.set()
        with self._lock:
            for conn in self._connections:
                conn.interrupt()  # ends a running statement from another thread

    def reset(self) -> None:
        self._stopped.clear()

    def watch(self, conn: sqlite3.Connection) -> None:
        with self._lock:
            self._connections.add(conn)
        if self.stopped:
            conn.interrupt()

    def forget(self, conn: sqlite3.Connection) -> None:
        with self._lock:
            self._connections.discard(conn)


STOPPER = Stopper()


def integrity_problems(path: Path, quick: bool = False) -> list[str]:
    """Problems SQLite reports for a file, opened read-only; empty when healthy."""
    pragma = "quick_check" if quick else "integrity_check"
    if STOPPER.stopped:
        raise Cancelled
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    STOPPER.watch(conn)
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.OperationalError as exc:
        if STOPPER.stopped:
            raise Cancelled from exc
        raise
    finally:
        STOPPER.forget(conn)
        conn.close()
    problems = [str(r[0]) for r in rows]
    return [] if problems == ["ok"] else problems


def copy_database(
    source: Path, target: Path, keep_existing: bool = False, quick: bool = False
) -> Path:
    """Copy a live database consistently, verify the copy, then move it into place atomically.

    The copy is made in a file of its own (owner-only, named uniquely, so two copies begun in
    the same second never share it) and removed if anything fails: it holds personal data.
    With ``keep_existing`` a file already at ``target`` is never replaced: the copy takes
    the next free name. ``quick`` verifies with SQLite's quick check (every page and row
    read, indexes not compared with their tables) rather than the full integrity check, for
    a copy kept just before a step the app can take back. Returns where it went."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _copy_into(source, tmp)
        problems = integrity_problems(tmp, quick=quick)
        if problems:
            raise sqlite3.DatabaseError("backup copy failed its integrity check: " + problems[0])
        with open(tmp, "rb") as fh:  # the copy, never the live file
            os.fsync(fh.fileno())
        return _move_into_place(tmp, target, keep_existing)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _copy_into(source: Path, tmp: Path) -> None:
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(tmp)

    def progress(_status: int, _remaining: int, _total: int) -> None:
        if STOPPER.stopped:
            raise Cancelled

    try:
        src.backup(dst, pages=4096, progress=progress)  # in steps, so it can stop
        # A backup is one self-contained file: no -wal beside it to lose.
        dst.execute("PRAGMA journal_mode = DELETE")
        dst.commit()
    finally:
        dst.close()
        src.close()


def _move_into_place(tmp: Path, target: Path, keep_existing: bool) -> Path:
    if not keep_existing:
        os.replace(tmp, target)
        return target
    for number in range(1, 1000):
        candidate = target if number == 1 else target.with_stem(f"{target.stem}-{number}")
        try:
            os.link(tmp, candidate)  # fails, rather than replaces, if the name is taken
        except FileExistsError:
            continue
        except OSError:  # a disk without hard links (FAT): the name check then the move
            if candidate.exists():
                continue
            os.replace(tmp, candidate)
        return candidate
    raise FileExistsError(target)


def timestamped_name(prefix: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"{prefix}-{stamp}.sqlite3"
