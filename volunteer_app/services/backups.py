"""Backups: automatic ones in the backups folder, one file the user keeps, and restoring.

Copies are made with SQLite's online backup API (consistent while the app is running),
verified, and moved into place atomically. Nothing here overwrites the data without first
keeping a copy of it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import uuid
from datetime import UTC, datetime
from pathlib import Path

from volunteer_app.domain.backup_policy import backups_to_keep
from volunteer_app.domain.errors import StorageError, ValidationError
from volunteer_app.paths import AppPaths
from volunteer_app.services.files import refuse_data_paths
from volunteer_app.storage.backup import STOPPER, copy_database, timestamped_name
from volunteer_app.storage.database import (
    ENGINE_ERRORS,
    FileState,
    inspect_file,
    storage_error_from,
)
from volunteer_app.storage.erasure import erased_people, scrub_copy
from volunteer_app.storage.file_identity import same_file
from volunteer_app.storage.health import HealthReport, check_database

log = logging.getLogger(__name__)

AUTO = "auto"
KEEP_SAFETY = 10  # copies made before a migration, restore or import
SAFETY_MAX_DAYS = 366
STAMP = "%Y%m%dT%H%M%SZ"
# A restore that fails part-way is put right the same way, whatever failed.
RESTORE_FAILURES: tuple[type[Exception], ...] = (OSError, *ENGINE_ERRORS)


def _stamp_of(path: Path) -> datetime | None:
    try:
        return datetime.strptime(path.stem.rsplit("-", 1)[-1], STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _copy(source: Path, target: Path, keep_existing: bool = False, quick: bool = False) -> Path:
    """copy_database, its SQLite failures turned into errors the user can act on: a full
    disk, a locked file, or damage in the data being copied."""
    try:
        return copy_database(source, target, keep_existing, quick)
    except ENGINE_ERRORS as exc:  # a stop when the app closes is Cancelled, not this
        known = storage_error_from(exc)
        if known is not None and known.code != "db.damaged":
            raise known from exc
        raise StorageError("db.damaged", "The data file is damaged.", detail=str(exc)) from exc


def default_backup_name(now: datetime | None = None) -> str:
    return timestamped_name("volunteering-backup", now)


def backup_to(paths: AppPaths, target: Path) -> Path:
    """A consistent, verified copy of the data in one file the user keeps."""
    if inspect_file(paths.database).state is not FileState.SQLITE:
        raise ValidationError("backup.no_data", "There is no data to back up yet.", field="")
    target = target.expanduser().absolute()
    refuse_data_paths(target, paths.database, paths.backup_dir)
    return _copy(paths.database, target)


def safety_backup(paths: AppPaths, reason: str, quick: bool = False) -> Path | None:
    """Keep the current data before something that replaces much of it (``quick``: the
    copy verified with the quick check, as the daily check of the data is)."""
    if inspect_file(paths.database).state is not FileState.SQLITE:
        return None
    target = _copy(
        paths.database,
        paths.backup_dir / timestamped_name(f"before-{reason}"),
        keep_existing=True,  # another import's copy of the same second stays
        quick=quick,
    )
    olds = sorted(paths.backup_dir.glob("before-*.sqlite3"), key=_mtime, reverse=True)
    for old in olds[KEEP_SAFETY:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def automatic_backup(paths: AppPaths, now: datetime | None = None) -> Path | None:
    """At most one a day, then thin out the old ones (7 daily, 4 weekly, 12 monthly)."""
    now = now or datetime.now(UTC)
    if inspect_file(paths.database).state is not FileState.SQLITE:
        return None
    autos = {p: _stamp_of(p) for p in paths.backup_dir.glob(f"{AUTO}-*.sqlite3")}
    made = None
    if not any(s is not None and s.date() == now.date() for s in autos.values()):
        made = _copy(paths.database, paths.backup_dir / timestamped_name(AUTO, now))
        autos[made] = now
        log.info("automatic backup made")
    keep = backups_to_keep(s for s in autos.values() if s is not None)
    for path, stamp in autos.items():
        if stamp is not None and stamp not in keep:
            with contextlib.suppress(OSError):
                path.unlink()
    # Copies made before an import, restore or upgrade go after a year too: no backup the
    # app keeps holds a deleted activity's words for longer than the daily ones do.
    for path in paths.backup_dir.glob("before-*.sqlite3"):
        if now.timestamp() - _mtime(path) > SAFETY_MAX_DAYS * 86400:
            with contextlib.suppress(OSError):
                path.unlink()
    return made


def validate_backup(source: Path) -> HealthReport:
    """Is this a backup of this app's data that this version can open, and undamaged?"""
    if not source.is_file():
        raise ValidationError("restore.missing", f"{source} is not a file.", field="file")
    report = check_database(source)
    info = inspect_file(source)
    if info.state is not FileState.SQLITE or report.schema_version == 0:
        raise ValidationError(
            "restore.not_ours", "That file is not a backup of this app's data.", field="file"
        )
    if any("newer" in p for p in report.problems):
        raise ValidationError(
            "restore.too_new",
            "That backup was made by a newer version of the app; update the app first.",
            field="file",
        )
    if report.schema_problems:
        raise ValidationError(
            "restore.not_our_schema",
            "That file is not laid out as this app's data, so it was not used: "
            + " ".join(report.schema_problems[:5]),
            field="file",
            differences=" ".join(report.schema_problems[:5]),
        )
    if report.problems:
        raise ValidationError(
            "restore.damaged",
            "That backup file is damaged.",
            field="file",
            detail=report.problems[0],
        )
    return report


