"""The database: engine and pragmas, opening with migrations, transactions, known errors."""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from types import FrameType
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from volunteer_app.domain.errors import StorageError
from volunteer_app.domain.hlc import HlcStamp, next_stamp
from volunteer_app.storage import migrations
from volunteer_app.storage.backup import copy_database, integrity_problems, timestamped_name
from volunteer_app.storage.types import utc_now

log = logging.getLogger(__name__)

# The engine's own failures, for callers above storage that must catch them (a copy or a
# restore) without importing the engine: a second engine adds its types here.
ENGINE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
# Every failure the engine can raise, misuse included (the widest net, for last resorts).
ALL_ENGINE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,)

BUSY_TIMEOUT_MS = 5000


class FileState(Enum):
    MISSING = "missing"
    EMPTY = "empty"
    SQLITE = "sqlite"
    NOT_A_DATABASE = "not_a_database"


@dataclass(frozen=True)
class FileInfo:
    state: FileState
    version: int = 0


def inspect_file(path: Path) -> FileInfo:
    """Look at a database file without changing a byte of it.

    Only SQLite itself touches the file: a plain open() and close() of a file this process
    also holds through SQLite drops every POSIX lock the process has on it, and another
    program may then delete the WAL under our connections (SQLite's "How To Corrupt",
    section 2.2). SQLite keeps such descriptors open until its own locks are released.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return FileInfo(FileState.MISSING)
    if size == 0:
        return FileInfo(FileState.EMPTY)
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            # The header is checked by SQLite on the first read: a foreign file fails here.
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return FileInfo(FileState.NOT_A_DATABASE)
    return FileInfo(FileState.SQLITE, version)


# SQLite's primary result codes (the low byte of the extended code) that a user can act on.
_KNOWN_CODES: dict[int, tuple[str, str]] = {
    5: ("db.locked", "The database is busy in another program."),  # SQLITE_BUSY
    6: ("db.locked", "The database is busy in another program."),  # SQLITE_LOCKED
    8: ("db.read_only", "The data folder cannot be written to."),  # SQLITE_READONLY
    10: ("db.io_error", "The disk could not be read or written."),  # SQLITE_IOERR
    11: ("db.damaged", "The database file is damaged."),  # SQLITE_CORRUPT
    13: ("db.disk_full", "The disk is full."),  # SQLITE_FULL
    14: ("db.cannot_open", "The database file cannot be opened."),  # SQLITE_CANTOPEN
    26: ("db.damaged", "The database file is damaged."),  # SQLITE_NOTADB
}


def storage_error_from(exc: BaseException) -> StorageError | None:
    """Map SQLite's known failures to errors the user can act on; None for bugs.

    Classified by SQLite's result code, so the wording of SQLite's messages does not matter.
    """
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if not isinstance(code, int) or (code & 0xFF) not in _KNOWN_CODES:
        return None
    name = str(getattr(orig, "sqlite_errorname", code))
    error_code, message = _KNOWN_CODES[code & 0xFF]
    return StorageError(error_code, message, detail=name)


_LIBRARY_MODULES = ("sqlalchemy", "sqlmodel", "sqlite3", "contextlib")


def _where(exc: BaseException) -> str:
    """The code whose statement failed: the innermost frame outside the database libraries
    and this module, or else the caller that opened the transaction."""

    def place_of(frame: FrameType, line: int) -> str | None:
        module = str(frame.f_globals.get("__name__", ""))
        if module == __name__ or module.startswith(_LIBRARY_MODULES):
            return None
        return f"{module}.{frame.f_code.co_name}:{line}"

    place = None
    tb = exc.__traceback__
    while tb is not None:
        place = place_of(tb.tb_frame, tb.tb_lineno) or place
        tb = tb.tb_next
    outer: FrameType | None = sys._getframe(1)
    while place is None and outer is not None:
        place = place_of(outer, outer.f_lineno)
        outer = outer.f_back
    return place or "?"


def _log_storage_error(exc: BaseException, error: StorageError | None, during: str) -> None:
    # Code and place only: SQLite's messages can quote values, which may be personal data.
    orig = getattr(exc, "orig", exc)
    log.error(
        "storage error %s (%s) while %s at %s",
        error.code if error else "unknown",
        getattr(orig, "sqlite_errorname", type(orig).__name__),
        during,
        _where(exc),
    )


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    # Autocommit at the driver; SQLAlchemy's "begin" event issues BEGIN so that DDL and DML
    # alike are transactional (pysqlite's own handling skips DDL).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA secure_delete = ON")  # erased text is zeroed, not left in free pages
    cur.close()


def _on_begin(conn: Any) -> None:
    # Writers take the write lock up front: a deferred transaction that reads and then
    # writes fails at once with "database is locked" when another writer got in between.
    immediate = conn.get_execution_options().get("write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(path: Path) -> Engine:
    # A URL object, not a string: a folder named with "?", "#" or "%" must not be parsed as
    # the query or fragment of a URL (it once made a stray database elsewhere).
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _looks_damaged(path: Path) -> bool:
    try:
        return bool(integrity_problems(path, quick=True))
    except sqlite3.DatabaseError:
        return True


def make_read_only_engine(path: Path) -> Engine:
    """Reading a database in a folder that cannot be written to (no -wal or -shm possible)."""

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            f"{path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )

    engine = create_engine("sqlite://", creator=connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Transaction:
    """One user action: a session, the moment it happened, and change stamps."""

    def __init__(self, session: Session, database: Database) -> None:
        self.session = session
        self.now: datetime = utc_now()
        self.stamped = False
        self._database = database

    def stamp(self) -> str:
        self.stamped = True
        return self._database.next_hlc()

    def observe(self, stamp: str) -> None:
        """Another laptop's stamp was brought in: later local stamps must come after it."""
        self.stamped = True
        self._database.observe_hlc(stamp)


