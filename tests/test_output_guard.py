"""No output may replace the data: the data file, its journals, the lock or a kept backup,
however the path is spelt (relative, through a link, in another letter case)."""

from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_cli import run
from volunteer_app.domain.errors import ValidationError
from volunteer_app.paths import AppPaths
from volunteer_app.services import backups
from volunteer_app.services.context import open_services
from volunteer_app.services.files import atomic_write_bytes
from volunteer_app.storage.file_identity import clashes_with_data

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def home(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "data"
    args = ("--data-dir", str(folder))
    code, _, _ = run(
        capsys, *args, "setup", "--group-name", "Grŵp", "--local-authority", "W06000016"
    )
    assert code == 0
    code, _, err = run(capsys, *args, "import", str(GOLDEN / "fy2025-input.csv"))
    assert code == 0, err
    code, _, err = run(capsys, *args, "backup", "--out", str(tmp_path / "spare.sqlite3"))
    assert code == 0, err
    return folder


def _intact(folder: Path) -> int:
    conn = sqlite3.connect(folder / "volunteering.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(conn.execute("SELECT count(*) FROM activity").fetchone()[0])
    finally:
        conn.close()


def _targets(home: Path) -> list[Path]:
    (home / "backups").mkdir(exist_ok=True)
    (home / "backups" / "auto-20260101T000000Z.sqlite3").write_bytes(b"kept")
    return [
        home / "volunteering.sqlite3",
        home / "backups" / ".." / "volunteering.sqlite3",
        home / "VOLUNTEERING.sqlite3-WAL",
        home / "volunteering.sqlite3-shm",
        home / "volunteering.lock",
        home / "backups" / "auto-20260101T000000Z.sqlite3",
        home / "backups" / "new-name.csv",
    ]


def test_export_summary_onto_the_data_file_is_refused(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _intact(home)
    for target in _targets(home):
        code, _, err = run(
            capsys, "--data-dir", str(home), "export-summary", "--period", "FY2025",
            "--out", str(target),
        )  # fmt: skip
        assert code == 1, target
        assert "own data" in err and "Traceback" not in err
        assert _intact(home) == before
    assert (home / "backups" / "auto-20260101T000000Z.sqlite3").read_bytes() == b"kept"


def test_links_to_the_data_are_refused(home: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    soft = elsewhere / "summary.csv"
    soft.symlink_to(home / "volunteering.sqlite3")
    hard = elsewhere / "hard.csv"
    os.link(home / "volunteering.sqlite3", hard)
    folder_link = elsewhere / "kept"
    folder_link.symlink_to(home / "backups", target_is_directory=True)
    database = home / "volunteering.sqlite3"
    for target in (soft, hard, folder_link / "x.csv", Path(os.path.relpath(database))):
        assert clashes_with_data(target, database), target
    assert not clashes_with_data(elsewhere / "fine.csv", database)
    assert not clashes_with_data(home / "summary.csv", database)  # beside the data is fine


def test_every_writing_command_refuses_the_data(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _intact(home)
    data = str(home / "volunteering.sqlite3")
    for argv in (
        ("backup", "--out", data),
        ("backup", "--out", str(home / "backups" / "mine.sqlite3")),
        ("export-all", "--out", str(home / "backups" / "all.xlsx")),
        ("export-all", "--out", str(home / "backups" / "all.csv")),
    ):
        code, _, err = run(capsys, "--data-dir", str(home), *argv)
        assert code == 1, (argv, err)
        assert "own data" in err
    assert _intact(home) == before
    assert not list((home / "backups").glob("mine*")) and not list((home / "backups").glob("all*"))


def test_services_refuse_the_data(home: Path) -> None:
    paths = AppPaths.under(home)
    services = open_services(paths)
    try:
        person = services.people.rows(*_all_time())[0]
        with pytest.raises(ValidationError) as caught:
            services.people.export_person(person.id, paths.database, "")
        assert caught.value.code == "output.is_data"
        with pytest.raises(ValidationError):
            atomic_write_bytes(paths.data_dir / "volunteering.sqlite3-wal", b"x")  # a chart PNG
        with pytest.raises(ValidationError):
            backups.backup_to(paths, paths.backup_dir / "copy.sqlite3")
    finally:
        services.close()
    assert _intact(home) > 0


def test_the_window_says_why_it_did_not_save(home: Path, qtbot: object) -> None:
    from volunteer_app.ui.dialogs import common

    services = open_services(AppPaths.under(home))
    try:
        message = common.write_file(home / "volunteering.sqlite3", b"%PDF-1.4")
    finally:
        services.close()
    assert "data" in message
    assert _intact(home) > 0


def _all_time() -> tuple[object, object]:
    from datetime import date

    return date(1900, 1, 1), date(2100, 1, 1)


def test_an_unrelated_file_still_saves(home: Path, tmp_path: Path) -> None:
    target = tmp_path / f"{uuid.uuid4().hex}.csv"
    atomic_write_bytes(target, b"ok")
    assert target.read_bytes() == b"ok"


@settings(max_examples=60, deadline=None)
@given(
    hops=st.lists(st.sampled_from(["backups", "logs", "config", "elsewhere"]), max_size=3),
    name=st.sampled_from(
        ["volunteering.sqlite3", "Volunteering.SQLITE3", "volunteering.sqlite3-wal",
         "volunteering.sqlite3-SHM", "volunteering.sqlite3-journal", "volunteering.lock"]
    ),
)  # fmt: skip
def test_any_spelling_of_the_data_is_caught(tmp_path_factory, hops, name) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path_factory.mktemp("spelling")
    for folder in ("backups", "logs", "config", "elsewhere"):
        (home / folder).mkdir()
    spelt = home.joinpath(*hops, *([".."] * len(hops)), ".", name)
    assert clashes_with_data(spelt, home / "volunteering.sqlite3")
    other = home.joinpath(*hops, "x" + name)
    in_backups = bool(hops) and hops[0] == "backups"  # anything in there is the app's
    assert clashes_with_data(other, home / "volunteering.sqlite3") == in_backups
