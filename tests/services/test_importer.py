"""The canonical-template importer: whole-file validation, all or nothing."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from volunteer_app.domain.import_rows import TEMPLATE_COLUMNS, parse_date, parse_time
from volunteer_app.paths import AppPaths
from volunteer_app.services.context import AppServices, open_services
from volunteer_app.services.importer import ImportRejected, ImportService

TEMPLATE = Path(__file__).parent.parent.parent / "resources" / "templates" / "import-template.csv"


@pytest.fixture
def app(paths: AppPaths):  # type: ignore[no-untyped-def]
    services = open_services(paths)
    services.importer = ImportService(services.database, today=lambda: date(2026, 11, 1))
    yield services
    services.close()


def write(tmp_path: Path, content: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "import.csv"
    path.write_bytes(content.encode(encoding))
    return path


def test_the_shipped_template_imports(app: AppServices) -> None:
    header = TEMPLATE.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert tuple(header) == TEMPLATE_COLUMNS
    result = app.importer.import_file(TEMPLATE)
    assert (result.activities, result.participations, result.new_people) == (3, 4, 4)
    counts = app.group.counts()
    assert (counts.activities, counts.participations, counts.people) == (3, 4, 4)


def test_dry_run_writes_nothing(app: AppServices) -> None:
    result = app.importer.import_file(TEMPLATE, dry_run=True)
    assert result.activities == 3 and not result.written
    assert app.group.counts().activities == 0


def test_bom_any_column_order_and_uk_dates(app: AppServices, tmp_path: Path) -> None:
    path = write(tmp_path, "\ufeffperson,Date,ACTIVITY,minutes\nLlŷr,31/01/2026,Caffi,45\n")
    app.importer.import_file(path)
    with app.database.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT a.activity_date, p.minutes, per.display_name FROM participation p "
            "JOIN activity a ON a.id = p.activity_id JOIN person per ON per.id = p.person_id"
        ).one()
    assert tuple(row) == ("2026-01-31", 45, "Llŷr")


def test_people_are_matched_by_name_ignoring_case_and_spaces(
    app: AppServices, tmp_path: Path
) -> None:
    app.importer.import_file(write(tmp_path, "date,activity,person\n2026-01-01,Café,Siân Ŵyn\n"))
    app.importer.import_file(write(tmp_path, "date,activity,person\n2026-01-08,café,  SIÂN ŵYN \n"))
    counts = app.group.counts()
    assert (counts.people, counts.activity_types, counts.activities) == (1, 1, 2)


def test_duration_from_times_and_minutes_default(app: AppServices, tmp_path: Path) -> None:
    app.importer.import_file(
        write(
            tmp_path, "date,activity,start_time,end_time,person\n2026-01-01,Pick,09:30,11:45,Al\n"
        )
    )
    with app.database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT duration_minutes FROM activity").scalar_one() == 135
        assert conn.exec_driver_sql("SELECT minutes FROM participation").scalar_one() == 135


def test_bad_rows_reject_the_whole_file_with_a_message_each(
    app: AppServices, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "\n".join(
            [
                "date,activity,activity_type,start_time,end_time,person,role,minutes,volunteers_count",
                "2026-01-01,Café,organising_running,10:00,12:00,Ann,volunteer,60,",  # fine
                "2026-02-30,Café,,,,Bob,,,",  # no such date
                "2026-01-01,Café,raising_money,10:00,12:00,Cat,,,",  # disagrees with line 2
                "2026-01-05,Walk,,11:00,10:00,Dai,,,",  # ends before it starts
                "2026-01-06,Walk,,,,Eve,boss,,",  # unknown role
                "2026-01-07,Walk,,,,Fay,,2000,",  # over a day
                "2026-01-08,Walk,,,,,,,-3",  # negative headcount
                "2029-01-01,Walk,,,,Gwyn,,,",  # far future
                "2026-01-09,,,,,Huw,,,",  # no activity name
                "2026-01-01,Café,organising_running,10:00,12:00,ann,,,",  # Ann twice
            ]
        )
        + "\n",
    )
    with pytest.raises(ImportRejected) as info:
        app.importer.import_file(path)
    found = {(p.line, p.column) for p in info.value.problems}
    assert found == {
        (3, "date"),
        (4, "activity_type"),
        (5, "end_time"),
        (6, "role"),
        (7, "minutes"),
        (8, "volunteers_count"),
        (9, "date"),
        (10, "activity"),
        (11, "person"),
    }
    assert all(p.message for p in info.value.problems)
    assert app.group.counts().activities == 0


def test_activity_with_nobody_is_rejected(app: AppServices, tmp_path: Path) -> None:
    with pytest.raises(ImportRejected) as info:
        app.importer.import_file(write(tmp_path, "date,activity\n2026-01-01,Nothing\n"))
    assert "no people and no headcount" in info.value.problems[0].message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"date,activity\n", "no rows"),
        (b"\n\n,,\n", "empty"),
        (b"name,hours\nAl,3\n", "no column is read as: date"),
        (b"%PDF-1.4\n\x00\x01\xff\xfe", "not a spreadsheet"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "workbook cannot be read"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Excel .xls"),
        (b"date,activity\n\x00\x01\x02", "not a spreadsheet"),
    ],
)
def test_files_that_are_not_the_template(
    app: AppServices, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(ImportRejected) as info:
        app.importer.import_file(path)
    assert expected in str(info.value.problems[0])
    assert app.group.counts().activities == 0


def test_an_existing_type_keeps_its_code(app: AppServices, tmp_path: Path) -> None:
    app.importer.import_file(
        write(tmp_path, "date,activity,activity_type,person\n2026-01-01,Quiz,raising_money,Al\n")
    )
    with pytest.raises(ImportRejected) as info:
        app.importer.import_file(
            write(tmp_path, "date,activity,activity_type,person\n2026-02-01,quiz,campaigning,Al\n")
        )
    assert "already mapped to raising_money" in info.value.problems[0].message


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_dates_parse_in_both_forms(day: date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.day}/{day.month}/{day.year}") == day
    assert parse_date(f"{day.day:02d}/{day.month:02d}/{day.year}") == day


@given(st.text(max_size=12))
def test_date_parser_never_crashes_on_junk(value: str) -> None:
    with contextlib.suppress(ValueError):  # anything else would be a crash
        parse_date(value)


@given(st.integers(0, 23), st.integers(0, 59))
def test_times(hour: int, minute: int) -> None:
    assert parse_time(f"{hour}:{minute:02d}").hour == hour
    assert parse_time(f"{hour:02d}.{minute:02d}").minute == minute
