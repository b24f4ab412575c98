"""Reading a coordinator's spreadsheet into rows of text: CSV in the encodings and separators
Excel writes in the UK and Europe, and XLSX workbooks (services/xlsx_reader.py).

The file's content decides how it is read, not its name, so a workbook renamed to .csv or
a CSV saved as .txt still opens, and anything else is refused with a reason. Whatever is
wrong with a file, the user gets a line saying what (services/sheet_table.py maps the
reading libraries' failures), never a traceback.
"""

from __future__ import annotations

import csv
import io
import re
from itertools import islice
from pathlib import Path

from volunteer_app.services.sheet_table import (
    MAX_FILE_BYTES,
    ImportRejected,
    RowCollector,
    SheetTable,
    library_problem,
    reject,
)
from volunteer_app.services.xlsx_reader import cell_text, read_xlsx

__all__ = ["ImportRejected", "SheetTable", "cell_text", "read_table"]

DELIMITERS = (",", ";", "\t")
SAMPLE_LINES = 30
# A letter written in UTF-8 (two to four bytes); Windows-1252 text almost never holds one.
_UTF8_LETTER = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


def read_table(path: Path, sheet: str | None = None) -> SheetTable:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise reject("file.too_large")
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise reject("file.missing", path=path) from None
    except IsADirectoryError:
        raise reject("file.folder", path=path) from None
    if not head:
        raise reject("file.empty")
    if head.startswith(b"PK\x03\x04"):
        return read_xlsx(path, sheet)
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # OLE: old .xls, or an encrypted workbook
        raise reject("file.old_excel")
    return _read_csv(path.read_bytes())


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise reject("file.not_spreadsheet") from None
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError as exc:
        # UTF-8 letters elsewhere: lines pasted from two sources. Read as either, some
        # names would come out as "Å´", so the file is refused at its first odd line.
        if _UTF8_LETTER.search(data):
            raise reject("file.mixed_encoding", data.count(b"\n", 0, exc.start) + 1) from None
    try:  # older Excel on Windows saves "CSV (Comma delimited)" in Windows-1252
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise reject("file.not_spreadsheet") from None


def _width_score(lines: list[str], delimiter: str) -> tuple[int, int]:
    """How well a separator splits the opening lines: rows sharing the most common width
    (above one column), then that width."""
    try:
        widths = [len(row) for row in csv.reader(lines, delimiter=delimiter) if any(row)]
    except csv.Error:  # the whole read below says what is wrong, and where
        return (0, 0)
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
    del data  # the text is all that is needed from here on
    if "\x00" in content:
        raise reject("file.not_spreadsheet")
    opening = islice(io.StringIO(content, newline=""), SAMPLE_LINES * 2)
    sample = [line for line in opening if line.strip()]
    if not sample:
        raise reject("file.empty")
    delimiter = max(DELIMITERS, key=lambda d: _width_score(sample[:SAMPLE_LINES], d))
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    collector = RowCollector(long_cell="file.csv_cell_too_long")
    start = last_start = 1  # the line the row being read starts on
    try:
        for row in reader:
            last_start = start
            collector.add(reader.line_num, row)
            start = reader.line_num + 1
    except (csv.Error, ImportRejected) as exc:
        raise library_problem(exc, line=start) from None
    if reader.line_num > last_start and _quote_left_open(content, last_start, delimiter):
        raise reject("file.open_quote", last_start)
    return SheetTable(collector.rows, "csv", encoding=encoding, delimiter=delimiter)


def _quote_left_open(content: str, line: int, delimiter: str) -> bool:
    """Did the last row, which ran over several lines, start a quote it never closed?
    (The csv module then reads the rest of the file as one cell without a word.)"""
    tail = io.StringIO("".join(islice(io.StringIO(content, newline=""), line - 1, None)))
    try:
        for _row in csv.reader(tail, delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False
