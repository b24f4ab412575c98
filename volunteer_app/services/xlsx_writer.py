"""A small, fast XLSX writer for plain tables: text, numbers and dates, a bold header, a
warning row, frozen panes and column widths.

openpyxl writes about 9,000 rows a second here, so a large group's full export (half a
million rows) would take a minute; writing the sheet XML directly takes a few seconds.
openpyxl still reads what this writes (the tests check through it), as do Excel and
LibreOffice, which follow the same Office Open XML parts.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from volunteer_app.domain.validation import FORMULA_PREFIXES

EXCEL_EPOCH = date(1899, 12, 30)
# Characters XML 1.0 cannot hold at all; a spreadsheet cell could still contain them.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Styles (cellXfs order below): 0 plain, 1 date, 2 bold, 3 warning (bold, dark red),
# 4 text that must stay text (Excel's quote prefix: = + - @ never start a formula).
PLAIN, DATE, BOLD, WARNING, QUOTED = 0, 1, 2, 3, 4
_SELECTED = ' tabSelected="1"'
CHUNK_ROWS = 2_000

_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>
<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font>
<font><b/><sz val="11"/><name val="Calibri"/></font>
<font><b/><sz val="11"/><color rgb="FF9C0006"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill>
<fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""


@dataclass(frozen=True)
class XlsxSheet:
    name: str  # at most 31 characters, none of []:*?/\
    title: str  # the warning row above the header
    header: Sequence[str]
    rows: Iterable[Sequence[Any]]
    widths: Sequence[int] = ()


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cell(ref: str, value: Any, style: int = PLAIN) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        value = "yes" if value else "no"
    if isinstance(value, date):
        return f'<c r="{ref}" s="{DATE}"><v>{(value - EXCEL_EPOCH).days}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}" s="{style}"><v>{value}</v></c>'
    raw = _INVALID_XML.sub("", str(value))
    if style == PLAIN and raw.startswith(FORMULA_PREFIXES):
        style = QUOTED
    text = escape(raw)
    space = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _write_sheet(out: BinaryIO, sheet: XlsxSheet, selected: bool) -> None:
    letters = [column_letter(i) for i in range(max(len(sheet.header), 1))]
    width = len(letters)
    parts = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<sheetViews><sheetView workbookViewId="0"{_SELECTED if selected else ""}>'
        '<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>'
        "</sheetView></sheetViews>"
    ]
    if sheet.widths:
        parts.append("<cols>")
        parts.extend(
            f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
            for i, w in enumerate(sheet.widths, 1)
        )
        parts.append("</cols>")
    parts.append("<sheetData>")
    parts.append(f'<row r="1">{_cell("A1", sheet.title, WARNING)}</row>')
    header = "".join(_cell(f"{letters[i]}3", h, BOLD) for i, h in enumerate(sheet.header))
    parts.append(f'<row r="3">{header}</row>')
    for number, row in enumerate(sheet.rows, 4):
        cells = "".join([_cell(f"{letters[i]}{number}", v) for i, v in enumerate(row[:width])])
        parts.append(f'<row r="{number}">{cells}</row>')
        if len(parts) >= CHUNK_ROWS:  # streamed out, so memory stays flat
            out.write("".join(parts).encode("utf-8"))
            parts.clear()
    parts.append("</sheetData></worksheet>")
    out.write("".join(parts).encode("utf-8"))


def xlsx_bytes(sheets: Sequence[XlsxSheet], active: int = 0) -> bytes:
    buffer = io.BytesIO()
    write_xlsx(buffer, sheets, active)
    return buffer.getvalue()


def write_xlsx(out: BinaryIO, sheets: Sequence[XlsxSheet], active: int = 0) -> None:
    """Write the workbook to an open binary file, one sheet row at a time."""
    ns = "http://schemas.openxmlformats.org"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<Types xmlns="{ns}/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f"{overrides}</Types>",
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<Relationships xmlns="{ns}/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        names = "".join(
            f'<sheet name="{escape(s.name[:31])}" sheetId="{i}" r:id="rId{i}"/>'
            for i, s in enumerate(sheets, 1)
        )
        z.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<workbook xmlns="{ns}/spreadsheetml/2006/main" '
            f'xmlns:r="{ns}/officeDocument/2006/relationships">'
            f'<bookViews><workbookView activeTab="{active}"/></bookViews>'
            f"<sheets>{names}</sheets></workbook>",
        )
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="{ns}/officeDocument/2006/relationships/'
            f'worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        styles_id = len(sheets) + 1
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<Relationships xmlns="{ns}/package/2006/relationships">{rels}'
            f'<Relationship Id="rId{styles_id}" Type="{ns}/officeDocument/2006/'
            'relationships/styles" Target="styles.xml"/></Relationships>',
        )
        z.writestr("xl/styles.xml", _STYLES)
        for i, sheet in enumerate(sheets, 1):
            with z.open(f"xl/worksheets/sheet{i}.xml", "w", force_zip64=True) as part:
                _write_sheet(part, sheet, i - 1 == active)  # type: ignore[arg-type]
