"""Importing activities from a spreadsheet: read, map columns, check every row, then write
all rows or none.

The steps are separate so the window can show each one (the columns it guessed, a preview
with every problem) and run the slow ones off the GUI thread; the command line runs them
in one go with the guessed columns and the user's corrections.

What the file will add is shown before the write and recomputed from the database after
it, inside the same transaction: if the two differ nothing is kept.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from volunteer_app.domain.errors import AppError
from volunteer_app.domain.importing.extras import is_output_field
from volunteer_app.domain.importing.plan import ImportOptions, ImportPlan
from volunteer_app.domain.importing.planner import plan_import
from volunteer_app.domain.importing.problems import RowProblem
from volunteer_app.domain.importing.rows import FIELDS
from volunteer_app.domain.importing.skips import TOTAL
from volunteer_app.domain.importing.totals import ImportTotals
from volunteer_app.domain.importing.values import (
    find_header,
    guess_mapping,
    header_key,
    settle_type_column,
)
from volunteer_app.services.importing.extras import PlannedExtras, plan_extras
from volunteer_app.services.importing.spreadsheets import ImportRejected, SheetTable, read_table
from volunteer_app.services.importing.tables import ImportTables, build_tables
from volunteer_app.storage import activity_repo, erasure
from volunteer_app.storage.database import Database
from volunteer_app.storage.importing import extras_repo, log_repo, rows_repo
from volunteer_app.storage.importing.log_repo import ImportEntry

__all__ = [
    "ImportCancelled",
    "ImportEntry",
    "ImportOptions",
    "ImportRejected",
    "ImportResult",
    "ImportService",
    "ImportTotalsDiffer",
]


class ImportCancelled(Exception):
    """The user cancelled; the transaction was rolled back and nothing was written."""


class ImportTotalsDiffer(AppError):
    """The data written did not add up to what the file said: rolled back, nothing kept."""

    def __init__(self, expected: ImportTotals, held: ImportTotals) -> None:
        super().__init__(
            "import.totals_differ",
            "The import was undone: the data written would have held different totals "
            f"from the file's ({', '.join(held.lines())} instead of "
            f"{', '.join(expected.lines())}). Nothing was saved.",
        )
        self.expected = expected
        self.held = held


def _uncalculated(
    source: ImportSource, mapping: list[str | None], plan: ImportPlan
) -> list[RowProblem]:
    """A formula saved without its result, in a column read, in any row but a totals row
    (whose sum is skipped with it): read as empty, it could make a day look as if nobody
    came."""
    totals = {line for line, why in plan.skipped if why == TOTAL}
    records = {line for line, _cells in source.body} - totals
    return [
        RowProblem.of(line, mapping[column - 1] or "", "cell.not_calculated", cell=ref)
        for line, column, ref in source.table.uncalculated
        if line in records and column <= len(mapping) and mapping[column - 1]
    ]


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class ImportSource:
    """A file read and its header found, with the columns' guessed meaning."""

    path: Path
    table: SheetTable
    header_index: int
    sha256: str = ""

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
        return settle_type_column(self.header, guess_mapping(self.header, FIELDS), self.body)

    def unread_columns(self, mapping: Sequence[str | None]) -> list[str]:
        """Headings of the columns left out that hold something."""
        header, body = self.header, self.body
        return [
            header[i].strip() or f"({i + 1})"
            for i in range(max(len(header), len(mapping)))
            if (i >= len(mapping) or mapping[i] is None)
            and any(i < len(cells) and cells[i].strip() for _line, cells in body[:500])
        ]

    def remapped(self, overrides: Mapping[str, str]) -> list[str | None]:
        """The guessed columns with the user's corrections ("HEADING" -> field)."""
        mapping = self.guessed_mapping()
        keys = [header_key(h) for h in self.header]
        problems = []
        for heading, wanted in overrides.items():
            target = None if wanted in ("", "-", "none") else wanted
            if target is not None and target not in FIELDS and not is_output_field(target):
                problems.append(RowProblem.of(0, "", "header.unknown_field", field=wanted))
                continue
            if header_key(heading) not in keys:
                problems.append(RowProblem.of(0, "", "header.not_found", heading=heading))
                continue
            mapping = [None if f == target else f for f in mapping]
            mapping[keys.index(header_key(heading))] = target
        if problems:
            raise ImportRejected(problems)
        return mapping


