"""Backups and restore with real files: good, wrong, damaged and newer backups."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from volunteer_app.domain.errors import ValidationError
from volunteer_app.paths import AppPaths
from volunteer_app.services import backups
from volunteer_app.services.context import open_services
from volunteer_app.services.demo_data import add_demo_data


@pytest.fixture
def home(paths: AppPaths) -> AppPaths:
    services = open_services(paths)
    add_demo_data(services.database, "small", seed=4)
    services.close()
    return paths


def _activities(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM activity").fetchone()[0])
    finally:
        conn.close()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data) - 4096, 4096 * 3):
        data[offset + 8 : offset + 400] = b"\x55" * 392
    path.write_bytes(bytes(data))


def test_backup_to_a_file_while_open(home: AppPaths, tmp_path: Path) -> None:
    services = open_services(home)  # the app is running
    try:
        target = backups.backup_to(home, tmp_path / "usb" / "my-backup.sqlite3")
    finally:
        services.close()
    assert _activities(target) == 150
    assert backups.validate_backup(target).healthy
    assert not Path(str(target) + "-wal").exists()  # one self-contained file


def test_restore_a_good_backup_keeps_the_current_data_first(home: AppPaths, tmp_path: Path) -> None:
    saved = backups.backup_to(home, tmp_path / "b.sqlite3")
    conn = sqlite3.connect(home.database)
    conn.execute("DELETE FROM participation")
    conn.execute("DELETE FROM activity")
    conn.commit()
    conn.close()
    safety = backups.restore(home, saved)
    assert _activities(home.database) == 150
    assert safety is not None and _activities(safety) == 0  # what was replaced is kept


@pytest.mark.parametrize("kind", ["text", "other_sqlite", "damaged", "newer"])
def test_a_bad_backup_is_refused_and_nothing_changes(
    home: AppPaths, tmp_path: Path, kind: str
) -> None:
    bad = tmp_path / "bad.sqlite3"
    if kind == "text":
        bad.write_text("name,hours\n", encoding="utf-8")
    elif kind == "other_sqlite":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.close()
    else:
        backups.backup_to(home, bad)
        if kind == "damaged":
            _damage(bad)
        else:
            conn = sqlite3.connect(bad)
            conn.execute("PRAGMA user_version = 99")
            conn.close()
    before = home.database.read_bytes()
    with pytest.raises(ValidationError) as info:
        backups.restore(home, bad)
    assert info.value.code in ("restore.not_ours", "restore.damaged", "restore.too_new")
    assert home.database.read_bytes() == before


def test_automatic_backups_once_a_day_and_rotated(home: AppPaths) -> None:
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    for day in range(120):
        backups.automatic_backup(home, start + timedelta(days=day))
        backups.automatic_backup(home, start + timedelta(days=day, hours=5))  # same day: none
    files = list(home.backup_dir.glob("auto-*.sqlite3"))
    assert 7 <= len(files) <= 23
    assert backups.good_backups(home)[0].name.startswith("auto-20260430")


def test_import_makes_a_safety_backup_first(home: AppPaths, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("date,activity,person\n2026-01-05,Walk,Al\n", encoding="utf-8")
    services = open_services(home)
    try:
        services.importer.import_file(source)
    finally:
        services.close()
    copies = list(home.backup_dir.glob("before-import-*.sqlite3"))
    assert len(copies) == 1 and _activities(copies[0]) == 150


def test_set_aside_keeps_a_damaged_file(home: AppPaths) -> None:
    _damage(home.database)
    moved = backups.set_aside(home)
    assert moved is not None and moved.exists() and not home.database.exists()


def test_a_backup_stops_cleanly_when_the_app_closes(home: AppPaths, tmp_path: Path) -> None:
    from volunteer_app.storage.backup import STOPPER, Cancelled

    STOPPER.stop()
    try:
        with pytest.raises(Cancelled):
            backups.backup_to(home, tmp_path / "b.sqlite3")
        with pytest.raises(Cancelled):
            services_integrity(home)
    finally:
        STOPPER.reset()
    assert not list(tmp_path.glob("b.sqlite3*"))  # no half-written copy left behind


def services_integrity(paths: AppPaths) -> list[str]:
    from volunteer_app.storage.backup import integrity_problems

    return integrity_problems(paths.database, quick=True)
