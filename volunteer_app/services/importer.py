"""Importing activities from a spreadsheet: read, map columns, check every row, then write
all rows or none.

The steps are separate so the window can show each one (the columns it guessed, a preview
with every problem) and run the slow ones off the GUI thread; the command line runs them
in one go with the guessed columns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from volunteer_app.domain.import_problems import RowProblem
from volunteer_app.domain.import_rows import FIELDS, ImportPlan, plan_import
from volunteer_app.domain.import_values import find_header, guess_mapping
from volunteer_app.services.import_tables import ImportTables, build_tables
from volunteer_app.services.spreadsheets import ImportRejected, SheetTable, read_table
from volunteer_app.storage import activity_repo, import_repo
from volunteer_app.storage.database import Database

__all__ = ["ImportCancelled", "ImportRejected", "ImportResult", "ImportService"]


class ImportCancelled(Exception):
    """The user cancelled; the transaction was rolled back and nothing was written."""


@dataclass
class ImportSource:
    """A file read and its header found, with the columns' guessed meaning."""

    path: Path
    table: SheetTable
    header_index: int

    @property
    def header(self) -> list[str]:
        return self.table.rows[self.header_index][1] if self.header_index >= 0 else []

    @property
    def body(self) -> list[tuple[int, list[str]]]:
        return self.table.rows[self.header_index + 1 :]

    @property
    def header_row(self) -> int:
        return self.table.rows[self.header_index][0] if self.header_index >= 0 else 0

    @property
    def rows_above_header(self) -> int:
        """Title and note rows skipped above the header (blank rows not counted)."""
        above = self.table.rows[: max(self.header_index, 0)]
        return sum(1 for _line, cells in above if any(c.strip() for c in cells))

    def guessed_mapping(self) -> list[str | None]:
        return guess_mapping(self.header, FIELDS)


@dataclass
class ImportCheck:
    """Every row checked against the mapping and the data already saved."""

    source: ImportSource
    mapping: list[str | None]
    plan: ImportPlan
    problems: list[RowProblem]
    tables: ImportTables | None  # None when there are problems

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportResult:
    rows: int
    activities: int
    participations: int
    new_people: int
    new_activity_types: int
    skipped_rows: int  # already in the data (the same file imported before)
    kept_headcounts: tuple[int, ...]  # rows whose headcounts differ from those saved
    written: bool
    ignored_columns: tuple[str, ...] = ()


Progress = Callable[[int, int], bool]  # (done, total) -> carry on?


class ImportService:
    def __init__(
        self,
        db: Database,
        today: Callable[[], date] = date.today,
        before_write: Callable[[], object] = lambda: None,
    ) -> None:
        self._db = db
        self._today = today
        self._before_write = before_write  # a safety backup before a bulk change

    @staticmethod
    def open_file(path: Path, sheet: str | None = None) -> ImportSource:
        table = read_table(path, sheet)
        header_index = find_header(table.rows, FIELDS)
        if header_index < 0:
            raise ImportRejected([RowProblem.of(0, "", "file.empty")])
        return ImportSource(path, table, header_index)

    def check(self, source: ImportSource, mapping: list[str | None]) -> ImportCheck:
        plan = plan_import(mapping, source.body, self._today())
        problems = list(plan.problems)
        tables = None
        if not problems and plan.activities:
            types = import_repo.activity_types_by_key(self._db)
            for activity in plan.activities:
                existing = types.get(activity.type_key)
                if existing and activity.type_code and existing[1] != activity.type_code:
                    problems.append(
                        RowProblem.of(
                            activity.line,
                            "activity_type",
                            "activity.type_conflict",
                            label=activity.label,
                            existing=existing[1],
                            wanted=activity.type_code,
                        )
                    )
            if not problems:
                days = [a.day for a in plan.activities]
                tables = build_tables(
                    plan,
                    types,
                    import_repo.people_by_key(self._db),
                    import_repo.existing_activities(self._db, min(days), max(days)),
                )
        return ImportCheck(source, mapping, plan, sorted(problems, key=lambda p: p.line), tables)

    def write(self, checked: ImportCheck, progress: Progress | None = None) -> ImportResult:
        if not checked.ok or checked.tables is None:
            raise ImportRejected(checked.problems)
        tables = checked.tables
        if tables.has_changes:
            self._before_write()
            total = tables.row_count

            def step(done: int) -> None:
                if progress is not None and not progress(done, total):
                    raise ImportCancelled

            step(0)
            with self._db.transaction() as tx:  # an exception here rolls everything back
                import_repo.write_import(tx, tables.rows, after_batch=step)
                if tables.grown_activities:  # saved activities that gained people
                    activity_repo.recount(tx, tables.grown_activities)
        return self._result(checked, written=True)

    def import_file(
        self, path: Path, dry_run: bool = False, sheet: str | None = None
    ) -> ImportResult:
        """The command line's import: the guessed columns, all rows or none."""
        source = self.open_file(path, sheet)
        checked = self.check(source, source.guessed_mapping())
        if not checked.ok:
            raise ImportRejected(checked.problems)
        if dry_run:
            return self._result(checked, written=False)
        return self.write(checked)

    @staticmethod
    def _result(checked: ImportCheck, written: bool) -> ImportResult:
        tables = checked.tables
        assert tables is not None
        header = checked.source.header
        ignored = tuple(
            header[i].strip()
            for i, f in enumerate(checked.mapping)
            if f is None and i < len(header) and header[i].strip()
        )
        return ImportResult(
            rows=checked.plan.rows_read,
            activities=len(tables.rows["activity"]),
            participations=len(tables.rows["participation"]),
            new_people=len(tables.rows["person"]),
            new_activity_types=len(tables.rows["activity_type"]),
            skipped_rows=tables.skipped_rows,
            kept_headcounts=tuple(tables.kept_headcounts),
            written=written,
            ignored_columns=ignored,
        )
