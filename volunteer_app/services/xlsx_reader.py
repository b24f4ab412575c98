"""Reading an XLSX workbook safely: the archive is checked before any XML in it is
parsed (services/xlsx_archive.py), and the chosen sheet is read cell by cell, keeping
only the rows and columns that hold something.

- The workbook's structure (sheets, shared text, date styles) is read as streams by
  services/xlsx_book.py, and the sheet here, cell by cell: its declared size is ignored,
  finished elements are let go as they are read, and a cell past the last column read is
  refused at once. openpyxl only lends its helpers (column letters, number formats).
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import iterparse

from volunteer_app.domain.limits import EXCEL_1900_LEAP_SERIAL, excel_serial_date
from volunteer_app.services.sheet_table import (
    MAX_COLUMNS,
    RowCollector,
    SheetTable,
    library_problem,
    reject,
)
from volunteer_app.services.xlsx_archive import check_archive
from volunteer_app.services.xlsx_book import Book, PartError, read_book

MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
ROW_TAG = MAIN_NS + "row"
CELL_TAG = MAIN_NS + "c"
VALUE_TAG = MAIN_NS + "v"
FORMULA_TAG = MAIN_NS + "f"
INLINE_TAG = MAIN_NS + "is"
TEXT_TAG = MAIN_NS + "t"
PHONETIC_TAG = MAIN_NS + "rPh"
MAX_ROW = 1_048_576  # Excel's last row
MAX_CELL_ELEMENTS = 10_000  # rich-text runs and the like inside one cell


def read_xlsx(path: Path, sheet: str | None) -> SheetTable:
    check_archive(path)
    try:
        with zipfile.ZipFile(path) as archive:
            book = read_book(archive)
            names = [name for name, _part in book.sheets]
            if not names:
                raise reject("file.no_sheets")
            if sheet is not None and sheet not in names:
                raise reject("file.no_such_sheet", sheet=sheet, sheets=", ".join(names))
            index = names.index(sheet) if sheet is not None else book.active
            name, part = book.sheets[index if index < len(names) else 0]
            reader = _SheetReader(book)
            try:
                with archive.open(part) as source:
                    rows = reader.read(source)
            except Exception as exc:  # whatever the parser met is the file's fault
                raise library_problem(exc, line=reader.row, part=part) from None
    except PartError as exc:
        raise library_problem(exc.cause, part=exc.part) from None
    except Exception as exc:
        raise library_problem(exc) from None
    return SheetTable(rows, "xlsx", sheet=name, sheets=names, uncalculated=reader.uncalculated)


class _SheetReader:
    """The cells of one sheet's XML, kept as text (openpyxl's own cell reading builds an
    object for every piece of text, several times slower)."""

    def __init__(self, book: Book) -> None:
        from openpyxl.utils.cell import column_index_from_string, get_column_letter
        from openpyxl.utils.datetime import from_ISO8601

        self.letters: Callable[[int], str] = get_column_letter
        self.column_of: Callable[[str], int] = column_index_from_string
        self.from_iso: Callable[[str], Any] = from_ISO8601  # t="d" cells
        self.shared = book.shared
        self.date_styles = book.date_styles
        self.duration_styles = book.duration_styles
        self.epoch_1904 = book.epoch_1904
        self.row = self.column = 0
        self.collector = RowCollector()
        self.uncalculated: list[tuple[int, int, str]] = []

    def read(self, source: Any) -> list[tuple[int, list[str]]]:
        stack: list[Any] = []
        values: dict[int, str] = {}
        in_cell = inner = 0
        for event, element in iterparse(source, events=("start", "end")):
            if event == "start":
                stack.append(element)
                if element.tag == CELL_TAG:
                    in_cell, inner = 1, 0
                elif in_cell:
                    inner += 1
                    if inner > MAX_CELL_ELEMENTS:
                        raise reject("file.bad_cell", self.row, cell=self._ref())
                elif element.tag == ROW_TAG:
                    self._start_row(element.get("r"))
                    values = {}
                continue
            stack.pop()
            if element.tag == CELL_TAG:
                in_cell = 0
                self._read_cell(element, values)
            elif element.tag == ROW_TAG and values:
                width = max(values)
                self.collector.add(self.row, [values.get(i, "") for i in range(1, width + 1)])
            if stack and not in_cell:
                stack[-1].clear()  # finished elements are let go as they are read
        return self.collector.rows

    def _start_row(self, given: str | None) -> None:
        number = self.row + 1
        if given is not None:
            number = int(given) if given.isdigit() else -1
        if not 1 <= number <= MAX_ROW:
            raise ValueError(f"row number {given!r}")
        self.row = number
        self.column = 0

    def _ref(self) -> str:
        letters = self.letters(self.column) if 1 <= self.column <= 18_278 else "?"
        return f"{letters}{self.row}"

    def _place(self, ref: str | None) -> None:
        """The cell's column, from its reference or else the one after the last."""
        if not ref:
            self.column += 1
            return
        letters = ref.rstrip("0123456789")
        if ref[len(letters) :] != str(self.row) or not letters.isalpha() or len(letters) > 3:
            raise reject("file.bad_cell", self.row, cell=ref[:20])
        self.column = self.column_of(letters.upper())

    def _read_cell(self, element: Any, values: dict[int, str]) -> None:
        self._place(element.get("r"))
        value = self._value(element.get("t", "n"), element)
        if value is None or value == "":
            return
        if self.column > MAX_COLUMNS:
            raise reject(
                "file.too_wide", self.row, column=self.letters(self.column), limit=MAX_COLUMNS
            )
        values[self.column] = cell_text(value)

    def _value(self, kind: str, element: Any) -> Any:
        if kind == "inlineStr":
            found = element.find(INLINE_TAG)
            if found is None:
                return None  # phonetic runs (rPh) are a reading aid, not the text
            return "".join(t.text or "" for t in found.iter(TEXT_TAG) if t not in _phonetic(found))
        raw = element.findtext(VALUE_TAG)
        # A formula saved without its result (a program wrote the file): no value to read,
        # which is not an empty cell. An empty result of a text formula (=IF(A1="","",…),
        # t="str") is one, and Excel saves it as an empty <v/>.
        no_result = raw is None or (raw == "" and kind != "str")
        if no_result and element.find(FORMULA_TAG) is not None:
            self.uncalculated.append((self.row, self.column, self._ref()))
            return None
        if raw is None:
            return None
        if kind == "s":
            if not raw.strip().isdigit() or int(raw) >= len(self.shared):
                raise reject("file.bad_string_ref", self.row, cell=self._ref())
            return self.shared[int(raw)]
        if kind == "b":
            return raw.strip() in ("1", "true")
        if kind == "d":
            return self.from_iso(raw)
        if kind != "n":
            return raw  # "str" (a formula's text) and "e" (an error such as #N/A)
        try:
            number = float(raw)
        except ValueError:
            raise reject("file.text_in_number", self.row, cell=self._ref()) from None
        return self._number(int(number) if number.is_integer() else number, element)

    def _number(self, value: float, element: Any) -> Any:
        style = int(element.get("s") or 0)
        if style in self.duration_styles:
            return timedelta(days=value)
        if style not in self.date_styles:
            return value
        if 0 <= value < 1:
            seconds = round(value * 86_400) % 86_400
            return time(seconds // 3600, seconds // 60 % 60)
        moment = excel_serial_date(value, self.epoch_1904)
        if moment is not None:
            return moment
        if not self.epoch_1904 and int(value) == EXCEL_1900_LEAP_SERIAL:
            return "1900-02-29"  # as Excel shows it; the importer refuses it as no date
        return value


def _phonetic(inline: Any) -> set[Any]:
    return {t for run in inline.iter(PHONETIC_TAG) for t in run.iter(TEXT_TAG)}


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
