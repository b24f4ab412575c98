"""Workbooks built part by part from XML strings, so a test can make one that no
spreadsheet program would (a lying dimension, an entity bomb, a broken part)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
SHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
BOOK_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
STRINGS_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
STYLES_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"

# Style 1 is a date (built-in format 14), style 2 a duration ([h]:mm, format 46).
STYLES = (
    f'<styleSheet xmlns="{MAIN}"><fonts count="1"><font/></fonts>'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>'
    '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/>'
    '<xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="46" applyNumberFormat="1"/>'
    "</cellXfs></styleSheet>"
)


def sheet_xml(rows: str, dimension: str = "", prolog: str = "") -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f'{prolog}<worksheet xmlns="{MAIN}">{dim}<sheetData>{rows}</sheetData></worksheet>'


def inline_row(number: int, *values: str) -> str:
    cells = "".join(
        f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
        for i, v in enumerate(values)
    )
    return f'<row r="{number}">{cells}</row>'


def shared_strings(*texts: str, prolog: str = "") -> str:
    items = "".join(f"<si><t>{escape(t)}</t></si>" for t in texts)
    return f'{prolog}<sst xmlns="{MAIN}" count="{len(texts)}">{items}</sst>'


def write_workbook(
    path: Path,
    sheets: dict[str, str],
    strings: str | None = None,
    replace: dict[str, bytes | str] | None = None,
    epoch_1904: bool = False,
) -> Path:
    """An .xlsx with the given sheets (name -> sheet XML); ``replace`` swaps or adds
    parts as raw content after the valid ones are made."""
    parts: dict[str, bytes | str] = {}
    overrides = [
        f'<Override PartName="/xl/workbook.xml" ContentType="{BOOK_CT}"/>',
        f'<Override PartName="/xl/styles.xml" ContentType="{STYLES_CT}"/>',
    ]
    book_rels = [f'<Relationship Id="rSt" Type="{DOC}styles" Target="styles.xml"/>']
    entries = []
    for number, (name, xml) in enumerate(sheets.items(), 1):
        parts[f"xl/worksheets/sheet{number}.xml"] = xml
        overrides.append(
            f'<Override PartName="/xl/worksheets/sheet{number}.xml" ContentType="{SHEET_CT}"/>'
        )
        book_rels.append(
            f'<Relationship Id="rId{number}" Type="{DOC}worksheet" '
            f'Target="worksheets/sheet{number}.xml"/>'
        )
        entries.append(f'<sheet name="{escape(name)}" sheetId="{number}" r:id="rId{number}"/>')
    if strings is not None:
        parts["xl/sharedStrings.xml"] = strings
        overrides.append(f'<Override PartName="/xl/sharedStrings.xml" ContentType="{STRINGS_CT}"/>')
        book_rels.append(
            f'<Relationship Id="rSs" Type="{DOC}sharedStrings" Target="sharedStrings.xml"/>'
        )
    pr = '<workbookPr date1904="1"/>' if epoch_1904 else ""
    parts["xl/workbook.xml"] = (
        f'<workbook xmlns="{MAIN}" xmlns:r="{REL}">{pr}<sheets>{"".join(entries)}</sheets>'
        "</workbook>"
    )
    parts["xl/styles.xml"] = STYLES
    parts["xl/_rels/workbook.xml.rels"] = (
        f'<Relationships xmlns="{PKG_REL}">{"".join(book_rels)}</Relationships>'
    )
    parts["_rels/.rels"] = (
        f'<Relationships xmlns="{PKG_REL}"><Relationship Id="r1" Type="{DOC}officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'
    )
    parts["[Content_Types].xml"] = (
        f'<Types xmlns="{CT}"><Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>{"".join(overrides)}</Types>'
    )
    parts.update(replace or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return path
