"""Sharing this laptop's records with a co-coordinator, and bringing theirs in.

Bringing a file in: read and decrypt it whole, check it is this group's (or that joining
was chosen), keep a safety copy of the data, then plan and write the merge in one
transaction with a record of it. Taking a merge back is restoring that safety copy (the
merge record names it): the honest way while the copy is the data as it was just before.
"""

from __future__ import annotations

import hashlib
import logging
import platform
import uuid
from pathlib import Path
from typing import Any

from volunteer_app.domain.merging.errors import ChangeFileError
from volunteer_app.domain.merging.summary import (
    ConflictRow,
    MergeHistoryRow,
    MergeResult,
    MergeSummary,
)
from volunteer_app.paths import AppPaths
from volunteer_app.services.files import atomic_write_bytes
from volunteer_app.services.merging.file_format import ChangeFile, open_file, seal
from volunteer_app.storage.database import Database
from volunteer_app.storage.merging import conflicts, records, taking_back
from volunteer_app.storage.merging.apply import apply_merge, plan_merge
from volunteer_app.storage.merging.changes import collect, group_ids
from volunteer_app.storage.merging.keyed import collect_keyed
from volunteer_app.storage.merging.plan import MergePlan
from volunteer_app.storage.migrations import LATEST_VERSION

log = logging.getLogger(__name__)


def laptop_name() -> str:
    """The computer's own name, to tell the group's laptops apart in the history."""
    return platform.node()[:80]


class MergeService:
    def __init__(self, paths: AppPaths, db: Database) -> None:
        self._paths = paths
        self._db = db

    def share(self, target: Path, passphrase: str) -> int:
        """Write every shared row this laptop knows into an encrypted file; the row count."""
        with self._db.reading() as session:
            conn = session.connection()
            tables = collect(conn)
            keyed = collect_keyed(conn)
            live, known = group_ids(conn)
            name = conn.exec_driver_sql(
                "SELECT name FROM group_settings WHERE deleted_at IS NULL ORDER BY created_at"
            ).fetchone()
        header = {
            "schema": LATEST_VERSION,
            "group_id": live,
            "group_ids": sorted(known),
            "group_name": name[0] if name else "",
            "site_id": self._db.site_id,
            "laptop": laptop_name(),
        }
        atomic_write_bytes(target, seal(header, {"tables": tables, "keyed": keyed}, passphrase))
        return sum(len(t["rows"]) for t in tables.values())

    def _read(self, source: Path, passphrase: str) -> tuple[ChangeFile, str]:
        try:
            data = source.read_bytes()
        except FileNotFoundError:
            raise ChangeFileError("sync.missing", "That file cannot be found.") from None
        change_file = open_file(data, passphrase)
        schema = change_file.header.get("schema")
        if not isinstance(schema, int) or schema > LATEST_VERSION:
            raise ChangeFileError(
                "sync.too_new",
                "That file was made by a newer version of the app. Install the newer "
                "version to bring it in; nothing was changed.",
            )
        if change_file.header.get("site_id") == self._db.site_id:
            raise ChangeFileError(
                "sync.own_file",
                "That file was shared from this laptop: bring in your co-coordinator's file.",
            )
        return change_file, hashlib.sha256(data).hexdigest()

    def _group_check(self, header: dict[str, Any], join: bool) -> tuple[bool, bool]:
        """(new laptop, other group); refuses another group unless joining was chosen."""
        with self._db.reading() as session:
            conn = session.connection()
            empty = records.is_empty(conn)
            live, known = group_ids(conn)
        theirs = str(header.get("group_id") or "")
        their_known = {str(g) for g in header.get("group_ids") or ()}
        other = not empty and theirs != live and theirs not in known and live not in their_known
        if other and not join:
            raise ChangeFileError(
                "sync.other_group",
                "That file is from another group's records. If both laptops keep the "
                "records of one group, bring it in with --join-as-one-group: this laptop's "
                "group name and identity are kept, and the other laptop takes them when it "
                "brings in this laptop's file.",
            )
        return empty, other

    def preview(self, source: Path, passphrase: str, join: bool = True) -> MergeSummary:
        """What the file brings, without writing anything."""
        change_file, _sha = self._read(source, passphrase)
        empty, other = self._group_check(change_file.header, join)
        with self._db.reading() as session:
            plan = plan_merge(session.connection(), *_tables(change_file))
        return _summary(change_file.header, plan, empty, other)

    def bring_in(self, source: Path, passphrase: str, join: bool = False) -> MergeResult:
        """Merge a file in one transaction, after a safety copy of the data."""
        change_file, sha = self._read(source, passphrase)
        empty, other = self._group_check(change_file.header, join)
        backup = self._safety_copy("merge")
        with self._db.transaction() as tx:
            conn = tx.session.connection()
            if empty:
                records.drop_unshared_group(conn)
            mine, _known = group_ids(conn)
            plan = plan_merge(conn, *_tables(change_file))
            apply_merge(tx, plan)
            if other and mine is not None:
                records.retire_other_groups(tx, mine)  # joining: this laptop's group stays
            summary = _summary(change_file.header, plan, empty, other)
            details = {
                "from_site": change_file.header.get("site_id", ""),
                "from_laptop": change_file.header.get("laptop", ""),
                "file_name": source.name,
                "sha256": sha,
                "counts": summary.counts(),
                "backup_path": str(backup or ""),
            }
            record_id = records.record_merge(tx, details, summary.conflicts)
        log.info("merge brought in: %s", summary.counts())
        return MergeResult(summary, record_id, str(backup or ""), self.write_mark())

    def write_mark(self) -> str:
        with self._db.reading() as session:
            return taking_back.write_mark(session.connection())

    def put_back(self, copy: Path, mark: str) -> tuple[Path, str]:
        """Take a merge back (or bring it in again) as one step: the data becomes the copy,
        if nothing was written since ``mark``. Returns a copy of the data as it was before
        (the way back again) and the new mark."""
        if not copy.is_file() or taking_back.copy_version(copy) != LATEST_VERSION:
            raise ChangeFileError(
                "sync.undo_no_copy",
                "The copy of the data kept for this merge is no longer there, so it cannot "
                "be taken back as one step.",
            )
        if self.write_mark() != mark:
            raise ChangeFileError(
                "sync.undo_changed_since",
                "Something was saved after the file was brought in, so the merge cannot be "
                "taken back as one step without losing it. Nothing was changed.",
            )
        way_back = self._safety_copy("undo-merge")
        assert way_back is not None  # the data is open, so there is a file to copy
        with self._db.transaction() as tx:
            taking_back.put_back(tx, copy)
        log.info("merge taken back or brought in again from its copy")
        return way_back, self.write_mark()

    def _safety_copy(self, reason: str) -> Path | None:
        from volunteer_app.services.backups import safety_backup
        from volunteer_app.storage.database import ALL_ENGINE_ERRORS, storage_error_from

        try:
            # The quick check, not the full one (most of a bring-in's time on large data):
            # this copy is the way back from one step of this session (Edit > Undo), read
            # back whole by that check; the daily backup keeps its full check, and the file
            # merged in was checked whole already (its hash and AES-GCM tag).
            return safety_backup(self._paths, reason, quick=True)
        except ALL_ENGINE_ERRORS as exc:
            raise storage_error_from(exc) or exc from exc

    def history(self) -> list[MergeHistoryRow]:
        return records.merge_history(self._db)

    def conflicts(self) -> list[ConflictRow]:
        """Records edited on one laptop after another deleted them, still to look at."""
        return conflicts.open_conflicts(self._db)

    def dismiss_conflict(self, conflict: ConflictRow) -> None:
        """The coordinator looked at it: it leaves the list (the record stays deleted)."""
        with self._db.transaction() as tx:
            conflicts.dismiss(tx, conflict.record_id, conflict.table, conflict.row_id)

    def same_name_people(self) -> list[list[tuple[uuid.UUID, str]]]:
        return records.same_name_people(self._db)


