"""Hostile and broken CSV files: a cell over the csv module's limit, 100,000 columns, a
quote never closed, UTF-8 and Windows-1252 mixed, binary bytes. Each is read correctly or
gets one line naming where, never a traceback."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.services.test_hostile_spreadsheets import refused
from volunteer_app.services.importing.spreadsheets import ImportRejected, read_table
from volunteer_app.services.sheet_table import MAX_CELL_CHARS, MAX_COLUMNS


def csv_refused(tmp_path: Path, data: bytes) -> tuple[int, str, dict[str, str]]:
    path = tmp_path / "f.csv"
    path.write_bytes(data)
    return refused(path)


def test_a_csv_line_over_the_csv_modules_field_limit(tmp_path: Path) -> None:
    data = b"Name,Date\r\nAnn,2026-01-05\r\nBob," + b"x" * 200_000 + b"\r\n"
    assert csv_refused(tmp_path, data)[:2] == (3, "file.csv_cell_too_long")
    data = b"Name,Date\r\nBob," + b"x" * (MAX_CELL_CHARS + 1) + b"\r\n"
    assert csv_refused(tmp_path, data)[:2] == (2, "file.csv_cell_too_long")


def test_a_csv_with_100000_columns(tmp_path: Path) -> None:
    data = b"Name,Date\r\n" + b",".join([b"1"] * 100_000) + b"\r\n"
    assert csv_refused(tmp_path, data) == (
        2,
        "file.too_wide",
        {"column": "100000", "limit": str(MAX_COLUMNS)},
    )
    padded = tmp_path / "padded.csv"  # empty cells to the right are only padding
    padded.write_bytes(b"Name,Date\r\nAnn,2026-01-05" + b"," * 100_000 + b"\r\n")
    assert read_table(padded).rows[1] == (2, ["Ann", "2026-01-05"])


def test_an_unterminated_quote_is_named_where_it_opens(tmp_path: Path) -> None:
    data = (
        b'Name,Date,Notes\r\nAnn,2026-01-05,"fine"\r\nBob,2026-01-06,"oops\r\nCy,2026-01-07,x\r\n'
    )
    assert csv_refused(tmp_path, data)[:2] == (3, "file.open_quote")
    closed = tmp_path / "closed.csv"
    closed.write_bytes(b'Name,Notes\r\nAnn,"two\r\nlines"')
    assert read_table(closed).rows[-1][1] == ["Ann", "two\r\nlines"]


def test_mixed_utf8_and_windows_1252_is_refused_naming_the_first_odd_line(
    tmp_path: Path,
) -> None:
    data = "Name,Date\r\nSiân Ŵyn,2026-01-05\r\n".encode() + "José,2026-01-06\r\n".encode("cp1252")
    assert csv_refused(tmp_path, data)[:2] == (3, "file.mixed_encoding")
    plain = tmp_path / "plain.csv"  # all Windows-1252 still reads, correctly
    plain.write_bytes("Name,Date\r\nJosé Siân,2026-01-06\r\n".encode("cp1252"))
    assert read_table(plain).rows[1][1][0] == "José Siân"


def test_utf16_and_windows_1252_files_read_and_binary_ones_are_refused(tmp_path: Path) -> None:
    text = "Name\tDate\r\nSiân Ŵyn\t2026-01-05\r\n"
    path = tmp_path / "unicode.txt"
    path.write_bytes(text.encode("utf-16"))
    table = read_table(path)
    assert (table.encoding, table.rows[1][1]) == ("UTF-16", ["Siân Ŵyn", "2026-01-05"])
    assert csv_refused(tmp_path, "Name\r\n".encode("utf-16") + b"\x00\xd8")[1] in (
        "file.not_spreadsheet",
        "file.bad_csv",
    )
    assert csv_refused(tmp_path, b"Name,Date\r\nAnn\x81,x\r\n")[1] == "file.not_spreadsheet"
    assert csv_refused(tmp_path, b"Name,Date\r\nAnn\x00,x\r\n")[1] == "file.not_spreadsheet"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=400))
def test_any_bytes_either_read_or_get_a_line(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "any.csv"
    path.write_bytes(data)
    try:
        read_table(path)
    except ImportRejected as exc:
        assert exc.problems and all(str(p) for p in exc.problems)