def good_backups(paths: AppPaths) -> list[Path]:
    """Backups in the backups folder that would restore, newest first."""
    found = []
    candidates = sorted(
        paths.backup_dir.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True
    )
    for path in candidates:
        try:
            validate_backup(path)
        except (ValidationError, OSError):
            continue
        found.append(path)
    return found


def set_aside(paths: AppPaths, label: str = "damaged") -> Path | None:
    """Move the current data file (and its journal files) aside, never deleting it."""
    if not paths.database.exists():
        return None
    stamp = datetime.now(UTC).strftime(STAMP)
    target = paths.data_dir / f"volunteering.{label}-{stamp}.sqlite3"
    os.replace(paths.database, target)
    for suffix in ("-wal", "-shm"):
        extra = Path(str(paths.database) + suffix)
        if extra.exists():
            os.replace(extra, Path(str(target) + suffix))
    return target


def restore(paths: AppPaths, source: Path) -> Path | None:
    """Replace the data with a backup. The database must be closed. The current data is
    backed up first; returns that safety copy."""
    source = source.expanduser().absolute()
    if paths.database.exists() and same_file(source, paths.database):
        raise ValidationError("restore.same_file", "That is the data file itself.", field="file")
    validate_backup(source)
    paths.ensure()
    safety = None
    state = inspect_file(paths.database).state
    erased = erased_people(paths.database) if state is FileState.SQLITE else []
    if state is FileState.SQLITE:
        try:
            safety = safety_backup(paths, "restore")
        except StorageError as exc:
            if exc.code != "db.damaged":
                raise
            # Damaged: the moment a restore is most needed. Keep the file as it is, aside,
            # rather than copy it through a check it cannot pass.
            set_aside(paths)
    elif state is FileState.NOT_A_DATABASE:
        set_aside(paths)
    staged = paths.data_dir / (paths.database.name + ".restoring")
    try:
        copy_database(source, staged)
        if erased and not scrub_copy(staged, erased, datetime.now(UTC)):
            raise OSError("the people erased since the backup could not be erased from it")
        for suffix in ("-wal", "-shm"):  # never let an old journal meet the restored file
            with contextlib.suppress(FileNotFoundError):
                Path(str(paths.database) + suffix).unlink()
        os.replace(staged, paths.database)
    except RESTORE_FAILURES as exc:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise StorageError(
            "restore.failed", f"The backup could not be put in place: {exc}"
        ) from exc
    log.info("data restored from a backup")
    return safety


def scrub_backups(paths: AppPaths, person_ids: list[uuid.UUID], now: datetime) -> int:
    """Erase people from every backup the app keeps, so that an erasure also reaches them.
    A backup that cannot be changed is deleted: it must not keep what was erased. Files set
    aside as damaged are cleaned where SQLite can still read them. Returns files cleaned."""
    cleaned = 0
    for path in sorted(paths.backup_dir.glob("*.sqlite3")):
        if scrub_copy(path, person_ids, now):
            cleaned += 1
        else:
            with contextlib.suppress(OSError):
                path.unlink()
            log.warning("a backup that could not be cleaned after an erase was deleted")
    for path in sorted(paths.data_dir.glob("volunteering.*-*.sqlite3")):
        cleaned += scrub_copy(path, person_ids, now)
    return cleaned


def stop_background_copies() -> None:
    """Stop a backup copy or an integrity check in progress, at once and cleanly (the app is
    closing); later ones in this process stop before they start."""
    STOPPER.stop()
