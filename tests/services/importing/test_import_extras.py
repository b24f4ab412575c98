"""Importing places with a type, event pulses, projects and outputs: matched by name,
checked as the pulse grid checks, written in the import's one transaction and taken back
with it; the full export comes back whole into an empty data folder."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from volunteer_app.domain.importing.rows import FIELDS
from volunteer_app.domain.importing.values import guess_mapping
from volunteer_app.domain.periods import custom_range
from volunteer_app.domain.summary_community import build_rows_1_1
from volunteer_app.paths import AppPaths
from volunteer_app.services.context import AppServices, open_services
from volunteer_app.services.demo_data import add_demo_data
from volunteer_app.services.full_export import csv_paths, export_everything
from volunteer_app.services.importing.importer import ImportRejected, ImportService
from volunteer_app.services.summary_export import row_tuples
from volunteer_app.storage.summary_query import summary_facts

TODAY = date(2026, 11, 1)


def write(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "import.csv"
    path.write_text(content, encoding="utf-8")
    return path


def rows_of(app: AppServices, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"{app.database.path.as_uri()}?mode=ro", uri=True)
    try:
        return sorted(conn.execute(sql).fetchall(), key=repr)
    finally:
        conn.close()


def held(app: AppServices) -> dict[str, object]:
    """Each live activity's place type, pulse, outputs and projects, by date and title."""
    return {
        "places": rows_of(
            app,
            "SELECT a.activity_date, a.location, coalesce(p.place_type, 'not_known')"
            " FROM activity a LEFT JOIN place p ON p.name = a.location"
            " WHERE a.deleted_at IS NULL AND a.location <> ''",
        ),
        "pulse": rows_of(
            app,
            "SELECT a.activity_date, t.label, a.start_time, p.cards, p.belong_agree,"
            " p.get_on_well_agree, p.respect_agree, p.trust_people_agree,"
            " p.trust_institutions_agree, p.met_someone_new_agree, p.all_three"
            " FROM activity_pulse p JOIN activity a ON a.id = p.activity_id"
            " JOIN activity_type t ON t.id = a.activity_type_id WHERE a.deleted_at IS NULL",
        ),
        "outputs": rows_of(
            app,
            "SELECT a.activity_date, t.label, a.start_time, m.name, o.amount"
            " FROM activity_output o JOIN activity a ON a.id = o.activity_id"
            " JOIN output_measure m ON m.id = o.output_id"
            " JOIN activity_type t ON t.id = a.activity_type_id"
            " WHERE o.deleted_at IS NULL AND a.deleted_at IS NULL",
        ),
        "projects": rows_of(
            app,
            "SELECT a.activity_date, t.label, a.start_time, p.name"
            " FROM activity_project ap JOIN activity a ON a.id = ap.activity_id"
            " JOIN project p ON p.id = ap.project_id"
            " JOIN activity_type t ON t.id = a.activity_type_id"
            " WHERE ap.deleted_at IS NULL AND a.deleted_at IS NULL AND p.deleted_at IS NULL",
        ),
    }


PAPER = (
    "Cwm Community Group - pulse cards counted, autumn\n"
    "\n"
    "Date,Session,Venue,Place type,Volunteers,Participants,Cards,Belong,Get on,Respect,"
    "Trust people,Trust council,Met someone new,All three,Project,output: Bags of litter\n"
)


