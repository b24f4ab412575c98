"""Which files belong to the data, compared by resolved path and file identity.

An output the user names (a summary, an export, a PDF, a backup) must never land on the data
file, its journals, the lock or a backup the app keeps: a string comparison misses
``./x/../volunteering.sqlite3``, a symbolic link, a hard link or another letter case.
"""

from __future__ import annotations

import os
from pathlib import Path

JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")
LOCK_NAME = "volunteering.lock"
BACKUPS_FOLDER = "backups"


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino)


def same_file(a: Path, b: Path) -> bool:
    """Both exist and are the same file (through any link), or resolve to one path."""
    first, second = _identity(a), _identity(b)
    if first is not None and first == second:
        return True
    return a.resolve() == b.resolve()


def _inside(path: Path, folder: Path) -> bool:
    """``path`` is ``folder`` or somewhere under it (by identity at every level)."""
    folder_id = _identity(folder)
    for level in (path, *path.parents):
        if level == folder.resolve() or (folder_id is not None and _identity(level) == folder_id):
            return True
    return False


def data_files(database: Path) -> list[Path]:
    """The data file, its journals and the lock: what no output may replace."""
    return [
        database,
        *(database.with_name(database.name + s) for s in JOURNAL_SUFFIXES),
        database.with_name(LOCK_NAME),
    ]


def clashes_with_data(target: Path, database: Path, backup_dir: Path | None = None) -> bool:
    """Would writing ``target`` replace the data, its journals, the lock or a kept backup?"""
    target = target.expanduser().absolute().resolve()
    backups = backup_dir or database.parent / BACKUPS_FOLDER
    if _inside(target, backups):
        return True
    target_id = _identity(target)
    same_folder = _identity(target.parent) == _identity(database.parent) or (
        target.parent == database.parent.resolve()
    )
    for protected in data_files(database):
        if target_id is not None and target_id == _identity(protected):
            return True  # a hard link or another spelling of the same file
        # A file not there yet (a -wal between sessions) is still the data's; case-folded,
        # for the case-insensitive disks of Windows and macOS.
        if same_folder and target.name.casefold() == protected.name.casefold():
            return True
    return False
