"""Importing coordinators' own spreadsheets: the files Excel and LibreOffice really write."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest

from volunteer_app.paths import AppPaths
from volunteer_app.services.context import AppServices, open_services
from volunteer_app.services.importer import ImportCancelled, ImportRejected, ImportService


@pytest.fixture
def app(paths: AppPaths):  # type: ignore[no-untyped-def]
    services = open_services(paths)
    services.importer = ImportService(services.database, today=lambda: date(2026, 11, 1))
    yield services
    services.close()


def totals(app: AppServices) -> tuple[int, int, int, int]:
    with app.database.engine.connect() as conn:
        minutes = conn.exec_driver_sql(
            "SELECT COALESCE(SUM(minutes), 0) FROM participation WHERE deleted_at IS NULL"
        ).scalar_one()
    counts = app.group.counts()
    return counts.activities, counts.participations, counts.people, minutes


UK_EXCEL_CSV = (
    "Llanfair Garden Club \u2013 volunteer hours 2025,,,\r\n"
    ",,,\r\n"
    "Name,Date,Hours,Session\r\n"
    "Siân Hughes,03/02/2025,2.5,Garden day\r\n"
    ",,,\r\n"
    "Rhodri Bowen,3 February 2025,2:30,Garden day\r\n"
    "Siân Hughes,10/02/2025,2h30,Seed swap\r\n"
    "Zoë Price,10 Chwefror 2025,1,Seed swap\r\n"
)


def test_a_uk_excel_csv_in_windows_1252_with_title_and_blank_rows(
    app: AppServices, tmp_path: Path
) -> None:
    path = tmp_path / "hours.csv"
    path.write_bytes(UK_EXCEL_CSV.encode("cp1252"))
    source = app.importer.open_file(path)
    assert (source.table.encoding, source.table.delimiter) == ("Windows-1252", ",")
    assert (source.header_row, source.rows_above_header) == (3, 1)
    assert source.guessed_mapping() == ["person", "date", "hours", "activity"]
    result = app.importer.import_file(path)
    assert (result.rows, result.activities, result.participations, result.new_people) == (
        4,
        2,
        4,
        3,
    )
    assert totals(app) == (2, 4, 3, 150 + 150 + 150 + 60)
    with app.database.engine.connect() as conn:
        names = conn.exec_driver_sql("SELECT display_name FROM person ORDER BY 1").scalars().all()
    assert names == ["Rhodri Bowen", "Siân Hughes", "Zoë Price"]


def test_a_semicolon_csv_with_decimal_commas(app: AppServices, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "\ufeffVolunteer;Session;Date;Hrs\nAnn;Litter pick;01.02.2026;2,5\n"
        "Bob;Litter pick;01.02.2026;1,75\n",
        encoding="utf-8",
    )
    source = app.importer.open_file(path)
    assert source.table.delimiter == ";"
    app.importer.import_file(path)
    assert totals(app) == (1, 2, 2, 150 + 105)


def make_workbook(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Hours"
    sheet["A1"] = "Tregaron Community Café volunteers"
    sheet.merge_cells("A1:D1")
    sheet.append([])
    sheet.append(["Volunteer", "Date", "Duration", "Session"])
    sheet.append(["Ann Evans", datetime(2026, 3, 4), time(2, 30), "Café"])
    sheet.append(["Bob Lloyd", date(2026, 3, 4), 3, "Café"])
    sheet.append([None, None, None, None])
    sheet.append(["Ann Evans", datetime(2026, 3, 11), 1.5, "Café"])
    book.create_sheet("Notes")["A1"] = "not imported"
    book.save(path)


def test_an_xlsx_with_date_cells_and_a_merged_title(app: AppServices, tmp_path: Path) -> None:
    path = tmp_path / "café.xlsx"
    make_workbook(path)
    source = app.importer.open_file(path)
    assert (source.table.form, source.table.sheet, source.table.sheets) == (
        "xlsx",
        "Hours",
        ["Hours", "Notes"],
    )
    assert source.guessed_mapping() == ["person", "date", "hours", "activity"]
    result = app.importer.import_file(path)
    assert (result.activities, result.participations, result.new_people) == (2, 3, 2)
    assert totals(app) == (2, 3, 2, 150 + 180 + 90)


def test_bad_rows_reject_the_file_whole_and_name_each_problem(
    app: AppServices, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "Name,Date,Hours,Session\n"
        "Ann,01/02/2026,2,Walk\n"
        "Bob,31/02/2026,2,Walk\n"  # no such date
        "Cat,01/02/2026,lots,Walk\n"  # not a length of time
        "Dai,01/02/2026,2:75,Walk\n"  # 75 minutes is not a clock's minutes
        "Eve,,2,Walk\n"  # no date
        ",01/02/2026,2,Walk\n"  # hours but nobody
        "Fay,01/02/2026,30,Walk\n",  # more than a day
        encoding="utf-8",
    )
    with pytest.raises(ImportRejected) as info:
        app.importer.import_file(path)
    found = {(p.line, p.column, p.code) for p in info.value.problems}
    assert found == {
        (3, "date", "date.invalid"),
        (4, "hours", "hours.invalid"),
        (5, "hours", "hours.invalid"),
        (6, "date", "date.required"),
        (7, "person", "person.needed"),
        (8, "hours", "hours.over_day"),
    }
    assert "“lots” is not a length of time" in str(info.value.problems[1])
    assert totals(app) == (0, 0, 0, 0)


def test_importing_the_same_file_twice_adds_nothing_and_says_so(
    app: AppServices, tmp_path: Path
) -> None:
    path = tmp_path / "hours.csv"
    path.write_bytes(UK_EXCEL_CSV.encode("cp1252"))
    app.importer.import_file(path)
    before = totals(app)
    again = app.importer.import_file(path)
    assert (again.activities, again.participations, again.skipped_rows) == (0, 0, 4)
    assert totals(app) == before
    # The same sheet a month later, with one more name on a saved activity and a new one.
    path.write_bytes(
        (UK_EXCEL_CSV + "Aled Rees,10/02/2025,1,Seed swap\r\nAnn,17/02/2025,1,Pruning\r\n").encode(
            "cp1252"
        )
    )
    later = app.importer.import_file(path)
    assert (later.activities, later.participations, later.skipped_rows) == (1, 2, 4)
    assert totals(app) == (3, 6, 5, before[3] + 120)
    with app.database.engine.connect() as conn:
        named = conn.exec_driver_sql(
            "SELECT named_count, volunteer_minutes FROM activity a JOIN activity_type t"
            " ON t.id = a.activity_type_id WHERE t.label = 'Seed swap'"
        ).one()
    assert tuple(named) == (3, 150 + 60 + 60)


def test_headcounts_differing_from_the_saved_ones_are_kept_and_reported(
    app: AppServices, tmp_path: Path
) -> None:
    path = tmp_path / "counts.csv"
    path.write_text("date,activity,volunteers_count\n2026-01-05,Walk,4\n", encoding="utf-8")
    app.importer.import_file(path)
    path.write_text("date,activity,volunteers_count\n2026-01-05,Walk,6\n", encoding="utf-8")
    result = app.importer.import_file(path)
    assert (result.kept_headcounts, result.activities) == ((2,), 0)
    with app.database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT volunteers_count FROM activity").scalar_one() == 4


def test_a_chosen_mapping_overrides_the_guess(app: AppServices, tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("Who,When,What,Time\nAnn,2026-01-05,Walk,10:00\n", encoding="utf-8")
    source = app.importer.open_file(path)
    assert source.guessed_mapping() == ["person", "date", "activity", None]
    checked = app.importer.check(source, ["person", "date", "activity", "start_time"])
    assert checked.ok
    result = app.importer.write(checked)
    assert result.ignored_columns == ()
    with app.database.engine.connect() as conn:
        assert (
            conn.exec_driver_sql("SELECT start_time FROM activity").scalar_one().startswith("10:00")
        )


def test_cancelling_during_the_write_leaves_nothing(app: AppServices, tmp_path: Path) -> None:
    path = tmp_path / "hours.csv"
    path.write_bytes(UK_EXCEL_CSV.encode("cp1252"))
    source = app.importer.open_file(path)
    checked = app.importer.check(source, source.guessed_mapping())
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done == 0  # cancel after the first batch is in

    with pytest.raises(ImportCancelled):
        app.importer.write(checked, progress)
    assert seen[0] == (0, 2 + 3 + 2 + 4) and len(seen) == 2
    assert totals(app) == (0, 0, 0, 0)


def test_the_command_line_imports_a_workbook(paths: AppPaths, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from volunteer_app.cli import main

    path = tmp_path / "café.xlsx"
    make_workbook(path)
    assert main(["--data-dir", str(paths.data_dir), "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Imported 2 activities with 3 named participations from 3 rows" in out
    assert main(["--data-dir", str(paths.data_dir), "import", str(path)]) == 0
    assert "Skipped 3 rows already in the data" in capsys.readouterr().out