def _stamp_changed_fields(session: Session, tx: Transaction) -> None:
    """The one place fields get their clock stamps: every field a write of this transaction
    changed (noted by the triggers of storage/merging/schema.py) takes a stamp later than
    any the transaction gave its rows."""
    session.flush()
    conn = session.connection()
    if conn.exec_driver_sql("SELECT 1 FROM field_stamp WHERE hlc = '' LIMIT 1").first():
        conn.exec_driver_sql("UPDATE field_stamp SET hlc = ? WHERE hlc = ''", (tx.stamp(),))


class Database:
    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self.site_id = ""
        self.read_only = False
        self._identity: tuple[int, int] = (0, 0)
        self._last_hlc: HlcStamp | None = None

    @classmethod
    def open(cls, path: Path, backup_dir: Path) -> Database:
        """Open (creating or migrating as needed); refuses newer or foreign files untouched."""
        info = inspect_file(path)
        if info.state is FileState.NOT_A_DATABASE:
            raise StorageError(
                "db.not_a_database", f"{path.name} is not a database of this app.", path=str(path)
            )
        if info.version > migrations.LATEST_VERSION:
            raise StorageError(
                "db.too_new",
                "This data was saved by a newer version of the app; update the app to open it.",
                found=info.version,
                supported=migrations.LATEST_VERSION,
            )
        if info.state is FileState.SQLITE and 0 < info.version < migrations.LATEST_VERSION:
            target = backup_dir / timestamped_name(f"before-migration-v{info.version}")
            copy_database(path, target)
            log.info("backed up database before migrating from v%d", info.version)
        path.parent.mkdir(parents=True, exist_ok=True)
        database = cls(path, make_engine(path))
        try:
            with database.engine.begin() as conn:
                reached = migrations.migrate(conn)
            if reached:
                log.info("database schema now at v%d", reached[-1])
            database._load_site()
        except DBAPIError as exc:
            database.close()
            if _looks_damaged(path):  # damage shows up in many guises: check the file itself
                raise StorageError("db.damaged", "The database file is damaged.") from exc
            error = storage_error_from(exc)
            writable = error is None or error.code not in ("db.read_only", "db.cannot_open")
            if (
                writable
                or info.state is not FileState.SQLITE
                or info.version != migrations.LATEST_VERSION
            ):
                raise error or exc from exc
            # The folder or file cannot be written: open it to read, and say so.
            log.warning("data opened read-only: %s", error.code if error else "")
            database = cls(path, make_read_only_engine(path))
            database.read_only = True
            database._load_site()
        database._remember_file()
        return database

    def _remember_file(self) -> None:
        stat = os.stat(self.path)
        self._identity = (stat.st_dev, stat.st_ino)

    def _check_file(self) -> None:
        """Refuse to write if the file was deleted or replaced while the app had it open:
        the writes would go to a file nobody can see any more."""
        try:
            stat = os.stat(self.path)
        except OSError:
            stat = None
        if stat is None or (stat.st_dev, stat.st_ino) != self._identity:
            raise StorageError(
                "db.moved",
                "The data file was moved, replaced or deleted while "
                "the app had it open. Nothing was saved: restart the app.",
            )

    def _load_site(self) -> None:
        with self.engine.begin() as conn:
            rows = dict(conn.exec_driver_sql("SELECT key, value FROM meta").fetchall())
            if "site_id" not in rows and not self.read_only:
                rows["site_id"] = uuid.uuid4().hex
                conn.exec_driver_sql(
                    "INSERT INTO meta (key, value) VALUES ('site_id', ?)", (rows["site_id"],)
                )
        self.site_id = rows.get("site_id", "")
        if "hlc" in rows:
            self._last_hlc = HlcStamp.decode(rows["hlc"])

    def next_hlc(self) -> str:
        self._last_hlc = next_stamp(self._last_hlc, time.time_ns() // 1_000_000, self.site_id)
        return self._last_hlc.encode()

    def observe_hlc(self, text: str) -> None:
        seen = HlcStamp.decode(text)
        if self._last_hlc is None or seen > self._last_hlc:
            self._last_hlc = seen

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """One user action, committed whole or not at all; known failures become StorageError."""
        if self.read_only:
            raise StorageError("db.read_only", "The data folder cannot be written to.")
        self._check_file()
        try:
            with Session(self.engine, expire_on_commit=False) as session:
                session.connection(execution_options={"write": True})
                tx = Transaction(session, self)
                yield tx
                _stamp_changed_fields(session, tx)
                if tx.stamped and self._last_hlc is not None:
                    session.connection().exec_driver_sql(
                        "INSERT INTO meta (key, value) VALUES ('hlc', ?)"
                        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        (self._last_hlc.encode(),),
                    )
                self._check_file()  # swapped by a restore while this ran: fail, never "saved"
                session.commit()
        except DBAPIError as exc:
            error = storage_error_from(exc)
            _log_storage_error(exc, error, "writing")
            raise error or exc from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        try:
            with Session(self.engine) as session:
                yield session
        except DBAPIError as exc:
            error = storage_error_from(exc)
            _log_storage_error(exc, error, "reading")
            raise error or exc from exc

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return migrations.user_version(conn)

    def integrity_problems(self, quick: bool = False) -> list[str]:
        return integrity_problems(self.path, quick=quick)

    def backup_to(self, target: Path) -> Path:
        return copy_database(self.path, target)

    def close(self) -> None:
        self.engine.dispose()