def _tables(change_file: ChangeFile) -> tuple[dict[str, Any], dict[str, Any]]:
    tables = change_file.content.get("tables")
    keyed = change_file.content.get("keyed", {})
    if not isinstance(tables, dict) or not isinstance(keyed, dict):
        raise ChangeFileError(
            "sync.damaged",
            "The file is damaged or incomplete (it may not have been copied to the end), "
            "so nothing was taken from it. Ask for the file again.",
        )
    return tables, keyed


def _summary(header: dict[str, Any], plan: MergePlan, empty: bool, other: bool) -> MergeSummary:
    def count(table: str, what: str) -> int:
        found = plan.by_name(table)
        return found.count(what) if found else 0

    others = sum(
        t.count("new") + t.count("changed")
        for t in plan.tables
        if t.table.name not in ("activity", "person")
    ) + sum(len(k.rows) for k in plan.keyed)
    return MergeSummary(
        from_laptop=str(header.get("laptop", "")),
        group_name=str(header.get("group_name", "")),
        other_group=other,
        new_laptop=empty,
        new_activities=count("activity", "new"),
        changed_activities=count("activity", "changed"),
        deleted_activities=count("activity", "deleted"),
        new_people=count("person", "new"),
        changed_people=count("person", "changed"),
        deleted_people=count("person", "deleted"),
        both_changed_people=count("person", "both_changed"),
        both_changed_activities=count("activity", "both_changed"),
        other_changes=others,
        conflicts=tuple(plan.conflicts()),
    )
