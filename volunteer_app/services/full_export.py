"""The group's full records for its own files: activities, participations and people, as one
XLSX workbook (a sheet each) or three CSV files.

Unlike the CVC summary this holds personal data, so every sheet opens with a warning row.
The participations sheet is in the import template's form, one row per person per activity
(and one per activity with only headcounts), so importing it into an empty database gives
the same activities, attendances and hours back.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from volunteer_app.domain.importing.rows import PERSON_REF_FIELD, REF_FIELD, TEMPLATE_COLUMNS
from volunteer_app.domain.importing.values import TOTAL_HOURS_FIELD
from volunteer_app.domain.limits import guard_formula
from volunteer_app.services.files import atomic_writer, refuse_data_paths
from volunteer_app.services.funding.export_columns import PULSE_COLUMNS, ExportExtras, export_extras
from volunteer_app.services.sheet import Sheet
from volunteer_app.services.xlsx_writer import XlsxSheet, write_xlsx
from volunteer_app.storage.database import Database
from volunteer_app.storage.full_export_query import (
    ActivityLine,
    AttendanceLine,
    FullData,
    PersonLine,
    read_everything,
)

WARNING = {
    "en": (
        "Personal data: the names and details of your group's volunteers. Keep this file "
        "safe, share it only within the group, and never send it to the CVC."
    ),
    "cy": (
        "Data personol: enwau a manylion gwirfoddolwyr eich grŵp. Cadwch y ffeil hon yn "
        "ddiogel, rhannwch hi o fewn y grŵp yn unig, a pheidiwch byth â'i hanfon at y CGS."
    ),
}
SHEET_NAMES = {
    "en": ("Activities", "Participations", "People"),
    "cy": ("Gweithgareddau", "Cyfranogiadau", "Pobl"),
}
ACTIVITY_COLUMNS = (
    "date",
    "activity",
    "title",
    "activity_type",
    "kind",
    "location",
    "local_authority",
    "start_time",
    "end_time",
    "duration_minutes",
    "volunteers_count",
    "participants_count",
    "named_people",
    "volunteer_hours",
    "regular",
    "notes",
    "place_type",
    *PULSE_COLUMNS,
    "project",
)
# An event's title and a shift's total hours too, so that they come back on import.
RECORD_COLUMNS = (*TEMPLATE_COLUMNS, REF_FIELD, PERSON_REF_FIELD, "title", TOTAL_HOURS_FIELD)
# The participation query's columns after the activity id, as template fields.
_PERSON_FIELDS = ("person", "role", "minutes", "age_band", "welsh_speaker", PERSON_REF_FIELD)
PEOPLE_COLUMNS = (
    "person",
    "contact",
    "age_band",
    "welsh_speaker",
    "consent_contact",
    "consent_photos",
    "archived",
    "notes",
    "first_seen",
    "last_seen",
    "attendances",
    "hours",
)


@dataclass(frozen=True)
class FullExportResult:
    files: tuple[Path, ...]
    activities: int
    participations: int
    people: int


Line = TypeVar("Line", ActivityLine, PersonLine)


def _clock(value: object) -> str:
    return str(value)[:5] if value else ""  # stored as HH:MM:SS.ffffff


def _day(value: object) -> date | str:
    return date.fromisoformat(str(value)) if value else ""


def _hours(minutes: object) -> float:
    return round(int(str(minutes)) / 60, 2)


def _for_csv(values: dict[str, Any]) -> dict[str, Any]:
    """Plain text for a CSV: ISO dates, and no cell a spreadsheet could run as a formula
    (done once per activity or person, not once per cell of every row)."""
    return {
        k: v.isoformat() if isinstance(v, date) else guard_formula(v) if isinstance(v, str) else v
        for k, v in values.items()
    }


def _activity_values(a: ActivityLine) -> dict[str, Any]:
    return {
        "date": _day(a.activity_date), "activity": a.type_label, "activity_type": a.type_code,
        "kind": a.kind, "location": a.location, "local_authority": a.la_code or "",
        "start_time": _clock(a.start_time), "end_time": _clock(a.end_time),
        "duration_minutes": a.duration_minutes, "volunteers_count": a.volunteers_count,
        "participants_count": a.participants_count, "named_people": a.named_count,
        "volunteer_hours": _hours(a.volunteer_minutes), "regular": "yes" if a.regular else "",
        "notes": a.notes, REF_FIELD: str(a.id)[:12], "title": a.title,
        TOTAL_HOURS_FIELD: "" if a.unnamed_minutes is None else _hours(a.unnamed_minutes),
    }  # fmt: skip


def _person_values(p: PersonLine) -> dict[str, Any]:
    return {
        "person": p.name, "contact": p.contact, "age_band": p.age_band,
        "welsh_speaker": p.welsh_speaker,
        "consent_contact": "yes" if p.consent_contact else "no",
        "consent_photos": "yes" if p.consent_photos else "no",
        "archived": "yes" if p.archived else "", "notes": p.notes,
        "first_seen": _day(p.first_seen), "last_seen": _day(p.last_seen),
        "attendances": p.attendances, "hours": _hours(p.minutes),
    }  # fmt: skip


def _with_extras(extras: ExportExtras | None) -> Callable[[ActivityLine], dict[str, Any]]:
    """An activity's values with its place type, pulse, projects and outputs."""
    if extras is None:
        return _activity_values

    def values(a: ActivityLine) -> dict[str, Any]:
        return {**_activity_values(a), **extras.values(str(a.id), str(a.location or ""))}

    return values


