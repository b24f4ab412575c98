"""Reading a coordinator's spreadsheet into rows of text: CSV in the encodings and separators
Excel writes in the UK and Europe, and XLSX workbooks through openpyxl.

The file's content decides how it is read, not its name, so a workbook renamed to .csv or
a CSV saved as .txt still opens, and anything else is refused with a reason.
"""

from __future__ import annotations

import csv
import io
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.importing.problems import RowProblem

MAX_FILE_BYTES = 200 * 1024 * 1024
DELIMITERS = (",", ";", "\t")
SAMPLE_LINES = 30


class ImportRejected(ValidationError):
    """The file was not imported; ``problems`` says where and what to fix, row by row."""

    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__(
            "import.rejected",
            f"The file was not imported: {len(problems)} problem(s).",
            count=len(problems),
        )
        self.problems = problems


def _reject(code: str, **params: object) -> ImportRejected:
    return ImportRejected([RowProblem.of(0, "", code, **params)])


@dataclass
class SheetTable:
    """Every row of the file as text, numbered as the spreadsheet numbers them."""

    rows: list[tuple[int, list[str]]]
    form: str  # "csv" or "xlsx"
    encoding: str = ""  # CSV only: "UTF-8", "Windows-1252" or "UTF-16"
    delimiter: str = ","
    sheet: str = ""  # XLSX only: the sheet read, and the others it could be
    sheets: list[str] = field(default_factory=list)


def read_table(path: Path, sheet: str | None = None) -> SheetTable:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _reject("file.too_large")
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise _reject("file.missing", path=path) from None
    except IsADirectoryError:
        raise _reject("file.folder", path=path) from None
    if not head:
        raise _reject("file.empty")
    if head.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, sheet)
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # OLE: old .xls, or an encrypted workbook
        raise _reject("file.old_excel")
    return _read_csv(path.read_bytes())


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise _reject("file.not_spreadsheet") from None
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:  # older Excel on Windows saves "CSV (Comma delimited)" in Windows-1252
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise _reject("file.not_spreadsheet") from None


def _width_score(lines: list[str], delimiter: str) -> tuple[int, int]:
    """How well a separator splits the opening lines: rows sharing the most common width
    (above one column), then that width."""
    widths = [len(row) for row in csv.reader(lines, delimiter=delimiter) if any(row)]
    counts: dict[int, int] = {}
    for width in widths:
        if width > 1:
            counts[width] = counts.get(width, 0) + 1
    if not counts:
        return (0, 0)
    width = max(counts, key=lambda w: (counts[w], w))
    return (counts[width], width)


def _read_csv(data: bytes) -> SheetTable:
    content, encoding = _decode(data)
    if "\x00" in content:
        raise _reject("file.not_spreadsheet")
    sample = [line for line in content.splitlines()[: SAMPLE_LINES * 2] if line.strip()]
    if not sample:
        raise _reject("file.empty")
    delimiter = max(DELIMITERS, key=lambda d: _width_score(sample[:SAMPLE_LINES], d))
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    try:
        for row in reader:
            rows.append((reader.line_num, row))
    except csv.Error:
        raise ImportRejected([RowProblem.of(reader.line_num, "", "file.bad_csv")]) from None
    return SheetTable(rows, "csv", encoding=encoding, delimiter=delimiter)


def cell_text(value: Any) -> str:
    """A workbook cell as the text the importer reads: date cells as ISO dates, time and
    duration cells as H:MM, whole numbers without a trailing .0."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return f"{value.hour}:{value.minute:02d}"
    if isinstance(value, timedelta):
        minutes = round(value.total_seconds() / 60)
        return f"{minutes // 60}:{minutes % 60:02d}"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(round(value, 6))
    return str(value)


def _read_xlsx(path: Path, sheet: str | None) -> SheetTable:
    import zipfile

    import openpyxl  # imported when needed: it costs a quarter of a second

    try:
        with warnings.catch_warnings():  # about styles and extensions it does not need
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise _reject("file.bad_workbook") from None
    except Exception as exc:  # openpyxl's own errors for other zip files (.ods, .docx)
        if type(exc).__module__.startswith("openpyxl"):
            raise _reject("file.bad_workbook") from None
        raise
    try:
        names = list(workbook.sheetnames)
        name = sheet if sheet in names else workbook.active.title if workbook.active else names[0]
        worksheet = workbook[name]
        rows = [
            (number, [cell_text(v) for v in values])
            for number, values in enumerate(worksheet.iter_rows(min_row=1, values_only=True), 1)
        ]
    finally:
        workbook.close()
    return SheetTable(rows, "xlsx", sheet=name, sheets=names)
