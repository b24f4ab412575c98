"""The shapes real groups keep, imported truthfully: every lookalike comes in with the
totals worked out from the file itself, or is refused with a message saying what to give;
none is ever imported with a different total."""

from __future__ import annotations

import random
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.services.importing.import_lookalikes import (
    BUILDERS,
    Lookalike,
    Reference,
    daily_summary,
    one_person_log,
    shift_export,
    us_hand_typed_log,
    write_csv,
    write_xlsx,
    yearless_minutes,
)
from volunteer_app.cli import main
from volunteer_app.domain.importing.plan import ImportOptions
from volunteer_app.domain.importing.planner import plan_import
from volunteer_app.domain.periods import custom_range
from volunteer_app.paths import AppPaths
from volunteer_app.services.context import AppServices
from volunteer_app.services.importing.importer import (
    ImportRejected,
    ImportService,
    ImportTotalsDiffer,
)
from volunteer_app.storage import summary_query
from volunteer_app.storage.database import Database
from volunteer_app.storage.importing import log_repo

TODAY = date(2026, 11, 1)


def held(db: Database) -> Reference:
    """What the data holds, added up straight from the tables."""
    with db.engine.connect() as conn:
        activities, minutes, volunteers, participants = conn.exec_driver_sql(
            "SELECT count(*), coalesce(sum(volunteer_minutes), 0),"
            " coalesce(sum(volunteers_count), 0), coalesce(sum(participants_count), 0)"
            " FROM activity WHERE deleted_at IS NULL"
        ).one()
        attendances = conn.exec_driver_sql(
            "SELECT count(*) FROM participation p JOIN activity a ON a.id = p.activity_id"
            " WHERE p.deleted_at IS NULL AND a.deleted_at IS NULL"
        ).scalar_one()
    return Reference(activities, attendances, minutes, volunteers, participants)


def cvc_minutes(db: Database) -> int:
    """Volunteer minutes as the CVC summary counts them."""
    facts = summary_query.summary_facts(db, custom_range(date(2015, 1, 1), date(2026, 12, 31)))
    return sum(t.volunteer_minutes for t in facts.by_type.values())


def options_of(args: list[str]) -> ImportOptions:
    fixed: dict[str, str] = {}
    order = year = None
    for flag, value in zip(args[::2], args[1::2], strict=True):
        if flag == "--set":
            key, _sep, text = value.partition("=")
            fixed[key] = text
        elif flag == "--date-order":
            order = value
        elif flag == "--year":
            year = int(value)
    return ImportOptions(fixed, order, year)


def files_of(look: Lookalike, folder: Path) -> list[Path]:
    name = look.name.replace(" ", "-")
    return [
        write_csv(folder / f"{name}.csv", look.rows),
        write_xlsx(folder / f"{name}.xlsx", look.rows),
    ]


@pytest.mark.parametrize("build", BUILDERS, ids=lambda b: b.__name__)
@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_each_lookalike_imports_with_its_own_totals(
    app: AppServices,
    tmp_path: Path,
    build,
    form: str,  # type: ignore[no-untyped-def]
) -> None:
    look = build(random.Random(7))
    path = files_of(look, tmp_path)[0 if form == "csv" else 1]
    result = app.importer.import_file(path, options=options_of(look.options))
    assert held(app.database) == look.reference
    assert cvc_minutes(app.database) == look.reference.minutes
    totals = result.totals
    assert (totals.activities, totals.attendances, totals.volunteer_minutes) == (
        look.reference.activities,
        look.reference.attendances,
        look.reference.minutes,
    )
    assert totals.volunteers_count == look.reference.volunteers


def test_the_shift_export_in_windows_1252_with_semicolons(app: AppServices, tmp_path: Path) -> None:
    look = shift_export(random.Random(3), shifts=40, decimal=",")
    path = write_csv(tmp_path / "shifts.csv", look.rows, delimiter=";", encoding="cp1252")
    source = app.importer.open_file(path)
    assert (source.table.encoding, source.table.delimiter) == ("Windows-1252", ";")
    assert source.guessed_mapping() == [
        "activity_ref", "title", "date", "location", "volunteers_count", "total_volunteer_hours",
    ]  # fmt: skip
    app.importer.import_file(path, options=options_of(look.options))
    assert held(app.database) == look.reference
    with app.database.engine.connect() as conn:
        types = conn.exec_driver_sql("SELECT label FROM activity_type").scalars().all()
        titles = conn.exec_driver_sql("SELECT DISTINCT title FROM activity").scalars().all()
    assert types == ["Festival shifts"]  # event names are titles, not dozens of types
    assert "Fête d'hiver" in titles


