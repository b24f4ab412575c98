"""Checking a workbook's archive before anything in it is parsed as a workbook.

- The zip's own directory is checked first (how many parts, how large unpacked), so a
  "zip bomb" is refused before it is unpacked; zipfile then never returns more than a
  part's declared size.
- Every XML part is run through expat with no tree built: a DOCTYPE or ENTITY declaration
  (which spreadsheet programs never write, and which "billion laughs" and external-entity
  attacks need), nesting deeper than any workbook's (a tree of millions of open elements
  takes gigabytes) or malformed XML is refused, naming the part. Python's parser, which
  openpyxl then uses (no lxml here), only ever sees what passed. This is the protection
  defusedxml would give, without the dependency.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path
from typing import Any
from xml.parsers import expat

from volunteer_app.services.sheet_table import (
    MAX_PART_BYTES,
    MAX_PARTS,
    MAX_WORKBOOK_BYTES,
    ImportRejected,
    library_problem,
    reject,
)

MAX_DEPTH = 100  # a workbook's deepest part (a chart) nests about 15 elements
XML_PARTS = (".xml", ".rels", ".vml")
_FORBIDDEN = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)
_CHUNK = 1 << 20
_OVERLAP = max(len(m) for m in _FORBIDDEN)


def check_archive(path: Path) -> None:
    parts, dir_size = _central_directory(path)
    if parts >= 0xFFFF or parts > MAX_PARTS or dir_size > MAX_PARTS * 1024:
        raise reject("file.bad_workbook")  # ZIP64, or more parts than a workbook has
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            total = 0
            for info in infos:
                if info.file_size > MAX_PART_BYTES:
                    raise reject(
                        "file.part_too_large",
                        part=info.filename,
                        limit=MAX_PART_BYTES // (1024 * 1024),
                    )
                total += info.file_size
            if total > MAX_WORKBOOK_BYTES:
                raise reject(
                    "file.part_too_large", part="*", limit=MAX_WORKBOOK_BYTES // (1024 * 1024)
                )
            for info in infos:
                _scan_part(archive, info)
    except Exception as exc:
        raise library_problem(exc) from None


def _central_directory(path: Path) -> tuple[int, int]:
    """(parts, directory bytes) from the zip's end record, read before zipfile loads a
    directory that could list millions of parts."""
    with path.open("rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - 65_557))
        tail = handle.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise reject("file.bad_workbook")
    _sig, _disk, _start, _here, total, dir_size, _offset, _comment = struct.unpack(
        "<IHHHHIIH", tail[at : at + 22]
    )
    return total, dir_size


def _scan_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Unpack one part in chunks (which also checks its CRC); parse it if it is XML."""
    name = info.filename
    parser = _guarded_parser(name) if name.lower().endswith(XML_PARTS) else None
    previous = b""
    try:
        with archive.open(info) as part:
            while chunk := part.read(_CHUNK):
                window = previous + chunk
                if any(marker in window for marker in _FORBIDDEN):
                    raise reject("file.unsafe_xml", part=name)
                previous = window[-_OVERLAP:]
                if parser is not None:
                    parser.Parse(chunk, False)
            if parser is not None:
                parser.Parse(b"", True)
    except ImportRejected:
        raise
    except Exception as exc:
        raise library_problem(exc, part=name) from None


def _guarded_parser(part: str) -> Any:
    parser = expat.ParserCreate()
    depth = 0

    def start(_name: str, _attributes: object) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise reject("file.damaged_part", part=part)

    def end(_name: str) -> None:
        nonlocal depth
        depth -= 1

    def declared(*_args: object) -> None:
        raise reject("file.unsafe_xml", part=part)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.StartDoctypeDeclHandler = declared
    parser.EntityDeclHandler = declared
    parser.ordered_attributes = True  # cheaper than a dict per element, and unused
    return parser
