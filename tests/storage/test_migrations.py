"""Migrations: fresh database, upgrade with a backup first, newer or foreign files refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import SQLModel

from volunteer_app.domain.errors import StorageError
from volunteer_app.storage import migrations, models  # noqa: F401 - registers the tables
from volunteer_app.storage.database import Database

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fresh_database_is_created_at_the_latest_version(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "new.sqlite3", tmp_path / "backups")
    try:
        assert db.schema_version() == migrations.LATEST_VERSION
        assert not (tmp_path / "backups").exists()  # nothing to back up for a new file
        with db.engine.connect() as conn:
            version = conn.exec_driver_sql("SELECT version FROM schema_info").scalar_one()
        assert version == migrations.LATEST_VERSION
    finally:
        db.close()


def test_models_match_the_migrated_schema(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "db.sqlite3", tmp_path / "b")
    try:
        with db.engine.connect() as conn:
            for table in SQLModel.metadata.sorted_tables:
                columns = {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table.name})")}
                assert columns == {c.name for c in table.columns}, table.name
    finally:
        db.close()


@pytest.mark.parametrize(
    "fixture", sorted(FIXTURES.glob("schema-v*.sqlite3")), ids=lambda p: p.name
)
def test_every_released_schema_upgrades(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    shutil.copy(fixture, path)
    before = sqlite3.connect(f"file:{fixture}?mode=ro", uri=True)  # the fixture stays as it is
    counts = _counts(before)
    before.close()
    db = Database.open(path, tmp_path / "backups")
    try:
        assert db.schema_version() == migrations.LATEST_VERSION
        assert db.integrity_problems() == []
        with db.engine.connect() as conn:
            assert _counts(conn.connection.driver_connection) == counts  # nothing lost
    finally:
        db.close()


def test_there_is_a_fixture_for_every_past_version() -> None:
    names = {p.name for p in FIXTURES.glob("schema-v*.sqlite3")}
    wanted = {f"schema-v{v}.sqlite3" for v in range(1, migrations.LATEST_VERSION + 1)}
    assert wanted <= names


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {
        table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("activity", "person", "participation", "activity_type")
    }


def test_upgrade_backs_the_file_up_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.sqlite3"
    Database.open(path, tmp_path / "backups").close()

    def step_next(conn: object) -> None:
        conn.exec_driver_sql("CREATE TABLE extra (id INTEGER PRIMARY KEY)")  # type: ignore[attr-defined]

    old = migrations.LATEST_VERSION
    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, step_next))
    monkeypatch.setattr(migrations, "LATEST_VERSION", old + 1)
    db = Database.open(path, tmp_path / "backups")
    try:
        assert db.schema_version() == old + 1
    finally:
        db.close()
    backups = list((tmp_path / "backups").glob(f"before-migration-v{old}-*.sqlite3"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == old
    conn.close()


def test_failed_migration_leaves_the_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "db.sqlite3"
    Database.open(path, tmp_path / "backups").close()

    def broken(conn: object) -> None:
        conn.exec_driver_sql("CREATE TABLE half (id INTEGER)")  # type: ignore[attr-defined]
        conn.exec_driver_sql("THIS IS NOT SQL")  # type: ignore[attr-defined]

    old = migrations.LATEST_VERSION
    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, broken))
    monkeypatch.setattr(migrations, "LATEST_VERSION", old + 1)
    with pytest.raises(Exception, match="syntax error"):
        Database.open(path, tmp_path / "backups")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == old
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert "half" not in tables  # the whole step rolled back


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    Database.open(path, tmp_path / "b").close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = _digest(path)
    with pytest.raises(StorageError) as info:
        Database.open(path, tmp_path / "b")
    assert info.value.code == "db.too_new"
    assert _digest(path) == before
    assert not (tmp_path / "db.sqlite3-wal").exists()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_text("name,hours\nAled,3\n", encoding="utf-8")
    before = _digest(path)
    with pytest.raises(StorageError) as info:
        Database.open(path, tmp_path / "b")
    assert info.value.code == "db.not_a_database"
    assert _digest(path) == before


def test_the_kind_of_year_moves_to_the_group(tmp_path: Path) -> None:
    """The choice the Over the years view kept in meta becomes the group's setting."""
    path = tmp_path / "db.sqlite3"
    shutil.copy(FIXTURES / "schema-v6.sqlite3", path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO meta (key, value) VALUES ('funding.year_kind', 'grant:09')")
    conn.commit()
    conn.close()
    db = Database.open(path, tmp_path / "backups")
    try:
        with db.engine.connect() as c:
            assert c.exec_driver_sql("SELECT year_kind FROM group_settings").scalars().all() == [
                "grant:09"
            ]
            left = c.exec_driver_sql("SELECT count(*) FROM meta WHERE key = 'funding.year_kind'")
            assert left.scalar_one() == 0
    finally:
        db.close()