def test_a_shift_of_62_people_giving_434_hours(app: AppServices, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "one.csv",
        [["event_id", "event_name", "date", "attended", "volunteer_hours"],
         ["E1", "Opening night", "2025-01-11", "62", "434"]],
    )  # fmt: skip
    result = app.importer.import_file(path, options=ImportOptions({"activity": "Shifts"}))
    assert result.totals.volunteer_minutes == 434 * 60
    assert held(app.database) == Reference(1, 0, 434 * 60, 62, 0)


def test_without_the_options_each_is_refused_with_what_to_give(
    app: AppServices, tmp_path: Path
) -> None:
    refusals = {
        "shift export": "header.no_activity",
        "daily summary": "header.no_activity",
        "year-less minutes": "header.no_activity",
    }
    for build in BUILDERS:
        look = build(random.Random(5))
        path = files_of(look, tmp_path)[0]
        if look.name in refusals:
            with pytest.raises(ImportRejected) as info:
                app.importer.import_file(path)
            assert info.value.problems[0].code == refusals[look.name]
    look = yearless_minutes(random.Random(5))
    with pytest.raises(ImportRejected) as info:
        app.importer.import_file(
            files_of(look, tmp_path)[0], options=ImportOptions({"activity": "Committee"})
        )
    assert [p.code for p in info.value.problems] == ["date.year_needed"]
    assert "“19-Sep” has no year" in str(info.value.problems[0])
    assert held(app.database) == Reference(0, 0, 0, 0, 0)


def test_us_dates_are_decided_for_the_column_not_each_cell(
    app: AppServices, tmp_path: Path
) -> None:
    look = us_hand_typed_log(random.Random(1))
    app.importer.import_file(files_of(look, tmp_path)[0])
    with app.database.engine.connect() as conn:
        days = conn.exec_driver_sql("SELECT DISTINCT activity_date FROM activity ORDER BY 1")
        assert days.scalars().all() == [
            "2019-10-22", "2019-10-29", "2019-11-02", "2019-11-09", "2019-11-16", "2019-12-07",
        ]  # fmt: skip


def test_dates_that_could_be_either_are_asked_and_a_mixed_column_refused(
    app: AppServices, tmp_path: Path
) -> None:
    rows = [
        ["Date", "Activity", "Volunteers"],
        ["03/04/2025", "Pick", "2"],
        ["05/06/2025", "Pick", "3"],
    ]
    path = write_csv(tmp_path / "either.csv", rows)
    with pytest.raises(ImportRejected) as info:
        app.importer.import_file(path)
    assert str(info.value.problems[0]) == (
        "row 2, column date: “03/04/2025” could be 2025-04-03 (day first) or 2025-03-04 "
        "(month first): say which order the dates are written in"
    )
    app.importer.import_file(path, options=ImportOptions(date_order="mdy"))
    with app.database.engine.connect() as conn:
        days = conn.exec_driver_sql("SELECT activity_date FROM activity ORDER BY 1").scalars()
        assert days.all() == ["2025-03-04", "2025-05-06"]
    mixed = write_csv(
        tmp_path / "mixed.csv", [*rows, ["31/01/2025", "Pick", "1"], ["01/31/2025", "Pick", "1"]]
    )
    with pytest.raises(ImportRejected) as info:
        app.importer.import_file(mixed)
    assert [p.code for p in info.value.problems] == ["date.mixed_order"]


def test_totals_and_notes_are_skipped_and_listed(app: AppServices, tmp_path: Path) -> None:
    look = daily_summary(random.Random(2))
    result = app.importer.import_file(
        files_of(look, tmp_path)[0], options=ImportOptions({"activity": "Food bank"})
    )
    all_row = len(look.rows)
    assert (all_row, "total") in result.skipped
    assert all(why in ("total", "nobody") for _line, why in result.skipped)


