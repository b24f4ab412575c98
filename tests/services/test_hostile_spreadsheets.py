"""Hostile and broken spreadsheets: each gets one line saying what is wrong, in bounded
memory and time, and never a traceback. The workbooks are built here part by part."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.services.xlsx_parts import (
    STYLES,
    inline_row,
    shared_strings,
    sheet_xml,
    write_workbook,
)
from volunteer_app.services.importing.spreadsheets import ImportRejected, read_table
from volunteer_app.services.sheet_table import MAX_COLUMNS

HEADER = inline_row(1, "Name", "Date", "Hours", "Event")
LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)
OUTSIDE = '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def refused(path: Path, sheet: str | None = None) -> tuple[int, str, dict[str, str]]:
    with pytest.raises(ImportRejected) as info:
        read_table(path, sheet)
    assert len(info.value.problems) == 1
    problem = info.value.problems[0]
    return problem.line, problem.code, problem.values


def corrupt(path: Path, part: str) -> Path:
    """Flip bytes in the middle of one part's compressed data."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(part)
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    data[middle : middle + 4] = bytes(b ^ 0xFF for b in data[middle : middle + 4])
    path.write_bytes(bytes(data))
    return path


# Each: name -> (a function making the file, the code expected, or None when it reads).
def _lying_dimension(path: Path) -> Path:
    far = '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>end</t></is></c></row>'
    rows = HEADER + inline_row(2, "Ann", "2026-01-05", "2", "Walk") + far
    return write_workbook(path, {"Log": sheet_xml(rows, dimension="A1:XFD1048576")})


def _laughs(path: Path) -> Path:
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    return write_workbook(path, {"Log": sheet_xml(rows, prolog=LAUGHS)})


def _outside_entity(path: Path) -> Path:
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    strings = f'{OUTSIDE}<sst xmlns="{"http://schemas.openxmlformats.org/spreadsheetml/2006/main"}"><si><t>&xxe;</t></si></sst>'
    return write_workbook(path, {"Log": sheet_xml(rows)}, strings)


def _utf16_laughs(path: Path) -> Path:
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    xml = sheet_xml(rows, prolog=LAUGHS.replace('"1.0"?', '"1.0" encoding="UTF-16"?'))
    return write_workbook(
        path, {"Log": ""}, replace={"xl/worksheets/sheet1.xml": xml.encode("utf-16")}
    )


def _malformed(path: Path) -> Path:
    return write_workbook(path, {"Log": sheet_xml(HEADER + '<row r="2"><c r="A2"><v>1</v></row>')})


def _no_sheets(path: Path) -> Path:
    return write_workbook(path, {})


def _corrupt_part(path: Path) -> Path:
    rows = HEADER + "".join(
        inline_row(n, f"Person {n}", "2026-01-05", "2", "Walk") for n in range(2, 400)
    )
    write_workbook(path, {"Log": sheet_xml(rows)})
    return corrupt(path, "xl/worksheets/sheet1.xml")


def _bad_shared_index(path: Path) -> Path:
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>7</v></c></row>'
    return write_workbook(path, {"Log": sheet_xml(rows)}, shared_strings("Name", "Date"))


def _text_in_number(path: Path) -> Path:
    rows = (
        HEADER
        + '<row r="2"><c r="A2" t="inlineStr"><is><t>Ann</t></is></c><c r="C2"><v>two</v></c></row>'
    )
    return write_workbook(path, {"Log": sheet_xml(rows)})


def _zip_bomb(path: Path) -> Path:
    padding = " " * (70 * 1024 * 1024)  # compresses to about 70 KB
    return write_workbook(path, {"Log": sheet_xml(HEADER) + padding})


def _far_column(path: Path) -> Path:
    rows = HEADER + '<row r="2"><c r="XFD2"><v>1</v></c></row>'
    return write_workbook(path, {"Log": sheet_xml(rows)})


def _bogus_row_number(path: Path) -> Path:
    rows = HEADER + '<row r="99999999999"><c><v>1</v></c></row>'
    return write_workbook(path, {"Log": sheet_xml(rows)})


def _deep_nesting(path: Path) -> Path:
    deep = "<x>" * 3_000_000 + "</x>" * 3_000_000  # 21 MB: gigabytes as a tree
    xml = sheet_xml(HEADER).replace("</sheetData>", f"</sheetData><extLst>{deep}</extLst>")
    return write_workbook(path, {"Log": xml})


