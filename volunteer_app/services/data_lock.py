"""One lock for the data folder, held by the window and by every command that writes.

Restoring swaps the data file under everyone: no other writer may be running then, in this
process or another. The lock is an operating-system lock on ``volunteering.lock`` (``flock``
on Linux and macOS, ``LockFileEx`` on Windows), so the system releases it when its holder
ends in any way: a lock left by a crash, or a file naming a process id since reused by an
unrelated program, holds nothing and is simply taken. The file's text (process id, holder)
is only for saying who has the data.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from volunteer_app.domain.errors import StorageError

POLL_SECONDS = 0.1
CANNOT_WRITE = (errno.EACCES, errno.EPERM, errno.EROFS)


class DataFolderBusy(StorageError):
    """Another window or command holds the data folder."""


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            os.lseek(fd, 1 << 20, os.SEEK_SET)  # a byte past the text, so it stays readable
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, 1 << 20, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def holder_of(lock_file: Path) -> str:
    """Who the lock file says holds it ("" when it says nothing)."""
    try:
        lines = lock_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    return " ".join(lines[:2]).strip()


class DataLock:
    """``with DataLock(paths.lock_file, "import"):`` runs with the data folder to itself."""

    def __init__(self, lock_file: Path, holder: str) -> None:
        self.lock_file = lock_file
        self.holder = holder
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, wait_seconds: float = 0.0) -> bool:
        """Take the lock, waiting up to ``wait_seconds``; raises DataFolderBusy if another
        holder keeps it. False (and no lock) when the folder cannot be written at all:
        nobody can write there, so there is nothing to keep apart."""
        try:
            fd = os.open(self.lock_file, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            if exc.errno in CANNOT_WRITE:
                return False
            raise
        deadline = time.monotonic() + wait_seconds
        while not _try_lock(fd):
            # A window stays open for hours: waiting for it would only delay the refusal.
            window = holder_of(self.lock_file).endswith("window")
            if window or time.monotonic() >= deadline:
                os.close(fd)
                raise DataFolderBusy(
                    "lock.busy",
                    "Another window or command is working on this data folder "
                    f"({holder_of(self.lock_file) or 'unknown'}). "
                    "Try again when it has finished.",
                    holder=holder_of(self.lock_file),
                )
            time.sleep(POLL_SECONDS)  # another holder's work ends at its own pace
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\nvolunteer-app {self.holder}\n".encode())
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)  # before unlocking: the next holder writes its own line
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> DataLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


@contextlib.contextmanager
def holding(lock_file: Path, holder: str, wait_seconds: float = 0.0) -> Iterator[DataLock]:
    lock = DataLock(lock_file, holder)
    lock.acquire(wait_seconds)
    try:
        yield lock
    finally:
        lock.release()