def test_paper_tallies_with_places_projects_and_outputs(app: AppServices, tmp_path: Path) -> None:
    """A lookalike of a coordinator's sheet: a title row, their own headings mapped by
    hand as the wizard's Columns page would, a totals row at the foot."""
    path = write(
        tmp_path,
        PAPER
        + "13/10/2026,Litter pick,Traeth,Outdoors,6,,,,,,,,,,Keep Wales Tidy,14\n"
        + "20/10/2026,Coffee morning,Neuadd y Capel,Adeilad ffydd,2,20,18,15,14,16,12,8,9,"
        "13,Awards for All; Keep Wales Tidy,\n"
        + "Total,,,,8,20,18,,,,,,,,,14\n",
    )
    columns = {
        "Session": "activity", "Venue": "location", "Place type": "place_type",
        "Cards": "pulse_cards", "Belong": "pulse_belong_agree",
        "Get on": "pulse_get_on_well_agree", "Respect": "pulse_respect_agree",
        "Trust people": "pulse_trust_people_agree",
        "Trust council": "pulse_trust_institutions_agree",
        "Met someone new": "pulse_met_someone_new_agree", "All three": "pulse_all_three",
    }  # fmt: skip
    result = app.importer.import_file(path, columns=columns)
    assert result.activities == 2 and [line for line, _why in result.skipped] == [6]
    assert set(result.new_projects) == {"Keep Wales Tidy", "Awards for All"}
    assert result.new_outputs == ("Bags of litter",)
    assert set(result.new_places) == {"Traeth", "Neuadd y Capel"}
    found = held(app)
    assert found["places"] == [
        ("2026-10-13", "Traeth", "outdoors"),
        ("2026-10-20", "Neuadd y Capel", "faith_building"),
    ]
    [pulse] = found["pulse"]
    assert pulse[3:] == (18, 15, 14, 16, 12, 8, 9, 13)
    assert [row[3:] for row in found["outputs"]] == [("Bags of litter", 14)]
    assert Counter(row[3] for row in found["projects"]) == {"Keep Wales Tidy": 2, "Awards for All": 1}
    projects = {p.name: p for p in _projects(app)}
    assert projects["Keep Wales Tidy"].start == date(2026, 10, 13)  # the first day it is used
    # Taking the import back takes its places, projects and outputs with it; undo returns them.
    before = held(app)
    assert result.import_id is not None
    app.importer.remove_import(result.import_id)
    assert held(app) == {"places": [], "pulse": [], "outputs": [], "projects": []}
    assert _projects(app) == [] and rows_of(app, "SELECT name FROM place") == []
    app.importer.restore_import(result.import_id)
    assert held(app) == before


def _projects(app: AppServices) -> list:  # type: ignore[type-arg]
    from volunteer_app.services.funding.projects import FundingService

    return FundingService(app.database).projects()


@pytest.mark.parametrize(
    ("cells", "column", "code"),
    [
        ("20,21,0,0,0,0,0,0", "pulse_belong_agree", "pulse.answers_above_cards"),
        ("20,10,12,15,0,0,0,11", "pulse_all_three", "pulse.all_three_above_agree"),
        ("20,ten,0,0,0,0,0,0", "pulse_belong_agree", "value.not_whole"),
    ],
)
def test_pulse_counts_checked_as_the_grid_checks_them(
    app: AppServices, tmp_path: Path, cells: str, column: str, code: str
) -> None:
    header = "date,activity,volunteers_count," + ",".join(
        f for f in FIELDS if f.startswith("pulse_")
    )
    path = write(tmp_path, f"{header}\n2026-10-03,Café,3,{cells}\n")
    with pytest.raises(ImportRejected) as refused:
        app.importer.import_file(path)
    assert [(p.line, p.column, p.code) for p in refused.value.problems] == [(2, column, code)]
    assert app.group.counts().activities == 0


def test_place_type_codes_or_labels_and_a_known_place_of_another_type(
    app: AppServices, tmp_path: Path
) -> None:
    first = write(tmp_path, "date,activity,location,place_type,volunteers_count\n"
                  "2026-10-03,Café,Llyfrgell Cwm,library,2\n")  # fmt: skip
    app.importer.import_file(first)
    path = write(
        tmp_path,
        "date,activity,location,place_type,volunteers_count\n"
        "2026-10-10,Café,Llyfrgell Cwm,Canolfan chwaraeon neu hamdden,2\n"
        "2026-10-11,Café,Neuadd,Sports hall,2\n",
    )
    with pytest.raises(ImportRejected) as refused:
        app.importer.import_file(path)
    assert [(p.line, p.code) for p in refused.value.problems] == [(3, "place.unknown_type")]
    path = write(tmp_path, path.read_text(encoding="utf-8").replace("Sports hall", "outdoors"))
    with pytest.raises(ImportRejected) as refused:
        app.importer.import_file(path)  # the place's type is not changed behind anyone's back
    assert [(p.line, p.code) for p in refused.value.problems] == [(2, "place.type_conflict")]
    assert "Edit > Places" in str(refused.value.problems[0])
    assert app.group.counts().activities == 1


