"""Workbooks made by a program (a script, a web export) hold formulas without their result:
Excel and LibreOffice always save the result beside the formula, these do not. A totals row
summed that way is skipped like any totals row; such a formula in a column that is read is
refused at its cell with what to do, never read as an empty cell (which could count no
hours) and never called a damaged workbook."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from volunteer_app.services.context import AppServices
from volunteer_app.services.importing.importer import ImportRejected


def book(path: Path, rows: list[list[Any]]) -> Path:
    """As openpyxl writes it: a formula is kept as text, with no result saved."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


HOURS = [
    ["Garden volunteers – May 2025", None, None, None, None],
    [None, None, None, None, None],
    ["Date", "Name", "Activity", "Hours", "Checked by"],
    [datetime(2025, 5, 6), "Tom Baker", "Gardening", 2, "=UPPER(B4)"],
    [datetime(2025, 5, 6), "Lucy Grey", "Gardening", 3.25, "=UPPER(B5)"],
    [datetime(2025, 5, 13), "Tom Baker", "Gardening", 4, "=UPPER(B6)"],
    ["TOTAL", None, None, "=SUM(D4:D6)", None],
]


def test_a_summed_totals_row_is_skipped_and_the_rest_imported(
    app: AppServices, tmp_path: Path
) -> None:
    result = app.importer.import_file(
        book(tmp_path / "garden.xlsx", HOURS), columns={"Checked by": ""}
    )
    assert result.totals.volunteer_minutes == (2 + 3.25 + 4) * 60
    assert list(result.skipped) == [(7, "total")]


def test_a_formula_without_its_result_in_a_column_read_is_refused_at_its_cell(
    app: AppServices, tmp_path: Path
) -> None:
    rows = [list(r) for r in HOURS]
    rows[4][3] = "=D4+1.25"  # Lucy's hours worked out from Tom's, never calculated
    with pytest.raises(ImportRejected) as refused:
        app.importer.import_file(book(tmp_path / "garden.xlsx", rows), columns={"Checked by": ""})
    (problem,) = refused.value.problems
    assert (problem.line, problem.code, problem.values["cell"]) == (5, "cell.not_calculated", "D5")
    assert "open the file in a spreadsheet and save it again" in problem.message
    assert app.importer.imports() == []


def test_the_same_formula_in_a_column_read_as_text_is_refused_too(
    app: AppServices, tmp_path: Path
) -> None:
    with pytest.raises(ImportRejected) as refused:
        app.importer.import_file(
            book(tmp_path / "garden.xlsx", HOURS), columns={"Checked by": "notes"}
        )
    assert {p.values["cell"] for p in refused.value.problems} == {"E4", "E5", "E6"}


def _as_excel_saves_an_empty_text_result(path: Path, cell: str) -> Path:
    """Excel keeps a text formula's empty result as t="str" and an empty <v/>."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    xml = parts[sheet].decode()
    xml, found = re.subn(rf'<c r="{cell}"( [^>]*)?>', f'<c r="{cell}" t="str">', xml)
    assert found == 1
    parts[sheet] = xml.encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def test_an_empty_text_result_is_an_empty_cell(app: AppServices, tmp_path: Path) -> None:
    rows = [list(r) for r in HOURS]
    rows[3][4], rows[5][4] = "TOM", "TOM"
    rows[4][4] = '=IF(B5="","",UPPER(C5))'  # in a column read as notes: saved as empty text
    path = _as_excel_saves_an_empty_text_result(book(tmp_path / "garden.xlsx", rows), "E5")
    result = app.importer.import_file(path, columns={"Checked by": "notes"})
    assert result.totals.volunteer_minutes == (2 + 3.25 + 4) * 60


def test_a_count_without_its_result_is_not_a_day_nobody_came(
    app: AppServices, tmp_path: Path
) -> None:
    rows = [
        ["Date", "Activity", "Volunteers", "Participants"],
        [datetime(2025, 5, 6), "Litter pick", 4, 0],
        [datetime(2025, 5, 13), "Litter pick", "=COUNTA(F3:F9)", 0],
    ]
    with pytest.raises(ImportRejected) as refused:
        app.importer.import_file(book(tmp_path / "counts.xlsx", rows))
    assert [(p.line, p.code) for p in refused.value.problems] == [(3, "cell.not_calculated")]