def test_every_faulty_cell_of_a_row_is_named_and_hours_above_a_day_explained(
    app: AppServices, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "bad.csv",
        [
            ["Name", "Date", "Hours", "Activity", "Start"],
            ["Ann", "31/02/2025", "434", "Pick", "9am"],
        ],
    )
    with pytest.raises(ImportRejected) as info:
        app.importer.import_file(path)
    texts = [str(p) for p in info.value.problems]
    assert any("“31/02/2025” is not a date" in t for t in texts)
    assert any(
        "434 hours for one person in one day is more than 24: is this the total for everyone" in t
        for t in texts
    )
    assert any("“9am” is not a time" in t for t in texts)


def test_a_write_that_does_not_add_up_is_rolled_back(
    app: AppServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    look = shift_export(random.Random(4))
    path = files_of(look, tmp_path)[0]
    real = log_repo.held_totals

    def short_by_an_hour(tx, import_id):  # type: ignore[no-untyped-def]
        found = real(tx, import_id)
        return type(found)(**{**found.__dict__, "volunteer_minutes": found.volunteer_minutes - 60})

    monkeypatch.setattr(log_repo, "held_totals", short_by_an_hour)
    with pytest.raises(ImportTotalsDiffer) as info:
        app.importer.import_file(path, options=options_of(look.options))
    assert "Nothing was saved" in info.value.message
    assert held(app.database) == Reference(0, 0, 0, 0, 0)
    assert app.importer.imports() == []


def test_removing_an_import_returns_the_totals_exactly(app: AppServices, tmp_path: Path) -> None:
    before_file = write_csv(
        tmp_path / "before.csv",
        [
            ["Name", "Date", "Hours", "Activity"],
            ["Sam Jones", "2025-02-03", "2", "Litter pick – Parc Bute"],
        ],
    )
    app.importer.import_file(before_file)
    before = held(app.database)
    look = one_person_log(random.Random(9))
    path = files_of(look, tmp_path)[0]
    first = app.importer.import_file(path, options=options_of(look.options))
    assert first.import_id is not None
    # The same person's earlier entry joined: only the new rows were added.
    removed = app.importer.remove_import(first.import_id)
    assert removed.volunteer_minutes == first.totals.volunteer_minutes
    assert held(app.database) == before
    with app.database.engine.connect() as conn:
        people = conn.exec_driver_sql("SELECT count(*) FROM person WHERE deleted_at IS NULL")
        assert people.scalar_one() == 1  # Sam was there before: not removed
    again = app.importer.import_file(path, options=options_of(look.options))
    assert again.totals == first.totals  # the file's totals, not a mixture
    entries = app.importer.imports()
    assert [e.removed for e in entries].count(True) == 1 and len(entries) == 3
    assert entries[-1].sha256 and entries[-1].file_name == "before.csv"


def test_the_command_line_gives_the_options_and_prints_the_totals(
    paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    look = shift_export(random.Random(11), shifts=6)
    path = write_csv(tmp_path / "shifts.csv", look.rows)
    home = ["--data-dir", str(paths.data_dir)]
    assert main([*home, "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Which column says what the activity was?" in err and "--set activity=NAME" in err
    assert main([*home, "import", str(path), "--dry-run", "--set", "activity=Shifts"]) == 0
    out = capsys.readouterr().out
    hours = f"{look.reference.minutes / 60:.2f}".rstrip("0").rstrip(".")
    assert f"volunteer hours: {hours}" in out and "Would import 6 activities" in out
    assert f"unnamed volunteers (headcount): {look.reference.volunteers}" in out
    assert (
        main([*home, "import", str(path), "--map", "event_name=activity", "--map", "venue="]) == 0
    )
    out = capsys.readouterr().out
    assert f"volunteer hours: {hours}" in out and "Columns not imported: venue" in out
    assert main([*home, "imports"]) == 0
    listed = capsys.readouterr().out
    short = listed.split()[0]
    assert "shifts.csv" in listed and f"{hours} volunteer hours" in listed
    assert main([*home, "remove-import", short]) == 0
    assert "Removed import" in capsys.readouterr().out
    assert main([*home, "remove-import", short]) == 1
    assert "removed already" in capsys.readouterr().err
    help_text = main_help()
    assert "total_volunteer_hours" in help_text and "title " in help_text


def main_help() -> str:
    from volunteer_app.cli import build_parser

    sub = build_parser()._subparsers._group_actions[0].choices["import"]  # type: ignore[union-attr]
    return str(sub.format_help())


def test_many_people_at_one_activity_are_checked_in_linear_time() -> None:
    """40,000 rows of one activity took 52 s when each name was compared with all before."""
    rows = [(n + 2, [f"Person {n}", "2025-03-01", "Big count", "1"]) for n in range(40_000)]
    started = time.perf_counter()
    plan = plan_import(["person", "date", "activity", "hours"], rows, TODAY)
    assert not plan.problems and len(plan.activities[0].people) == 40_000
    assert time.perf_counter() - started < 5


# Hypothesis: random files of every shape, written as CSV or XLSX, imported with the
# options a user would give; the data then holds exactly the reference's figures.
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(min_value=0, max_value=10**6),
    build=st.sampled_from(BUILDERS),
    form=st.sampled_from(["csv", "xlsx", "cp1252"]),
)
def test_random_files_of_every_shape_keep_their_totals(seed: int, build, form: str) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    if build is shift_export:
        look = shift_export(
            rng, shifts=rng.randint(1, 30), decimal="," if form == "cp1252" else "."
        )
    else:
        look = build(rng)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        if form == "xlsx":
            path = write_xlsx(base / "f.xlsx", look.rows)
        elif form == "cp1252" and build is shift_export:
            path = write_csv(base / "f.csv", look.rows, delimiter=";", encoding="cp1252")
        else:
            path = write_csv(base / "f.csv", look.rows)
        db = Database.open(base / "d.sqlite3", base / "backups")
        try:
            result = ImportService(db, today=lambda: TODAY).import_file(
                path, options=options_of(look.options)
            )
            assert held(db) == look.reference
            assert cvc_minutes(db) == look.reference.minutes
            assert result.import_id is None or isinstance(result.import_id, uuid.UUID)
        finally:
            db.close()


def test_a_shift_export_comes_back_whole_from_the_full_export(
    app: AppServices, tmp_path: Path
) -> None:
    """Titles and total hours travel through the group's own full export and back."""
    from volunteer_app.services.full_export import export_everything

    look = shift_export(random.Random(8), shifts=9)
    app.importer.import_file(files_of(look, tmp_path)[1], options=options_of(look.options))
    export_everything(app.database, tmp_path / "all.xlsx")
    target = Database.open(tmp_path / "again" / "d.sqlite3", tmp_path / "again" / "b")
    try:
        ImportService(target, today=lambda: TODAY).import_file(tmp_path / "all.xlsx")
        assert held(target) == look.reference
        with target.engine.connect() as conn:
            titles = conn.exec_driver_sql("SELECT count(DISTINCT title) FROM activity").scalar()
        assert titles == len({row[1] for row in look.rows[1:]})
    finally:
        target.close()


def test_removing_an_import_takes_attendances_added_since_to_its_activities(
    app: AppServices, tmp_path: Path
) -> None:
    from dataclasses import replace

    from volunteer_app.domain.activity import PersonEntry

    look = one_person_log(random.Random(3))
    result = app.importer.import_file(files_of(look, tmp_path)[0], options=options_of(look.options))
    assert result.import_id is not None
    with app.database.engine.connect() as conn:
        first_id = conn.exec_driver_sql("SELECT id FROM activity LIMIT 1").scalar_one()
    record = app.activities.load(uuid.UUID(first_id))
    assert record is not None
    draft = replace(record, people=(*record.people, PersonEntry("Ceri Ann", minutes=30)))
    app.activities.update(record.id, draft)
    preview = app.importer.held_totals(result.import_id)
    assert preview.attendances == look.reference.attendances + 1
    app.importer.remove_import(result.import_id)
    assert held(app.database) == Reference(0, 0, 0, 0, 0)

    def words() -> tuple[int, int]:
        with app.database.engine.connect() as conn:
            return (
                conn.exec_driver_sql(
                    "SELECT count(*) FROM person WHERE display_name = 'Sam Jones'"
                ).scalar_one(),
                conn.exec_driver_sql(
                    "SELECT count(*) FROM activity WHERE notes LIKE '%bottles%'"
                ).scalar_one(),
            )

    # Like a deleted activity, a removed import leaves no names or notes in the file.
    assert words() == (0, 0)
    app.importer.restore_import(result.import_id)
    assert words()[0] == 1 and words()[1] > 0
    after = held(app.database)
    assert (after.attendances, after.minutes) == (
        look.reference.attendances + 1,
        look.reference.minutes + 30,
    )


def test_a_type_column_of_the_groups_own_kinds_says_what_the_activity_was(
    app: AppServices, tmp_path: Path
) -> None:
    rows = [
        ["Date", "Event", "Type", "Volunteers", "Hours"],
        ["2025-06-01", "Summer fair", "Fundraiser", "12", "60"],
        ["2025-06-08", "Beach clean", "Litter pick", "20", "50"],
        ["2025-06-15", "Beach clean", "Litter pick", "18", "45"],
    ]
    path = write_csv(tmp_path / "events.csv", rows)
    source = app.importer.open_file(path)
    assert source.guessed_mapping() == [
        "date", "title", "activity", "volunteers_count", "total_volunteer_hours",
    ]  # fmt: skip
    app.importer.import_file(path)
    assert held(app.database) == Reference(3, 0, 155 * 60, 50, 0)
    with app.database.engine.connect() as conn:
        labels = conn.exec_driver_sql("SELECT label FROM activity_type ORDER BY 1").scalars()
        assert labels.all() == ["Fundraiser", "Litter pick"]
    codes = write_csv(tmp_path / "codes.csv", [["Date", "Activity", "Type", "Volunteers"],
                                               ["2025-06-01", "Fair", "raising_money", "3"]])  # fmt: skip
    assert app.importer.open_file(codes).guessed_mapping()[2] == "activity_type"


shift_rows = st.lists(
    st.tuples(
        st.dates(min_value=date(2019, 1, 1), max_value=date(2026, 6, 30)),
        st.integers(min_value=0, max_value=400),  # headcount
        st.integers(min_value=0, max_value=4000),  # total hours, in quarters
        st.sampled_from(["Opening night", "Parêd", "Caffi Trwsio", ""]),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=shift_rows,
    decimal=st.sampled_from([".", ","]),
    total_row=st.booleans(),
    form=st.sampled_from(["csv", "xlsx"]),
)
def test_random_shift_rows_hold_exactly_their_headcounts_and_hours(
    rows: list[tuple[date, int, int, str]], decimal: str, total_row: bool, form: str
) -> None:
    table: list[list[str]] = [["event_id", "event_name", "date", "attended", "volunteer_hours"]]
    expected = Reference(0, 0, 0, 0, 0)
    refusal = ""
    for number, (day, count, quarters, name) in enumerate(rows):
        hours = f"{quarters / 4:g}".replace(".", decimal)
        table.append([f"E{number}", name, day.isoformat(), str(count), hours])
        if count == 0 and quarters == 0:
            continue  # nobody came: skipped, and listed
        if count == 0 or quarters * 15 > count * 24 * 60:
            # hours with no one counted, or more than a day each: refused
            refusal = refusal or ("hours.total_without_count" if count == 0 else "")
            refusal = refusal or "hours.total_too_many"
            expected = None  # type: ignore[assignment]
            continue
        if expected is not None:
            expected = Reference(
                expected.activities + 1,
                0,
                expected.minutes + quarters * 15,
                expected.volunteers + count,
                0,
            )
    if total_row:
        table.append(["", "", "ALL", str(sum(r[1] for r in rows)), "0"])
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        path = (
            write_xlsx(base / "f.xlsx", table)
            if form == "xlsx"
            else write_csv(base / "f.csv", table, delimiter=";" if decimal == "," else ",")
        )
        db = Database.open(base / "d.sqlite3", base / "backups")
        try:
            service = ImportService(db, today=lambda: TODAY)
            options = ImportOptions({"activity": "Shifts"})
            if expected is None:
                with pytest.raises(ImportRejected) as info:
                    service.import_file(path, options=options)
                codes = {p.code for p in info.value.problems}
                assert codes <= {"hours.total_without_count", "hours.total_too_many"}, codes
                assert refusal in codes
                expected = Reference(0, 0, 0, 0, 0)
            elif expected.activities == 0:  # every row skipped: refused, not "0 imported"
                with pytest.raises(ImportRejected) as info:
                    service.import_file(path, options=options)
                assert {p.code for p in info.value.problems} == {"rows.all_skipped"}
            else:
                service.import_file(path, options=options)
            assert held(db) == expected
            assert cvc_minutes(db) == expected.minutes
        finally:
            db.close()
