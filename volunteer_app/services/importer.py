"""Importing activities from a CSV in the canonical template: all rows or none."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from volunteer_app.domain.codes import VOLUNTEERING_ROLES
from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.import_rows import ImportPlan, RowProblem, plan_import
from volunteer_app.storage import import_repo
from volunteer_app.storage.database import Database
from volunteer_app.storage.migrations import activity_search_text

MAX_FILE_BYTES = 200 * 1024 * 1024
VOLUNTEERING = {r.value for r in VOLUNTEERING_ROLES}


class ImportRejected(ValidationError):
    """The file was not imported; ``problems`` says where and what to fix, row by row."""

    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__(
            "import.rejected",
            f"The file was not imported: {len(problems)} problem(s).",
            count=len(problems),
        )
        self.problems = problems


@dataclass(frozen=True)
class ImportResult:
    rows: int
    activities: int
    participations: int
    new_people: int
    new_activity_types: int
    written: bool


def read_csv(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and the numbered rows of a UTF-8 CSV (with or without BOM)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportRejected([RowProblem(0, "", "the file is larger than 200 MB")])
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportRejected([RowProblem(0, "", f"{path} does not exist")]) from None
    except IsADirectoryError:
        raise ImportRejected([RowProblem(0, "", f"{path} is a folder, not a file")]) from None
    if data.startswith(b"PK\x03\x04"):
        raise ImportRejected(
            [
                RowProblem(
                    0,
                    "",
                    "this looks like an Excel workbook; save it "
                    "from your spreadsheet as 'CSV UTF-8' first",
                )
            ]
        )
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRejected(
            [
                RowProblem(
                    0,
                    "",
                    "the file is not UTF-8 text; save it from your spreadsheet as 'CSV UTF-8'",
                )
            ]
        ) from None
    if "\x00" in content:
        raise ImportRejected([RowProblem(0, "", "the file is not a CSV text file")])
    reader = csv.reader(io.StringIO(content, newline=""))
    try:
        header = next(reader, None)
        if header is None:
            raise ImportRejected([RowProblem(0, "", "the file is empty")])
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        problem = RowProblem(reader.line_num, "", f"not readable as CSV: {exc}")
        raise ImportRejected([problem]) from None
    return header, rows


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

    def import_csv(self, path: Path, dry_run: bool = False) -> ImportResult:
        header, rows = read_csv(path)
        plan = plan_import(header, rows, self._today())
        return self.import_plan(plan, dry_run)

    def import_plan(self, plan: ImportPlan, dry_run: bool = False) -> ImportResult:
        problems = list(plan.problems)
        types = import_repo.activity_types_by_key(self._db)
        for activity in plan.activities:
            existing = types.get(activity.type_key)
            if existing and activity.type_code and existing[1] != activity.type_code:
                problems.append(
                    RowProblem(
                        activity.line,
                        "activity_type",
                        f"{activity.label!r} is already mapped to "
                        f"{existing[1]}, not {activity.type_code}",
                    )
                )
        if problems:
            raise ImportRejected(sorted(problems, key=lambda p: p.line))
        tables, new_people, new_types = self._rows(plan, types, import_repo.people_by_key(self._db))
        if not dry_run:
            self._before_write()
            with self._db.transaction() as tx:
                import_repo.write_import(tx, tables)
        return ImportResult(
            plan.rows_read,
            len(plan.activities),
            plan.participations,
            new_people,
            new_types,
            written=not dry_run,
        )

    @staticmethod
    def _rows(
        plan: ImportPlan, types: dict[str, tuple[uuid.UUID, str]], people: dict[str, uuid.UUID]
    ) -> tuple[dict[str, list[dict[str, Any]]], int, int]:
        tables: dict[str, list[dict[str, Any]]] = {
            "activity_type": [],
            "person": [],
            "activity": [],
            "participation": [],
        }
        type_ids = {key: value[0] for key, value in types.items()}
        person_ids = dict(people)
        for activity in plan.activities:
            if activity.type_key not in type_ids:
                type_ids[activity.type_key] = uuid.uuid4()
                tables["activity_type"].append(
                    {
                        "id": type_ids[activity.type_key],
                        "label": activity.label,
                        "search_key": activity.type_key,
                        "code": activity.type_code or "other",
                        "last_used_at": None,
                    }
                )
            activity_id = uuid.uuid4()
            tables["activity"].append(
                {
                    "id": activity_id,
                    "activity_date": activity.day,
                    "activity_type_id": type_ids[activity.type_key],
                    "title": "",
                    "start_time": activity.start_time,
                    "end_time": activity.end_time,
                    "duration_minutes": activity.duration_minutes,
                    "location": activity.location,
                    "la_code": activity.la_code,
                    "kind": activity.kind,
                    "volunteers_count": activity.volunteers_count,
                    "participants_count": activity.participants_count,
                    "series_id": None,
                    "notes": activity.notes,
                    "named_count": len(activity.people),
                    "volunteer_minutes": activity.volunteers_count * activity.duration_minutes,
                    "search_text": activity_search_text("", activity.location, activity.notes),
                }
            )
            for person in activity.people:
                if person.key not in person_ids:
                    person_ids[person.key] = uuid.uuid4()
                    tables["person"].append(
                        {
                            "id": person_ids[person.key],
                            "display_name": person.name,
                            "search_key": person.key,
                            "contact": "",
                            "age_band": person.age_band,
                            "welsh_speaker": person.welsh_speaker,
                            "consent_contact": False,
                            "consent_photos": False,
                            "notes": "",
                            "archived": False,
                            "merged_into": None,
                        }
                    )
                minutes = activity.duration_minutes if person.minutes is None else person.minutes
                if person.role in VOLUNTEERING:
                    tables["activity"][-1]["volunteer_minutes"] += minutes
                tables["participation"].append(
                    {
                        "id": uuid.uuid4(),
                        "activity_id": activity_id,
                        "activity_date": activity.day,
                        "person_id": person_ids[person.key],
                        "role": person.role,
                        "minutes": minutes,
                    }
                )
        return tables, len(tables["person"]), len(tables["activity_type"])
