"""Atomic file writes: a crash or a full disk never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from volunteer_app.domain.errors import ValidationError
from volunteer_app.storage.file_identity import clashes_with_data

# The data files this process has open (one in the app; several in tests). Every output goes
# through ``atomic_writer``, which refuses to replace any of them.
_OPEN_DATA: dict[Path, Path | None] = {}


def protect_data(database: Path, backup_dir: Path | None = None) -> None:
    """Outputs written from now on may not replace this data, its journals or backups."""
    _OPEN_DATA[database.absolute()] = backup_dir


def refuse_data_paths(
    target: Path, database: Path | None = None, backup_dir: Path | None = None
) -> None:
    """Raise if ``target`` is the data, its journals, the lock or inside the backups folder."""
    guarded = dict(_OPEN_DATA)
    if database is not None:
        guarded[database.absolute()] = backup_dir
    for data, backups in guarded.items():
        if clashes_with_data(target, data, backups):
            raise ValidationError(
                "output.is_data",
                f"{target} is the app's own data or one of its backups: saving there would "
                "destroy it. Choose another name or folder.",
                field="file",
                path=str(target),
            )


@contextlib.contextmanager
def atomic_writer(target: Path) -> Iterator[BinaryIO]:
    """A file to write in steps; it replaces the target only once whole and on disk, and
    disappears if anything goes wrong on the way. Never the data itself."""
    refuse_data_paths(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
        dir_fd = os.open(target.parent, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over the target."""
    with atomic_writer(target) as fh:
        fh.write(data)


def atomic_write_text(
    target: Path, text: str, encoding: str = "utf-8", newline: str = "\n"
) -> None:
    atomic_write_bytes(target, text.replace("\n", newline).encode(encoding))
