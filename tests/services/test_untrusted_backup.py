"""Restore and migration trust nothing in a file: its schema is compared with the app's own
for its version, its rules checked again, and a file that differs is refused, saying what."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.test_cli import run
from volunteer_app.domain.errors import StorageError, ValidationError
from volunteer_app.paths import AppPaths
from volunteer_app.services import backups
from volunteer_app.services.context import open_services
from volunteer_app.services.demo_data import add_demo_data

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture
def good(paths: AppPaths, tmp_path: Path) -> Path:
    services = open_services(paths)
    add_demo_data(services.database, "small", seed=4)
    services.close()
    return backups.backup_to(paths, tmp_path / "good.sqlite3")


def _edited(source: Path, *statements: str, raw: bool = False) -> Path:
    target = source.with_name(f"edited-{abs(hash(statements))}.sqlite3")
    shutil.copy(source, target)
    conn = sqlite3.connect(target)
    try:
        if raw:  # as a hand-made file would be: rules off, the schema text rewritten
            conn.execute("PRAGMA ignore_check_constraints = ON")
            conn.execute("PRAGMA writable_schema = ON")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
    return target


HOSTILE: dict[str, tuple[tuple[str, ...], bool, str]] = {
    "trigger": (
        ("CREATE TRIGGER leak AFTER INSERT ON person BEGIN UPDATE person SET notes = 'x'; END",),
        False,
        "trigger the app does not make: leak",
    ),
    "view": (("CREATE VIEW everyone AS SELECT * FROM person",), False, "view"),
    "extra table": (("CREATE TABLE stash (x TEXT)",), False, "table the app does not make"),
    "missing index": (("DROP INDEX ix_person_search_key",), False, "ix_person_search_key"),
    "extra column": (("ALTER TABLE person ADD COLUMN secret TEXT",), False, "table person"),
    "rule taken away": (
        (
            "UPDATE sqlite_master SET sql = replace(sql, "
            "'CHECK (minutes BETWEEN 0 AND 1440)', '') WHERE name = 'participation'",
        ),
        True,
        "table participation",
    ),
    "rule broken": (
        ("UPDATE participation SET minutes = 99999 WHERE rowid = 1",),
        True,
        "minutes BETWEEN 0 AND 1440",
    ),
    "bad code": (("UPDATE person SET age_band = 'ancient' WHERE rowid = 1",), True, "age_band"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_backup_unlike_the_apps_own_is_refused_saying_what(
    good: Path, paths: AppPaths, case: str
) -> None:
    statements, raw, named = HOSTILE[case]
    hostile = _edited(good, *statements, raw=raw)
    before = paths.database.read_bytes()
    with pytest.raises(ValidationError) as refused:
        backups.restore(paths, hostile)
    assert refused.value.code == "restore.not_our_schema"
    assert named in refused.value.message
    assert paths.database.read_bytes() == before  # nothing was touched
    assert hostile not in backups.good_backups(paths)


def test_a_good_backup_still_restores(good: Path, paths: AppPaths) -> None:
    assert backups.validate_backup(good).healthy
    backups.restore(paths, good)


def test_records_pointing_at_nothing_are_refused(good: Path, paths: AppPaths) -> None:
    hostile = _edited(good, "UPDATE participation SET person_id = 'nobody' WHERE rowid = 1")
    with pytest.raises(ValidationError):
        backups.restore(paths, hostile)


def test_the_command_line_says_what_differs(
    good: Path, paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = _edited(good, *HOSTILE["trigger"][0])
    code, _, err = run(capsys, "--data-dir", str(paths.data_dir), "restore", str(hostile))
    assert code == 1 and "leak" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "edit",
    [
        lambda conn: conn.execute(
            "CREATE TRIGGER t AFTER UPDATE ON activity BEGIN DELETE FROM person; END"
        ),
        lambda conn: conn.execute("CREATE VIEW v AS SELECT 1"),
    ],
)
def test_an_older_file_is_checked_before_it_is_migrated(
    paths: AppPaths, edit: Callable[[sqlite3.Connection], object]
) -> None:
    paths.data_dir.mkdir(parents=True)
    shutil.copy(FIXTURES / "schema-v1.sqlite3", paths.database)
    conn = sqlite3.connect(paths.database)
    edit(conn)
    conn.commit()
    conn.close()
    before = paths.database.read_bytes()
    with pytest.raises(StorageError) as refused:
        open_services(paths)
    assert refused.value.code == "db.not_our_schema"
    assert paths.database.read_bytes() == before  # not migrated, not touched


def test_a_clean_older_file_migrates(paths: AppPaths) -> None:
    paths.data_dir.mkdir(parents=True)
    shutil.copy(FIXTURES / "schema-v1.sqlite3", paths.database)
    open_services(paths).close()
