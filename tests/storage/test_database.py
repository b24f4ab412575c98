from __future__ import annotations

from pathlib import Path

import pytest

from volunteer_app.domain.validation import GroupProfile
from volunteer_app.storage import group_repo
from volunteer_app.storage.database import Database
from volunteer_app.storage.models import Person


@pytest.fixture
def db(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = Database.open(tmp_path / "db.sqlite3", tmp_path / "backups")
    yield database
    database.close()


def test_pragmas_are_set_on_every_connection(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == 5000


def test_a_failed_action_writes_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction() as tx:
        tx.session.add(Person(display_name="Aled", search_key="aled", hlc=tx.stamp()))
        tx.session.flush()
        raise RuntimeError("stop half way")
    assert group_repo.data_counts(db).people == 0


def test_group_id_is_made_once_and_kept(db: Database, tmp_path: Path) -> None:
    first = group_repo.load_group(db)
    group_repo.save_group(db, GroupProfile("Caffi", "W06000015", ""))
    db.close()
    reopened = Database.open(tmp_path / "db.sqlite3", tmp_path / "backups")
    try:
        info = group_repo.load_group(reopened)
        assert info.group_id == first.group_id
        assert (info.name, info.la_code) == ("Caffi", "W06000015")
    finally:
        reopened.close()


def test_timestamps_are_aware_utc_and_changes_are_stamped(db: Database) -> None:
    with db.transaction() as tx:
        person = Person(
            display_name="Siân",
            search_key="siân",
            created_at=tx.now,
            updated_at=tx.now,
            hlc=tx.stamp(),
        )
        tx.session.add(person)
    with db.reading() as session:
        loaded = session.get(Person, person.id)
        assert loaded is not None
        assert loaded.created_at.utcoffset() is not None
        assert loaded.created_at == person.created_at
        assert loaded.hlc.endswith(db.site_id)


def test_check_constraints_reject_unknown_codes(db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.transaction() as tx:
        tx.session.add(Person(display_name="X", search_key="x", age_band="42", hlc=tx.stamp()))


@pytest.mark.parametrize("name", ["data?x=1", "a#b", "50% off", "Grŵp Ŷ ŵ", "two  spaces "])
def test_any_folder_name_holds_the_data_where_it_says(tmp_path: Path, name: str) -> None:
    folder = tmp_path / name
    folder.mkdir()
    database = Database.open(folder / "db.sqlite3", folder / "backups")
    group_repo.save_group(database, GroupProfile("Caffi", "W06000015", ""))
    database.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no stray database elsewhere
    reopened = Database.open(folder / "db.sqlite3", folder / "backups")
    assert group_repo.load_group(reopened).name == "Caffi"
    reopened.close()


def test_storage_errors_are_logged_by_code_and_place_not_content(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    from sqlalchemy import event

    from volunteer_app.domain.errors import StorageError

    db.engine.dispose()  # new connections refuse writes, as a read-only file would
    event.listen(db.engine, "connect", lambda conn, _r: conn.execute("PRAGMA query_only = 1"))
    with pytest.raises(StorageError) as raised, db.transaction() as tx:
        tx.session.add(Person(display_name="Siân Secret", search_key="x", hlc=tx.stamp()))
        tx.session.flush()
    assert raised.value.code == "db.read_only"
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "db.read_only" in logged and "SQLITE_READONLY" in logged
    assert "test_storage_errors_are_logged" in logged
    assert "Siân" not in logged