def _many_parts(path: Path) -> Path:
    write_workbook(path, {"Log": sheet_xml(HEADER)})
    with zipfile.ZipFile(path, "a") as archive:
        for number in range(10_001):
            archive.writestr(f"xl/media/x{number}.xml", "")
    return path


def _bloated_styles(path: Path) -> Path:
    """A million cell styles (Excel allows 64,000): 20 MB that openpyxl would build a
    gigabyte of objects from."""
    many = '<xf numFmtId="14"/>' * 1_000_000
    styles = STYLES.replace("</cellXfs>", many + "</cellXfs>")
    return write_workbook(path, {"Log": sheet_xml(HEADER)}, replace={"xl/styles.xml": styles})


HOSTILE = {
    "lying_dimension": (_lying_dimension, None),
    "billion_laughs": (_laughs, "file.unsafe_xml"),
    "external_entity": (_outside_entity, "file.unsafe_xml"),
    "utf16_laughs": (_utf16_laughs, "file.unsafe_xml"),
    "malformed_sheet": (_malformed, "file.damaged_part"),
    "no_sheets": (_no_sheets, "file.no_sheets"),
    "corrupt_part": (_corrupt_part, "file.damaged_part"),
    "bad_shared_index": (_bad_shared_index, "file.bad_string_ref"),
    "text_in_number": (_text_in_number, "file.text_in_number"),
    "zip_bomb": (_zip_bomb, "file.part_too_large"),
    "far_column": (_far_column, "file.too_wide"),
    "bogus_row_number": (_bogus_row_number, "file.damaged_part"),
    "many_parts": (_many_parts, "file.bad_workbook"),
    "deep_nesting": (_deep_nesting, "file.damaged_part"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_each_hostile_workbook_gets_one_line(name: str, tmp_path: Path) -> None:
    make, code = HOSTILE[name]
    path = make(tmp_path / f"{name}.xlsx")
    if code is None:
        table = read_table(path)
        assert [line for line, _ in table.rows] == [1, 2, 1_048_576]  # only rows present
        assert max(len(cells) for _, cells in table.rows) == 4  # not the declared XFD
        return
    _line, found, _values = refused(path)
    assert found == code


def test_what_the_lines_say(tmp_path: Path) -> None:
    assert refused(_bad_shared_index(tmp_path / "a.xlsx")) == (
        1,
        "file.bad_string_ref",
        {"cell": "B1"},
    )
    assert refused(_text_in_number(tmp_path / "b.xlsx"))[::2] == (2, {"cell": "C2"})
    assert refused(_far_column(tmp_path / "c.xlsx")) == (
        2,
        "file.too_wide",
        {"column": "XFD", "limit": str(MAX_COLUMNS)},
    )
    assert refused(_malformed(tmp_path / "d.xlsx"))[2] == {"part": "xl/worksheets/sheet1.xml"}
    assert refused(_outside_entity(tmp_path / "e.xlsx"))[2] == {"part": "xl/sharedStrings.xml"}


def test_a_sheet_that_is_not_there_is_refused_listing_the_sheets(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "two.xlsx", {"Hours": sheet_xml(HEADER), "Notes": sheet_xml("")}
    )
    assert refused(path, "Hourz") == (
        0,
        "file.no_such_sheet",
        {"sheet": "Hourz", "sheets": "Hours, Notes"},
    )
    assert read_table(path, "Hours").sheet == "Hours"


def test_excel_1900_date_serials_and_the_day_that_never_was(tmp_path: Path) -> None:
    cells = "".join(
        f'<c r="{col}2" s="1"><v>{serial}</v></c>'
        for col, serial in zip("ABCDE", (1, 59, 60, 61, 46_000), strict=True)
    )
    path = write_workbook(tmp_path / "d.xlsx", {"S": sheet_xml(f'<row r="2">{cells}</row>')})
    assert read_table(path).rows == [
        (2, ["1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01", "2025-12-09"])
    ]
    mac = write_workbook(
        tmp_path / "m.xlsx",
        {
            "S": sheet_xml(
                '<row r="1"><c r="A1" s="1"><v>0.5</v></c><c r="B1" s="1"><v>44538</v></c></row>'
            )
        },
        epoch_1904=True,
    )
    assert read_table(mac).rows == [(1, ["12:00", "2025-12-09"])]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(0, 10_000), st.binary(min_size=1, max_size=8))
def test_a_workbook_damaged_anywhere_reads_or_gets_a_line(
    tmp_path: Path, at: int, junk: bytes
) -> None:
    path = tmp_path / "w.xlsx"
    rows = HEADER + inline_row(2, "Ann", "2026-01-05", "2", "Walk")
    write_workbook(path, {"Log": sheet_xml(rows)}, shared_strings("a", "b"))
    data = bytearray(path.read_bytes())
    at %= len(data)
    data[at : at + len(junk)] = junk
    path.write_bytes(bytes(data))
    try:
        read_table(path)
    except ImportRejected as exc:
        assert exc.problems and all(str(p) for p in exc.problems)


# The command line, in child processes, with their memory measured ------------------------

MEASURE = """
import resource, subprocess, sys
home, files = sys.argv[1], sys.argv[2:]
for path in files:
    done = subprocess.run(
        [sys.executable, "-m", "volunteer_app", "--data-dir", home, "import", path],
        capture_output=True, text=True,
    )
    lines = [l for l in done.stderr.splitlines() if l.strip()]
    print(done.returncode, len(lines), "Traceback" in done.stderr, repr(lines[-1:]))
print("peak", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def test_the_command_line_refuses_each_in_one_line_under_500_mb(tmp_path: Path) -> None:
    files = [
        str(make(tmp_path / f"{name}.xlsx"))
        for name, (make, code) in sorted(HOSTILE.items())
        if code is not None
    ]
    files.append(str(_bloated_styles(tmp_path / "styles.xlsx")))
    big = tmp_path / "big.csv"  # 60 MB: read as a stream, refused at the cell limit
    big.write_bytes(b"Name,Date,Hours,Event\n" + b"Ann Jones,2026-01-05,2,Walk\n" * 2_200_000)
    files.append(str(big))
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(tmp_path / "home"), *files],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    *results, peak = done.stdout.splitlines()
    for path, result in zip(files, results, strict=True):
        code, lines, traceback, _last = result.split(" ", 3)
        # "not imported..." and the one line saying why
        assert (code, lines, traceback) == ("1", "2", "False"), (path, result)
    assert int(peak.split()[1]) < 500 * 1024  # kilobytes on Linux


def test_the_command_line_lists_the_sheets_when_sheet_names_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from volunteer_app.cli import main

    path = write_workbook(
        tmp_path / "two.xlsx", {"Hours": sheet_xml(HEADER), "Notes": sheet_xml("")}
    )
    code = main(["--data-dir", str(tmp_path / "home"), "import", str(path), "--sheet", "Hourz"])
    err = capsys.readouterr().err
    assert code == 1
    assert "the workbook has no sheet called “Hourz”; its sheets are: Hours, Notes" in err


_CELL = st.builds(
    lambda ref, kind, style, value: (
        f"<c{ref}{kind}{style}><v>{value}</v></c>"
        if kind != ' t="inlineStr"'
        else f"<c{ref}{kind}><is><t>{value}</t></is></c>"
    ),
    st.sampled_from(["", ' r="A1"', ' r="B7"', ' r="XFD3"', ' r="a1"', ' r="1A"', ' r=""']),
    st.sampled_from(
        [
            "",
            ' t="s"',
            ' t="n"',
            ' t="b"',
            ' t="d"',
            ' t="e"',
            ' t="str"',
            ' t="inlineStr"',
            ' t="x"',
        ]
    ),
    st.sampled_from(["", ' s="1"', ' s="2"', ' s="99"', ' s="-1"', ' s="x"']),
    st.sampled_from(["0", "1", "60", "-5", "1e308", "nan", "inf", "abc", "2026-13-45", "", "3.5"]),
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(st.sampled_from(["", ' r="2"', ' r="0"', ' r="x"']), st.lists(_CELL, max_size=4)),
        max_size=4,
    )
)
def test_any_sheet_of_odd_cells_reads_or_gets_a_line(
    tmp_path: Path, rows: list[tuple[str, list[str]]]
) -> None:
    xml = "".join(f"<row{r}>{''.join(cells)}</row>" for r, cells in rows)
    path = write_workbook(tmp_path / "odd.xlsx", {"S": sheet_xml(xml)}, shared_strings("a", "b"))
    try:
        table = read_table(path)
    except ImportRejected as exc:
        assert exc.problems and all(str(p) for p in exc.problems)
    else:
        assert all(isinstance(c, str) for _, cells in table.rows for c in cells)