def _rows(
    items: Sequence[Line],
    values_of: Callable[[Line], dict[str, Any]],
    columns: tuple[str, ...],
    csv_text: bool,
) -> Iterator[list[Any]]:
    for item in items:
        values = values_of(item)
        if csv_text:
            values = _for_csv(values)
        yield [values[c] for c in columns]


def _record_rows(
    data: FullData,
    csv_text: bool,
    columns: tuple[str, ...] = RECORD_COLUMNS,
    values_of: Callable[[ActivityLine], dict[str, Any]] = _activity_values,
) -> Iterator[list[Any]]:
    """The import template's rows: one per person at each activity, or one for an activity
    with headcounts only."""
    by_activity: dict[object, list[AttendanceLine]] = {}
    for attendance in data.participations:
        by_activity.setdefault(attendance.activity_id, []).append(attendance)
    person_at = [columns.index(c) for c in _PERSON_FIELDS]
    name_at = person_at[0]
    for a in data.activities:
        values = values_of(a)
        if csv_text:
            values = _for_csv(values)
        base = [values.get(c, "") for c in columns]
        people = by_activity.get(a.id)
        if not people:
            yield base
            continue
        for attendance in people:
            row = base.copy()
            person = attendance[1:]  # the fields of _PERSON_FIELDS, in their order
            for index, value in zip(person_at, person, strict=True):
                row[index] = value
            if csv_text:
                row[name_at] = guard_formula(str(row[name_at]))
            yield row


def build_sheets(
    data: FullData,
    language: str = "en",
    csv_text: bool = False,
    extras: ExportExtras | None = None,
) -> list[Sheet]:
    """The three sheets; their rows are made as they are written. ``csv_text`` gives the
    CSV's forms (the workbook keeps real dates and marks risky text as text instead);
    ``extras`` fills the place type, pulse, project and output columns."""
    names = SHEET_NAMES.get(language, SHEET_NAMES["en"])
    outputs = extras.output_columns if extras is not None else ()
    values_of = _with_extras(extras)
    activity_columns = (*ACTIVITY_COLUMNS, *outputs)
    record_columns = (*RECORD_COLUMNS, *outputs)
    activities = _rows(data.activities, values_of, activity_columns, csv_text)
    people = _rows(data.people, _person_values, PEOPLE_COLUMNS, csv_text)
    return [
        Sheet(names[0], activity_columns, activities),
        Sheet(names[1], record_columns, _record_rows(data, csv_text, record_columns, values_of)),
        Sheet(names[2], PEOPLE_COLUMNS, people),
    ]


def _write_xlsx(target: Path, sheets: list[Sheet], warning: str) -> None:
    with atomic_writer(target) as out:
        write_xlsx(
            out,
            [
                XlsxSheet(
                    sheet.name,
                    warning,
                    sheet.header,
                    sheet.rows,
                    [max(11, len(h) + 2) for h in sheet.header],
                )
                for sheet in sheets
            ],
            active=1,  # the participations: the sheet an import reads
        )


def _write_csv(target: Path, sheet: Sheet, warning: str) -> None:
    with atomic_writer(target) as raw:
        out = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([warning])
        writer.writerow([])
        writer.writerow(sheet.header)
        writer.writerows(sheet.rows)
        out.flush()
        out.detach()  # the atomic writer closes the file itself


def csv_paths(target: Path, language: str = "en") -> tuple[Path, ...]:
    """Three files beside each other, named after the one chosen."""
    stem = target.with_suffix("")
    return tuple(
        stem.with_name(f"{stem.name}-{name.lower()}.csv") for name in SHEET_NAMES[language]
    )


def export_everything(db: Database, target: Path, language: str = "en") -> FullExportResult:
    """Write the workbook (.xlsx) or the three CSV files; each file whole or not at all."""
    language = language if language in SHEET_NAMES else "en"
    data = read_everything(db)
    warning = WARNING[language]
    as_csv = target.suffix.lower() == ".csv"
    sheets = build_sheets(data, language, csv_text=as_csv, extras=export_extras(db))
    if as_csv:
        files = csv_paths(target, language)
        for path in files:  # all refused, or none, before the first is written
            refuse_data_paths(path)
        for path, sheet in zip(files, sheets, strict=True):
            _write_csv(path, sheet, warning)
    else:
        files = (target,)
        _write_xlsx(target, sheets, warning)
    return FullExportResult(files, len(data.activities), len(data.participations), len(data.people))