@dataclass
class ImportCheck:
    """Every row checked against the mapping and the data already saved."""

    source: ImportSource
    mapping: list[str | None]
    plan: ImportPlan
    problems: list[RowProblem]
    tables: ImportTables | None  # None when there are problems
    options: ImportOptions = field(default_factory=ImportOptions)
    extras: PlannedExtras = field(default_factory=PlannedExtras)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def totals(self) -> ImportTotals:
        return self.tables.totals if self.tables is not None else ImportTotals()


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
    totals: ImportTotals = field(default_factory=ImportTotals)
    skipped: tuple[tuple[int, str], ...] = ()  # totals and notes rows: (row, why)
    import_id: uuid.UUID | None = None
    # added with the activities (the preview and the command line name them)
    new_places: tuple[str, ...] = ()
    new_projects: tuple[str, ...] = ()
    new_outputs: tuple[str, ...] = ()
    kept_extras: tuple[int, ...] = ()  # saved activities keep their own pulse, outputs...
    new_types: tuple[tuple[str, str], ...] = ()  # (name, kind's code) of the types it adds


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
        self._removed_words: dict[uuid.UUID, log_repo.RemovedWords] = {}
        self._removed_places: dict[uuid.UUID, list[tuple[str, str]]] = {}

    @staticmethod
    def open_file(path: Path, sheet: str | None = None) -> ImportSource:
        table = read_table(path, sheet)
        header_index = find_header(table.rows, FIELDS)
        if header_index < 0:
            raise ImportRejected([RowProblem.of(0, "", "file.empty")])
        return ImportSource(path, table, header_index, _file_hash(path))

    def check(
        self,
        source: ImportSource,
        mapping: list[str | None],
        options: ImportOptions | None = None,
    ) -> ImportCheck:
        options = options or ImportOptions()
        plan = plan_import(mapping, source.body, self._today(), options)
        uncalculated = _uncalculated(source, mapping, plan)
        problems = [*plan.problems, *uncalculated]
        if uncalculated:  # the rows' emptiness is the formulas', not the file's
            problems = [p for p in problems if p.code != "rows.all_skipped"]
        tables = None
        extras = PlannedExtras()
        if not problems and plan.activities:
            types = rows_repo.activity_types_by_key(self._db)
            for activity in plan.activities:
                existing = types.get(activity.type_key)
                if existing and activity.type_code and existing.code != activity.type_code:
                    problems.append(
                        RowProblem.of(
                            activity.line,
                            "activity_type",
                            "activity.type_conflict",
                            label=activity.label,
                            existing=existing.code,
                            wanted=activity.type_code,
                        )
                    )
            if not problems:
                days = [a.day for a in plan.activities]
                tables = build_tables(
                    plan,
                    types,
                    rows_repo.people_by_key(self._db),
                    rows_repo.existing_activities(self._db, min(days), max(days)),
                )
                extras = plan_extras(self._db, tables)  # places, pulses, projects, outputs
                problems += extras.problems
                tables = None if problems else tables
        elif not problems:
            tables = ImportTables()  # every row was a total, a note or an empty day
        problems.sort(key=lambda p: p.line)
        return ImportCheck(source, mapping, plan, problems, tables, options, extras)

    def write(self, checked: ImportCheck, progress: Progress | None = None) -> ImportResult:
        if not checked.ok or checked.tables is None:
            raise ImportRejected(checked.problems)
        tables = checked.tables
        import_id = None
        if tables.has_changes:
            self._before_write()
            total = tables.row_count

            def step(done: int) -> None:
                if progress is not None and not progress(done, total):
                    raise ImportCancelled

            step(0)
            import_id = uuid.uuid4()
            with self._db.transaction() as tx:  # an exception here rolls everything back
                source = checked.source
                log_repo.add_record(
                    tx, import_id, source.path.name, source.sha256,
                    checked.plan.rows_read, tables.totals,
                )  # fmt: skip
                rows_repo.write_import(tx, tables.rows, import_id, after_batch=step)
                extras_repo.write_extras(tx, checked.extras.rows, import_id)
                if tables.grown_activities:  # saved activities that gained people
                    activity_repo.recount(tx, tables.grown_activities)
                held = log_repo.held_totals(tx, import_id)
                if held != tables.totals:
                    raise ImportTotalsDiffer(tables.totals, held)
        return self._result(checked, written=True, import_id=import_id)

    def import_file(
        self,
        path: Path,
        dry_run: bool = False,
        sheet: str | None = None,
        columns: Mapping[str, str] | None = None,
        options: ImportOptions | None = None,
    ) -> ImportResult:
        """The command line's import: the guessed columns with the user's corrections
        (``columns``: heading -> field), all rows or none."""
        source = self.open_file(path, sheet)
        checked = self.check(source, source.remapped(columns or {}), options)
        if not checked.ok:
            raise ImportRejected(checked.problems)
        if dry_run:
            return self._result(checked, written=False)
        return self.write(checked)

    def imports(self) -> list[ImportEntry]:
        return log_repo.list_imports(self._db)

    def remove_import(self, import_id: uuid.UUID) -> ImportTotals:
        """Take an import back whole; returns the figures removed."""
        entry = next((e for e in self.imports() if e.id == import_id), None)
        if entry is None or entry.removed:
            raise AppError("import.not_found", "No such import (or it was removed already).")
        self._before_write()
        with self._db.transaction() as tx:
            removed = log_repo.held_totals(tx, import_id, later=True)
            touched, words = log_repo.remove_import(tx, import_id)
            places = extras_repo.remove_extras(tx, import_id)
            if touched:
                activity_repo.recount(tx, touched)
        self._removed_words[import_id] = words  # for Undo, in memory only
        self._removed_places[import_id] = places
        erasure.forget_on_disk(self._db)  # no older copy of those words stays in the log
        return removed

    def restore_import(self, import_id: uuid.UUID) -> None:
        """Bring back an import that was removed (Redo after Undo)."""
        words = self._removed_words.pop(import_id, None)
        places = self._removed_places.pop(import_id, [])
        with self._db.transaction() as tx:
            extras_repo.restore_extras(tx, import_id, places)  # before its record comes back
            touched = log_repo.restore_import(tx, import_id, words)
            if touched:
                activity_repo.recount(tx, touched)

    def held_totals(self, import_id: uuid.UUID) -> ImportTotals:
        """What an import's rows still add to the data (what removing it takes away)."""
        with self._db.transaction() as tx:
            return log_repo.held_totals(tx, import_id, later=True)

    @staticmethod
    def _result(
        checked: ImportCheck, written: bool, import_id: uuid.UUID | None = None
    ) -> ImportResult:
        tables = checked.tables
        assert tables is not None
        ignored = tuple(checked.source.unread_columns(checked.mapping))
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
            totals=tables.totals,
            skipped=tuple(checked.plan.skipped),
            import_id=import_id,
            new_places=tuple(checked.extras.new_places),
            new_projects=tuple(checked.extras.new_projects),
            new_outputs=tuple(checked.extras.new_outputs),
            kept_extras=tuple(tables.kept_extras),
            new_types=tables.new_types,
        )
