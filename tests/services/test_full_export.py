"""The group's full export: every record, labelled as personal data, safe to open, and
importable again with the same totals."""

from __future__ import annotations

import csv
import tempfile
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings

from tests.storage.test_summary_query import _normalise
from tests.world import World, world_tables, worlds
from volunteer_app.cli import main
from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.domain.periods import custom_range, parse_period
from volunteer_app.paths import AppPaths
from volunteer_app.services.context import AppServices, open_services
from volunteer_app.services.demo_data import add_demo_data
from volunteer_app.services.full_export import WARNING, export_everything
from volunteer_app.storage.bulk import insert_rows
from volunteer_app.storage.database import Database
from volunteer_app.storage.summary_query import summary_facts


@pytest.fixture
def app(paths: AppPaths):  # type: ignore[no-untyped-def]
    services = open_services(paths)
    yield services
    services.close()


def figures(services: AppServices) -> tuple[object, ...]:
    """The totals a coordinator would compare: counts, hours and the dashboard's figures."""
    with services.database.engine.connect() as conn:
        minutes = conn.exec_driver_sql(
            "SELECT SUM(volunteer_minutes), SUM(volunteers_count), SUM(participants_count)"
            " FROM activity WHERE deleted_at IS NULL"
        ).one()
        attended = conn.exec_driver_sql(
            "SELECT COUNT(DISTINCT person_id) FROM participation WHERE deleted_at IS NULL"
        ).scalar_one()
    counts = services.group.counts()
    dashboard = services.reports.dashboard(parse_period("FY2025"))
    return (counts.activities, counts.participations, attended, tuple(minutes), dashboard)


def test_export_all_then_import_into_an_empty_database_gives_the_same_totals(
    tmp_path: Path,
) -> None:
    source = open_services(AppPaths.under(tmp_path / "source"))
    add_demo_data(source.database, "small", seed=3, until=date(2026, 3, 31))
    target_file = tmp_path / "everything.xlsx"
    result = export_everything(source.database, target_file)
    before = figures(source)
    source.close()
    assert result.activities == before[0] and result.participations == before[1]
    empty = open_services(AppPaths.under(tmp_path / "empty"))
    try:
        imported = empty.importer.import_file(target_file)
        assert imported.activities == before[0]
        assert figures(empty) == before
        again = empty.importer.import_file(target_file)  # nothing doubles
        assert (again.activities, again.participations) == (0, 0)
        assert figures(empty) == before
    finally:
        empty.close()


def test_every_sheet_is_labelled_and_holds_its_records(app: AppServices, tmp_path: Path) -> None:
    add_demo_data(app.database, "small", seed=1, until=date(2026, 3, 31))
    path = tmp_path / "all.xlsx"
    export_everything(app.database, path, "cy")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Gweithgareddau", "Cyfranogiadau", "Pobl"]
    assert book.active is not None and book.active.title == "Cyfranogiadau"
    counts = app.group.counts()
    for sheet in book.worksheets:
        assert sheet["A1"].value == WARNING["cy"] and sheet["A1"].font.b
        assert sheet.freeze_panes == "A4"
    assert book["Gweithgareddau"].max_row - 3 == counts.activities
    assert book["Gweithgareddau"]["A4"].is_date
    named = [r for r in book["Cyfranogiadau"].iter_rows(min_row=4, values_only=True) if r[9]]
    assert len(named) == counts.participations
    assert book["Pobl"].max_row - 3 == counts.people


def test_text_that_could_run_as_a_formula_stays_text(app: AppServices, tmp_path: Path) -> None:
    walk = app.activities.add_type("Walk", "practical_help")
    app.activities.log(
        ActivityDraft(
            activity_date=date(2026, 1, 5),
            activity_type_id=walk.id,
            duration_minutes=60,
            notes="-2 because of rain; =HYPERLINK(evil)",
            people=(PersonEntry("Ann", minutes=60),),
        )
    )
    book_path = tmp_path / "all.xlsx"
    export_everything(app.database, book_path)
    with zipfile.ZipFile(book_path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml  # no formulas at all
    book = openpyxl.load_workbook(book_path)
    notes = book["Activities"]["P4"]
    assert notes.value == "-2 because of rain; =HYPERLINK(evil)" and notes.quotePrefix
    export_everything(app.database, tmp_path / "all.csv")
    with (tmp_path / "all-activities.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == [WARNING["en"]]
    notes_at = rows[2].index("notes")
    assert rows[3][0] == "2026-01-05"
    assert rows[3][notes_at] == "'-2 because of rain; =HYPERLINK(evil)"


def test_the_command_line_saves_a_workbook_and_warns(
    paths: AppPaths, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "records.xlsx"
    assert main(["--data-dir", str(paths.data_dir), "export-all", "--out", str(out)]) == 0
    assert out.exists() and "personal data" in capsys.readouterr().out
    assert (
        main(["--data-dir", str(paths.data_dir), "export-all", "--out", str(tmp_path / "x.pdf")])
        == 1
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(world=worlds(max_people=12, max_activities=15))
def test_any_world_survives_export_and_import(world: World) -> None:
    """Same-day activities of one type, people at several, headcount-only and empty
    activities, every role: the CVC summary's facts come back the same."""
    from volunteer_app.services.importing.importer import ImportService

    with tempfile.TemporaryDirectory() as folder:
        source = Database.open(Path(folder) / "a.sqlite3", Path(folder) / "ab")
        target = Database.open(Path(folder) / "b.sqlite3", Path(folder) / "bb")
        try:
            with source.transaction() as tx:
                for table, rows in world_tables(world).items():
                    insert_rows(tx, table, rows)
            export_everything(source, Path(folder) / "all.xlsx")
            importer = ImportService(target, today=lambda: date(2026, 12, 31))
            if world.activities:
                importer.import_file(Path(folder) / "all.xlsx")
            year = custom_range(date(2026, 1, 1), date(2026, 12, 31))
            counts = (
                "SELECT (SELECT count(*) FROM activity), (SELECT count(*) FROM participation),"
                " (SELECT sum(minutes) FROM participation)"
            )
            with source.engine.connect() as a, target.engine.connect() as b:
                assert tuple(a.exec_driver_sql(counts).one()) == tuple(
                    b.exec_driver_sql(counts).one()
                )
            assert _normalise(summary_facts(target, year)) == _normalise(
                summary_facts(source, year)
            )
        finally:
            source.close()
            target.close()