def test_rows_of_one_activity_must_agree_on_its_pulse(app: AppServices, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "date,activity,person,pulse_cards\n2026-10-03,Café,Nia,12\n2026-10-03,Café,Huw,13\n",
    )
    with pytest.raises(ImportRejected) as refused:
        app.importer.import_file(path)
    assert [(p.line, p.code) for p in refused.value.problems] == [(3, "value.disagrees")]


def test_project_heading_alone_still_names_the_activity() -> None:
    """Real groups' "Project" column often says what the activity was: with no other
    activity column it is read so, as before; beside one, it names the projects."""
    assert guess_mapping(["Date", "Project", "Volunteers"], FIELDS) == [
        "date", "activity", "volunteers_count"
    ]  # fmt: skip
    assert guess_mapping(["Date", "Activity", "Project"], FIELDS) == [
        "date", "activity", "project"
    ]  # fmt: skip
    assert guess_mapping(["Date", "Session", "Project", "Output: Meals served"], FIELDS) == [
        "date", "activity", "project", "output: Meals served"
    ]  # fmt: skip


def test_project_only_file_reads_as_before(app: AppServices, tmp_path: Path) -> None:
    path = write(tmp_path, "Date,Project,Volunteers\n13/10/2026,Repair café,4\n")
    result = app.importer.import_file(path)
    assert result.activities == 1 and result.new_projects == ()
    assert [t.label for t in app.activities.types()] == ["Repair café"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_full_export_comes_back_whole_into_an_empty_folder(tmp_path: Path, suffix: str) -> None:
    source = open_services(AppPaths.under(tmp_path / "source"))
    add_demo_data(source.database, "small", seed=4, until=date(2026, 3, 31))
    everything = custom_range(date(2015, 1, 1), date(2026, 3, 31))
    target = tmp_path / f"everything{suffix}"
    export_everything(source.database, target)
    before = held(source)
    summary = row_tuples(build_rows_1_1(summary_facts(source.database, everything)))
    source.close()
    assert before["pulse"] and before["outputs"] and before["projects"]
    assert any(t != "not_known" for _d, _n, t in before["places"])  # type: ignore[attr-defined]
    empty = open_services(AppPaths.under(tmp_path / "empty"))
    try:
        sheet = csv_paths(target)[1] if suffix == ".csv" else target
        ImportService(empty.database, today=lambda: TODAY).import_file(sheet)
        assert held(empty) == before
        assert row_tuples(build_rows_1_1(summary_facts(empty.database, everything))) == summary
    finally:
        empty.close()


def test_the_command_line_carries_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from volunteer_app.cli import main

    data = str(tmp_path / "data")
    good = tmp_path / "good.csv"
    good.write_text(
        "date,activity,place_type,location,volunteers_count,project,output: Meals served\n"
        "2026-10-03,Lunch club,community_hall,Neuadd,3,Awards for All,40\n",
        encoding="utf-8",
    )
    assert main(["--data-dir", data, "import", str(good)]) == 0
    said = capsys.readouterr().out
    assert "New projects, starting on the first day used" in said and "Awards for All" in said
    assert "New outputs" in said and "Meals served" in said
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "date,activity,volunteers_count,pulse_cards,pulse_respect_agree\n"
        "2026-10-10,Lunch club,3,11,12\n",
        encoding="utf-8",
    )
    assert main(["--data-dir", data, "import", str(bad)]) != 0
    said = capsys.readouterr()
    assert "12 cards agreed, but only 11 were handed in" in said.out + said.err


def test_an_activity_already_saved_keeps_its_own_and_says_so(
    app: AppServices, tmp_path: Path
) -> None:
    first = write(tmp_path, "date,activity,volunteers_count,pulse_cards\n2026-10-03,Café,3,\n")
    app.importer.import_file(first)
    again = write(
        tmp_path, "date,activity,person,pulse_cards,project\n2026-10-03,Café,Nia,12,Lottery\n"
    )
    result = app.importer.import_file(again)
    assert result.participations == 1 and result.kept_extras == (2,)
    assert result.new_projects == () and held(app)["pulse"] == []
