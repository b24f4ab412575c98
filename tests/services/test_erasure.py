"""Erasure checked in the raw bytes: the data file, its WAL and the backups the app keeps
are searched for a canary name, with a duplicate merged into the person erased."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.paths import AppPaths
from volunteer_app.services import backups
from volunteer_app.services.context import AppServices, open_services

CANARY = b"qzxcanary"  # every word below contains it, in some letter case


@pytest.fixture
def app(paths: AppPaths):  # type: ignore[no-untyped-def]
    services = open_services(paths)
    services.group.update("G", "W06000015", "")
    yield services
    services.close()


def _log(app: AppServices, day: date, *people: PersonEntry, **texts: str) -> uuid.UUID:
    walk = app.activities.add_type("Walk", "practical_help")
    draft = ActivityDraft(
        activity_date=day, activity_type_id=walk.id, duration_minutes=60, people=people
    )
    return app.activities.log(replace(draft, **texts))


def _person(app: AppServices, name: str) -> uuid.UUID:
    rows = app.people.rows(date(2000, 1, 1), date(2100, 1, 1))
    return next(r.id for r in rows if r.name == name)


def _files_holding_canary(paths: AppPaths) -> list[str]:
    found = []
    candidates = [paths.database, Path(str(paths.database) + "-wal")]
    candidates += sorted(paths.backup_dir.iterdir())
    for path in candidates:
        if path.is_file() and CANARY in path.read_bytes().lower():
            found.append(path.name)
    return found


def _canary_person(app: AppServices) -> uuid.UUID:
    """Zebedee, with a duplicate record merged into him that has its own details."""
    _log(app, date(2026, 1, 10), PersonEntry("Zebedee Qzxcanary", minutes=95), PersonEntry("Ann"))
    _log(app, date(2026, 1, 17), PersonEntry("Zeb QZXCANARY-dup", minutes=60))
    _log(app, date(2026, 1, 10), PersonEntry("Zeb QZXCANARY-dup", minutes=30))
    keep, dup = _person(app, "Zebedee Qzxcanary"), _person(app, "Zeb QZXCANARY-dup")
    for person_id, note in ((keep, "kept qzxcanary note"), (dup, "dup qzxcanary secret")):
        details = app.people.load(person_id)
        assert details is not None
        app.people.update(replace(details, contact=f"{note}@example.org", notes=note))
    app.people.merge(keep, dup)
    return keep


def test_erased_words_leave_the_file_the_wal_and_the_backups(app: AppServices) -> None:
    paths = app.paths
    zeb = _canary_person(app)
    backups.automatic_backup(paths)
    backups.safety_backup(paths, "import")
    held = _files_holding_canary(paths)
    assert {"volunteering.sqlite3", "volunteering.sqlite3-wal"} & set(held)
    assert len([n for n in held if n.endswith("Z.sqlite3")]) == 2  # the test can see them
    app.people.erase([zeb])
    assert _files_holding_canary(paths) == []  # the app still open, its WAL in use
    assert "Ann" in {r.name for r in app.people.rows(date(2000, 1, 1), date(2100, 1, 1))}
    for backup in backups.good_backups(paths):  # still good backups, restorable
        assert backups.validate_backup(backup).healthy


def test_a_backup_that_cannot_be_cleaned_is_deleted(app: AppServices) -> None:
    zeb = _canary_person(app)
    app.paths.backup_dir.mkdir(exist_ok=True)
    broken = app.paths.backup_dir / "auto-20250101T000000Z.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 80 + b"Zebedee Qzxcanary" * 100)
    app.people.erase([zeb])
    assert not broken.exists()
    assert _files_holding_canary(app.paths) == []


def test_a_deleted_activity_keeps_no_words_but_undo_brings_them_back(app: AppServices) -> None:
    activity = _log(
        app,
        date(2026, 2, 1),
        PersonEntry("Ann"),
        title="Qzxcanary walk",
        location="Qzxcanary Lane",
        notes="qzxcanary: Bob's address",
    )
    app.activities.delete(activity)
    assert _files_holding_canary(app.paths) == []
    app.activities.restore(activity)  # Edit > Undo, while the app is open
    record = app.activities.load(activity)
    assert record is not None
    assert (record.title, record.location) == ("Qzxcanary walk", "Qzxcanary Lane")
    assert record.notes == "qzxcanary: Bob's address"


def test_the_tombstone_stays_for_merging(app: AppServices) -> None:
    activity = _log(app, date(2026, 2, 1), PersonEntry("Ann"), title="Qzxcanary")
    app.activities.delete(activity)
    with app.database.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT deleted_at, title, search_text FROM activity WHERE id = ?", (activity.hex,)
        ).one()
    assert row[0] is not None and row[1:] == ("", "")


def test_subject_access_holds_merged_records_and_deleted_activities(
    app: AppServices, tmp_path: Path
) -> None:
    zeb = _canary_person(app)
    gone = _log(app, date(2026, 3, 1), PersonEntry("Zebedee Qzxcanary", minutes=45))
    app.activities.delete(gone)
    text = app.people.export_person(zeb, tmp_path / "zeb.csv", "G").read_text("utf-8-sig")
    assert "dup qzxcanary secret" in text and "Zeb QZXCANARY-dup" in text  # the merged record
    assert "2026-01-17" in text  # moved from the duplicate
    assert "2026-03-01" in text and "activity deleted" in text
    assert "Ann" not in text


def test_the_retention_nudge_erases_the_same_way(app: AppServices) -> None:
    _log(app, date(2022, 5, 1), PersonEntry("Old Qzxcanary"))
    stale = app.people.not_seen_for(24, date(2026, 3, 1))
    backups.automatic_backup(app.paths)
    app.people.erase([person_id for person_id, _name in stale])
    assert _files_holding_canary(app.paths) == []


def test_erasure_reaches_a_reopened_file(paths: AppPaths) -> None:
    app = open_services(paths)
    try:
        zeb = _canary_person(app)
    finally:
        app.close()
    app = open_services(paths)  # a new session: secure_delete is set on every connection
    try:
        app.people.erase([zeb])
    finally:
        app.close()
    assert _files_holding_canary(paths) == []


def test_restoring_an_older_backup_does_not_bring_the_erased_back(
    paths: AppPaths, tmp_path: Path
) -> None:
    app = open_services(paths)
    try:
        zeb = _canary_person(app)
        usb = backups.backup_to(paths, tmp_path / "usb" / "before-erase.sqlite3")
        app.people.erase([zeb])
    finally:
        app.close()
    assert CANARY in usb.read_bytes().lower()  # a copy kept elsewhere is the user's
    backups.restore(paths, usb)
    assert _files_holding_canary(paths) == []
    app = open_services(paths)
    try:
        names = {r.name for r in app.people.rows(date(2000, 1, 1), date(2100, 1, 1))}
        assert "Ann" in names and not any("qzxcanary" in n.casefold() for n in names)
        assert app.people.load(zeb) is None  # its erasure stamp reads back
        with app.database.engine.connect() as conn:
            named = conn.exec_driver_sql(
                "SELECT named_count FROM activity WHERE activity_date = '2026-01-10'"
            ).all()
        assert sorted(r[0] for r in named) == [0, 1]  # Ann alone is named now
    finally:
        app.close()


def test_what_earlier_versions_left_is_swept_once(paths: AppPaths) -> None:
    import sqlite3

    app = open_services(paths)
    try:
        zeb = _canary_person(app)
        gone = _log(app, date(2026, 3, 1), PersonEntry("Ann"), title="Qzxcanary picnic")
        app.activities.delete(gone)
    finally:
        app.close()
    conn = sqlite3.connect(paths.database)  # as an earlier version left it
    conn.execute("UPDATE activity SET title = 'Qzxcanary picnic' WHERE deleted_at IS NOT NULL")
    conn.execute(
        "UPDATE person SET display_name = '—', search_key = '', contact = '', notes = '',"
        " deleted_at = '2026-01-01T00:00:00.000000Z' WHERE id = ?",
        (zeb.hex,),
    )  # erased by an earlier version: the duplicate merged into Zebedee kept its details
    conn.execute("DELETE FROM meta WHERE key LIKE 'erasure_sweep%'")
    conn.commit()
    conn.close()
    backups.automatic_backup(paths)
    assert _files_holding_canary(paths)
    app = open_services(paths)
    try:
        assert _files_holding_canary(paths) == []
        assert app.people.load(zeb) is None  # timestamps written outside the ORM still read
        rows = app.people.rows(date(2000, 1, 1), date(2100, 1, 1))
        assert {r.name for r in rows} == {"Ann"}
    finally:
        app.close()
