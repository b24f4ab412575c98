"""A workbook's structure, read from its parts as streams: which sheets it has and where,
the active one, its shared text, which cell styles are dates or durations, and its date
system. Only what reading cells needs is kept (a list of text, two sets of numbers), so a
bloated style sheet or string table costs time in proportion to its size, never memory
(openpyxl builds an object for every style and every piece of text).
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import iterparse

MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
OFFICE_DOCUMENT = "/officeDocument"
WORKSHEET = "/worksheet"
SHARED_STRINGS = "/sharedStrings"
STYLES = "/styles"


@dataclass
class Book:
    sheets: list[tuple[str, str]] = field(default_factory=list)  # (name, part)
    active: int = 0
    epoch_1904: bool = False
    shared: list[str] = field(default_factory=list)
    date_styles: set[int] = field(default_factory=set)
    duration_styles: set[int] = field(default_factory=set)


class PartError(Exception):
    """A part could not be read (missing, or not the XML it should be): which, and why."""

    def __init__(self, part: str, cause: BaseException) -> None:
        super().__init__(part)
        self.part = part
        self.cause = cause


def read_book(archive: zipfile.ZipFile) -> Book:
    book = Book()
    workbook = _target(archive, "_rels/.rels", "", OFFICE_DOCUMENT)
    if workbook is None:
        raise PartError("_rels/.rels", KeyError(OFFICE_DOCUMENT))
    folder = posixpath.dirname(workbook)
    rels_part = posixpath.join(folder, "_rels", posixpath.basename(workbook) + ".rels")
    targets = _relationships(archive, rels_part, folder)
    for event, element in _elements(archive, workbook):
        if event != "end":
            continue
        if element.tag == MAIN_NS + "sheet":
            target = targets.get(element.get(REL_NS + "id", ""))
            if target is not None and target[1].endswith(WORKSHEET):
                book.sheets.append((element.get("name", ""), target[0]))
        elif element.tag == MAIN_NS + "workbookPr":
            book.epoch_1904 = element.get("date1904", "") in ("1", "true")
        elif element.tag == MAIN_NS + "workbookView":
            tab = element.get("activeTab", "0")
            book.active = int(tab) if tab.isdigit() else 0
    for part, kind in targets.values():
        if kind.endswith(SHARED_STRINGS):
            book.shared = _shared_strings(archive, part)
        elif kind.endswith(STYLES):
            book.date_styles, book.duration_styles = _time_styles(archive, part)
    return book


def _elements(archive: zipfile.ZipFile, part: str) -> Iterator[tuple[str, Any]]:
    """Start and end events, each finished element let go of once seen (the parts were
    checked for declarations and depth before this)."""
    try:
        with archive.open(part) as source:
            stack: list[Any] = []
            for event, element in iterparse(source, events=("start", "end")):
                if event == "start":
                    stack.append(element)
                    yield event, element
                    continue
                stack.pop()
                yield event, element
                if stack and not _inside(stack, MAIN_NS + "si"):
                    stack[-1].clear()
    except Exception as exc:  # the part's own fault: missing, damaged, not XML
        raise PartError(part, exc) from exc


def _inside(stack: list[Any], tag: str) -> bool:
    return any(element.tag == tag for element in stack)


def _target(archive: zipfile.ZipFile, rels: str, folder: str, kind: str) -> str | None:
    for target, found in _relationships(archive, rels, folder).values():
        if found.endswith(kind):
            return target
    return None


def _relationships(archive: zipfile.ZipFile, rels: str, folder: str) -> dict[str, tuple[str, str]]:
    """Id -> (part, type) for one .rels part; targets made relative to the archive."""
    found: dict[str, tuple[str, str]] = {}
    for event, element in _elements(archive, rels):
        if event == "end" and element.tag == PKG_NS + "Relationship":
            target = element.get("Target", "")
            part = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            found[element.get("Id", "")] = (posixpath.normpath(part), element.get("Type", ""))
    return found


def _shared_strings(archive: zipfile.ZipFile, part: str) -> list[str]:
    strings: list[str] = []
    phonetic = MAIN_NS + "rPh"
    for event, element in _elements(archive, part):
        if event == "end" and element.tag == MAIN_NS + "si":
            skip = {id(t) for run in element.iter(phonetic) for t in run.iter(MAIN_NS + "t")}
            text = "".join(t.text or "" for t in element.iter(MAIN_NS + "t") if id(t) not in skip)
            strings.append(text.replace("x005F_", ""))
            element.clear()
    return strings


def _time_styles(archive: zipfile.ZipFile, part: str) -> tuple[set[int], set[int]]:
    """Which cell styles (by index) show a date or time, and which a duration."""
    from openpyxl.styles.numbers import (
        BUILTIN_FORMATS,
        is_date_format,
        is_timedelta_format,
    )

    custom: dict[str, str] = {}
    dates: set[int] = set()
    durations: set[int] = set()
    index = 0
    in_cell_styles = False
    for event, element in _elements(archive, part):
        if element.tag == MAIN_NS + "cellXfs":
            in_cell_styles = event == "start"
        elif event == "end" and element.tag == MAIN_NS + "numFmt":
            custom[element.get("numFmtId", "")] = element.get("formatCode", "")
        elif event == "end" and in_cell_styles and element.tag == MAIN_NS + "xf":
            number = element.get("numFmtId", "0")
            code = custom.get(number)
            if code is None and number.isdigit():
                code = BUILTIN_FORMATS.get(int(number))
            if code and is_date_format(code):
                dates.add(index)
            if code and is_timedelta_format(code):
                durations.add(index)
            index += 1
    return dates, durations
