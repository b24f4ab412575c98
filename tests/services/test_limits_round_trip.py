"""What the app accepted comes back whole from its full export: titles, text a
spreadsheet could run as a formula, notes as long as the form allows, names."""

from __future__ import annotations

import errno
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from volunteer_app.cli import main
from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.domain.limits import TEXT_LIMITS
from volunteer_app.paths import AppPaths
from volunteer_app.services.context import AppServices, open_services
from volunteer_app.services.full_export import csv_paths, export_everything

LONG_NOTES = ("=SUM(A1) " + "ŵ" * TEXT_LIMITS["activity_notes"])[: TEXT_LIMITS["activity_notes"]]


def disk_full() -> sqlite3.OperationalError:
    """The error SQLite itself raises when the file cannot grow (its code, not words)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("PRAGMA max_page_count = 1")
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (zeroblob(100000))")
    except sqlite3.OperationalError as exc:
        return exc
    finally:
        conn.close()
    raise AssertionError("SQLite did not report a full database")


def _saved(services: AppServices) -> list[tuple[str, ...]]:
    with services.database.engine.connect() as conn:
        activities = conn.exec_driver_sql(
            "SELECT activity_date, title, location, notes FROM activity ORDER BY activity_date"
        ).all()
        names = conn.exec_driver_sql("SELECT display_name FROM person ORDER BY search_key").all()
    return [tuple(map(str, row)) for row in activities] + [tuple(row) for row in names]


def _fill(services: AppServices) -> None:
    quiz = services.activities.add_type("Quiz", "other")
    for day, title, place, notes, names in (
        (5, "=Quiz night", "-Hall", LONG_NOTES, ("'Ann", "@Bob")),
        (6, "'quoted' title", "+44 Street", "line one\nline two", ("Siân Ŵyn",)),
        (7, "", "", "", ("=cmd|' /C calc'!A0",)),
    ):
        services.activities.log(
            ActivityDraft(
                activity_date=date(2026, 1, day),
                activity_type_id=quiz.id,
                title=title,
                location=place,
                notes=notes,
                duration_minutes=60,
                people=tuple(PersonEntry(n, minutes=60) for n in names),
            )
        )


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_full_export_round_trips_what_the_app_accepted(tmp_path: Path, suffix: str) -> None:
    source = open_services(AppPaths.under(tmp_path / "source"))
    _fill(source)
    before = _saved(source)
    target = tmp_path / f"everything{suffix}"
    export_everything(source.database, target)
    source.close()
    read = target if suffix == ".xlsx" else csv_paths(target)[1]  # the participations
    empty = open_services(AppPaths.under(tmp_path / "empty"))
    try:
        empty.importer.import_file(read)
        assert _saved(empty) == before
    finally:
        empty.close()


def test_a_full_disk_mid_import_is_exit_3_with_a_message(
    paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = open_services(paths)
    _fill(services)
    services.close()
    sheet = tmp_path / "more.csv"
    sheet.write_text("date,activity,person,hours\n2026-02-01,Quiz,Cai,2\n", encoding="utf-8")
    from sqlalchemy.exc import OperationalError

    import volunteer_app.services.backups as backups
    import volunteer_app.storage.importing.rows_repo as import_repo

    def full(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("INSERT", {}, disk_full())

    def full_copy(*_args: object, **_kwargs: object) -> None:
        raise disk_full()

    for module, name, fault in (
        (import_repo, "write_import", full),  # the rows themselves
        (backups, "copy_database", full_copy),  # the safety copy made first
    ):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(module, name, fault)
            code = main(["--data-dir", str(paths.data_dir), "import", str(sheet)])
        err = capsys.readouterr().err
        assert code == 3 and "disk is full" in err.lower() and "Traceback" not in err, name
    check = open_services(paths)
    assert check.group.counts().people == 4  # Cai was never added
    check.close()


def test_a_full_disk_mid_backup_is_exit_3_with_a_message(
    paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = open_services(paths)
    _fill(services)
    services.close()
    import volunteer_app.storage.backup as backup

    real_connect = sqlite3.connect

    def connect(target: object, *args: object, **kwargs: object) -> object:
        if str(target).endswith(".partial"):
            raise disk_full()
        return real_connect(target, *args, **kwargs)  # type: ignore[call-overload]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(backup.sqlite3, "connect", connect)
        code = main(
            ["--data-dir", str(paths.data_dir), "backup", "--out", str(tmp_path / "b.sqlite3")]
        )
    err = capsys.readouterr().err
    assert code == 3 and "disk is full" in err.lower() and "Traceback" not in err

    def enospc(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(backup.os, "fsync", enospc)
        code = main(
            ["--data-dir", str(paths.data_dir), "backup", "--out", str(tmp_path / "c.sqlite3")]
        )
    err = capsys.readouterr().err
    assert code == 3 and "No space left" in err and "Traceback" not in err


def test_people_and_regular_activities_meet_the_same_limits(paths: AppPaths) -> None:
    import uuid

    from volunteer_app.domain.errors import ValidationError
    from volunteer_app.domain.values import PersonDetails
    from volunteer_app.services.people import validate_person

    services = open_services(paths)
    try:
        walk = services.activities.add_type("W" * TEXT_LIMITS["type_label"], "other")
        with pytest.raises(ValidationError) as info:
            services.activities.add_type("W" * (TEXT_LIMITS["type_label"] + 1), "other")
        assert info.value.code == "type.label_too_long"
        name = "N" * TEXT_LIMITS["person_name"]
        person = PersonDetails(uuid.uuid4(), name, notes="n\x00" * 5_000)
        assert validate_person(person) == PersonDetails(person.id, name, notes="n" * 5_000)
        with pytest.raises(ValidationError) as info:
            validate_person(PersonDetails(uuid.uuid4(), name + "N"))
        assert info.value.code == "person.name_too_long"
        for changes, code in (
            ({"title": "t" * (TEXT_LIMITS["title"] + 1)}, "activity.title_too_long"),
            ({"location": "p" * (TEXT_LIMITS["location"] + 1)}, "activity.location_too_long"),
            ({"start_date": date(1899, 12, 25)}, "activity.too_early"),
        ):
            arguments: dict[str, object] = {"start_date": date(2026, 1, 5), **changes}
            with pytest.raises(ValidationError) as info:
                services.series.create(walk.id, "weekly", count=4, **arguments)  # type: ignore[arg-type]
            assert info.value.code == code
        assert services.series.all() == []
    finally:
        services.close()
