"""Hostile environments: a read-only folder, a full disk, a locked or vanished file.
Each gives a clear error, nothing committed is lost, and reading still works."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest

from volunteer_app.domain.activity import ActivityDraft, ActivityFilter, PersonEntry
from volunteer_app.domain.errors import StorageError
from volunteer_app.paths import AppPaths
from volunteer_app.services.context import AppServices, open_services

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


def _seed(paths: AppPaths) -> None:
    services = open_services(paths)
    walk = services.activities.add_type("Walk", "practical_help")
    services.activities.log(
        ActivityDraft(
            activity_date=date(2026, 1, 5),
            activity_type_id=walk.id,
            duration_minutes=60,
            people=(PersonEntry("Ann", minutes=60),),
        )
    )
    services.close()


def _one_more(services: AppServices) -> None:
    walk = services.activities.types()[0]
    services.activities.log(
        ActivityDraft(
            activity_date=date(2026, 1, 6),
            activity_type_id=walk.id,
            volunteers_count=3,
            duration_minutes=60,
        )
    )


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else False,
    reason="root writes to read-only folders anyway",
)
def test_read_only_folder_opens_for_reading(paths: AppPaths) -> None:
    _seed(paths)
    paths.data_dir.chmod(stat.S_IRUSR | stat.S_IXUSR)
    paths.database.chmod(stat.S_IRUSR)
    try:
        services = open_services(paths)
        assert services.database.read_only
        assert services.activities.count(ActivityFilter()) == 1
        with pytest.raises(StorageError) as info:
            _one_more(services)
        assert info.value.code == "db.read_only"
        services.close()
    finally:
        paths.data_dir.chmod(stat.S_IRWXU)
        paths.database.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_read_only_file_as_root_is_also_read_only(paths: AppPaths, tmp_path: Path) -> None:
    """Root ignores file modes, so the read-only path is also checked by opening the file
    through a read-only connection the way the app's fallback does."""
    _seed(paths)
    from volunteer_app.storage.database import Database, make_read_only_engine

    database = Database(paths.database, make_read_only_engine(paths.database))
    database.read_only = True
    database._load_site()
    database._remember_file()
    with pytest.raises(StorageError) as info, database.transaction():
        pass
    assert info.value.code == "db.read_only"
    database.close()


def test_full_disk_gives_a_clear_error_and_writes_nothing(paths: AppPaths) -> None:
    _seed(paths)
    services = open_services(paths)
    try:
        with services.database.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()

        from sqlalchemy import event

        def cap(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

        services.database.engine.dispose()
        event.listen(services.database.engine, "connect", cap)
        with pytest.raises(StorageError) as info:
            for _ in range(50):  # until the file would have to grow
                walk = services.activities.types()[0]
                services.activities.log(
                    ActivityDraft(
                        activity_date=date(2026, 2, 1),
                        activity_type_id=walk.id,
                        duration_minutes=60,
                        notes="x" * 3000,
                        people=tuple(PersonEntry(f"New person {i}") for i in range(40)),
                    )
                )
        assert info.value.code == "db.disk_full"
    finally:
        services.close()
    check = sqlite3.connect(paths.database)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    orphans = check.execute(
        "SELECT count(*) FROM activity a WHERE a.named_count != (SELECT "
        "count(*) FROM participation p WHERE p.activity_id = a.id)"
    ).fetchone()
    assert orphans[0] == 0  # every saved activity is whole
    check.close()


def test_locked_by_another_program(paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    _seed(paths)
    import volunteer_app.storage.database as database_module

    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 300)
    services = open_services(paths)
    other = sqlite3.connect(paths.database, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError) as info:
            _one_more(services)
        assert info.value.code == "db.locked"
    finally:
        other.execute("ROLLBACK")
        other.close()
    _one_more(services)  # works again once the other program lets go
    assert services.activities.count(ActivityFilter()) == 2
    services.close()


def test_file_replaced_while_open_is_not_written_to(paths: AppPaths, tmp_path: Path) -> None:
    _seed(paths)
    services = open_services(paths)
    try:
        moved = tmp_path / "elsewhere.sqlite3"
        os.replace(paths.database, moved)
        with pytest.raises(StorageError) as info:
            _one_more(services)
        assert info.value.code == "db.moved"
    finally:
        services.close()
