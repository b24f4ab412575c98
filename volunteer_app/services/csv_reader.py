"""Reading a CSV in the encodings and separators Excel writes in the UK and Europe, from
the file as a stream: the bytes are never all in memory at once, only the rows kept
(within the bounds of sheet_table.RowCollector)."""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path

from volunteer_app.services.sheet_table import (
    ImportRejected,
    RowCollector,
    SheetTable,
    library_problem,
    reject,
)

DELIMITERS = (",", ";", "\t")
SAMPLE_LINES = 30
_CHUNK = 1 << 20
# A letter written in UTF-8 (two to four bytes); Windows-1252 text almost never holds one.
_UTF8_LETTER = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
ENCODING_NAMES = {"utf-8-sig": "UTF-8", "cp1252": "Windows-1252", "utf-16": "UTF-16"}


def read_csv(path: Path) -> SheetTable:
    encoding = _encoding(path)
    try:
        with _lines(path, encoding) as lines:
            sample = [line for line in islice(lines, SAMPLE_LINES * 2) if line.strip()]
    except UnicodeError as exc:
        raise library_problem(exc) from None
    if not sample:
        raise reject("file.empty")
    delimiter = max(DELIMITERS, key=lambda d: _width_score(sample[:SAMPLE_LINES], d))
    collector = RowCollector(long_cell="file.csv_cell_too_long")
    start = last_start = 1  # the line the row being read starts on
    with _lines(path, encoding) as lines:
        reader = csv.reader(lines, delimiter=delimiter)
        try:
            for row in reader:
                last_start = start
                collector.add(reader.line_num, row)
                start = reader.line_num + 1
        except (csv.Error, ImportRejected, UnicodeError) as exc:
            raise library_problem(exc, line=start) from None
    if reader.line_num > last_start and _quote_left_open(path, encoding, last_start, delimiter):
        raise reject("file.open_quote", last_start)
    name = ENCODING_NAMES[encoding]
    return SheetTable(collector.rows, "csv", encoding=name, delimiter=delimiter)


def _encoding(path: Path) -> str:
    """UTF-16 when marked so (Excel's "Unicode text"), UTF-8 when every byte is, else
    Windows-1252 (older Excel on Windows), read in chunks. Bytes of both, such as lines
    pasted from two sources, are refused at the first line that is not UTF-8: read as
    either, some names would come out as "Å´"."""
    with path.open("rb") as handle:
        if handle.read(2) in (b"\xff\xfe", b"\xfe\xff"):
            return "utf-16"
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        lines = bad_line = 0
        letters = False
        tail = b""
        while chunk := handle.read(_CHUNK):
            if b"\x00" in chunk:
                raise reject("file.not_spreadsheet")
            letters = letters or _UTF8_LETTER.search(tail + chunk) is not None
            if not bad_line:
                pending = len(decoder.getstate()[0])
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as exc:
                    bad_line = lines + chunk.count(b"\n", 0, max(0, exc.start - pending)) + 1
            lines += chunk.count(b"\n")
            tail = chunk[-3:]
    if not bad_line:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            bad_line = lines + 1
    if not bad_line:
        return "utf-8-sig"
    if letters:
        raise reject("file.mixed_encoding", bad_line)
    return "cp1252"


@contextmanager
def _lines(path: Path, encoding: str, skip: int = 0) -> Iterator[Iterator[str]]:
    with path.open(encoding=encoding, newline="") as stream:

        def lines() -> Iterator[str]:
            for line in islice(stream, skip, None):
                if "\x00" in line:  # only UTF-16 gets here with one: binary, not text
                    raise reject("file.not_spreadsheet")
                yield line

        yield lines()


def _width_score(lines: list[str], delimiter: str) -> tuple[int, int]:
    """How well a separator splits the opening lines: rows sharing the most common width
    (above one column), then that width."""
    try:
        widths = [len(row) for row in csv.reader(lines, delimiter=delimiter) if any(row)]
    except csv.Error:  # the whole read says what is wrong, and where
        return (0, 0)
    counts: dict[int, int] = {}
    for width in widths:
        if width > 1:
            counts[width] = counts.get(width, 0) + 1
    if not counts:
        return (0, 0)
    width = max(counts, key=lambda w: (counts[w], w))
    return (counts[width], width)


def _quote_left_open(path: Path, encoding: str, line: int, delimiter: str) -> bool:
    """Did the last row, which ran over several lines, start a quote it never closed?
    (The csv module then reads the rest of the file as one cell without a word.)"""
    with _lines(path, encoding, skip=line - 1) as tail:
        try:
            for _row in csv.reader(tail, delimiter=delimiter, strict=True):
                pass
        except csv.Error as exc:
            return "unexpected end of data" in str(exc)
    return False
