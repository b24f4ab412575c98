"""What a spreadsheet is read into, the bounds on reading it, and the one place where the
reading libraries' failures (csv, zipfile, zlib, XML, openpyxl) become a line saying what
is wrong with the file.

The bounds keep a hostile or broken file from taking the machine's memory or the rest of
the day: rows and columns are counted as they are read, not as a file declares them.
"""

from __future__ import annotations

import csv
import logging
import zipfile
import zlib
from dataclasses import dataclass, field
from xml.etree.ElementTree import ParseError

from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.importing.problems import RowProblem

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_COLUMNS = 1000  # far more than any log; a sheet wider than this is not one
MAX_CELLS = 2_000_000  # cells held at once, each row counting one more (~0.2 GB)
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_PART_BYTES = 64 * 1024 * 1024  # one part of a workbook, unpacked
MAX_WORKBOOK_BYTES = 256 * 1024 * 1024  # all its parts together, unpacked
MAX_PARTS = 10_000


class ImportRejected(ValidationError):
    """The file was not imported; ``problems`` says where and what to fix, row by row."""

    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__(
            "import.rejected",
            f"The file was not imported: {len(problems)} problem(s).",
            count=len(problems),
        )
        self.problems = problems


def reject(code: str, line: int = 0, **params: object) -> ImportRejected:
    return ImportRejected([RowProblem.of(line, "", code, **params)])


@dataclass
class SheetTable:
    """Every row of the file as text, numbered as the spreadsheet numbers them."""

    rows: list[tuple[int, list[str]]]
    form: str  # "csv" or "xlsx"
    encoding: str = ""  # CSV only: "UTF-8", "Windows-1252" or "UTF-16"
    delimiter: str = ","
    sheet: str = ""  # XLSX only: the sheet read, and the others it could be
    sheets: list[str] = field(default_factory=list)
    # XLSX only: formulas saved without their result (a file made by a program), read as
    # empty cells: (row, column from 1, cell reference).
    uncalculated: list[tuple[int, int, str]] = field(default_factory=list)


class RowCollector:
    """Rows gathered within the bounds: too wide, too many or too long is refused at
    the row where it happens."""

    def __init__(self, long_cell: str = "file.cell_too_long") -> None:
        self.rows: list[tuple[int, list[str]]] = []
        self._cells = 0
        self._long_cell = long_cell  # CSV says more: a long cell there is often a lost quote

    def add(self, line: int, cells: list[str]) -> None:
        if len(cells) > MAX_COLUMNS:
            while cells and not cells[-1].strip():  # rows padded with empty cells are fine
                cells.pop()
            if len(cells) > MAX_COLUMNS:
                raise reject("file.too_wide", line, column=len(cells), limit=MAX_COLUMNS)
        for cell in cells:
            if len(cell) > MAX_CELL_CHARS:
                raise reject(self._long_cell, line, limit=MAX_CELL_CHARS)
        self._cells += len(cells) + 1
        if self._cells > MAX_CELLS:
            raise reject("file.too_many_cells", line, limit=MAX_CELLS)
        self.rows.append((line, cells))


def library_problem(exc: BaseException, line: int = 0, part: str = "") -> ImportRejected:
    """The one mapping from what a reading library raised to what the user is told.

    Anything raised while a library reads the file is the file's fault (a bug in the app
    would show on good files too), so every exception gets a line; the log keeps its type
    (never the file's content) for whoever looks into it.
    """
    if isinstance(exc, ImportRejected):
        return exc
    log.info("spreadsheet refused: %s at row %s of %s", type(exc).__name__, line, part or "-")
    if isinstance(exc, csv.Error):
        if "field limit" in str(exc):  # the csv module's own cap, far above a cell's
            return reject("file.csv_cell_too_long", line, limit=MAX_CELL_CHARS)
        return reject("file.bad_csv", line)
    if isinstance(exc, UnicodeError):  # bytes no text encoding of a CSV allows
        return reject("file.not_spreadsheet", line)
    if isinstance(exc, MemoryError | RecursionError):
        return reject("file.too_many_cells", line, limit=MAX_CELLS)
    if isinstance(exc, zipfile.BadZipFile | zlib.error | EOFError | ParseError) and part:
        return reject("file.damaged_part", line, part=part)
    if isinstance(exc, zipfile.LargeZipFile | NotImplementedError):
        return reject("file.bad_workbook")  # ZIP64 or a compression Excel never uses
    if part:
        return reject("file.damaged_part", line, part=part)
    return reject("file.bad_workbook", line)
