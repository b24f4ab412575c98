"""One lock for the data folder: the window and every writing command hold it, a restore
never swaps the file under another writer, and a stale lock is taken over."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_cli import run
from volunteer_app import cli
from volunteer_app.paths import AppPaths
from volunteer_app.services import backups
from volunteer_app.services.context import open_services
from volunteer_app.services.data_lock import DataFolderBusy, DataLock, holder_of
from volunteer_app.services.demo_data import add_demo_data

GOLDEN = Path(__file__).parent.parent / "golden"
ROOT = Path(__file__).parent.parent.parent


@pytest.fixture
def home(paths: AppPaths, tmp_path: Path) -> AppPaths:
    services = open_services(paths)
    add_demo_data(services.database, "small", seed=4)
    services.close()
    backups.backup_to(paths, tmp_path / "good.sqlite3")
    return paths


@pytest.fixture
def no_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "LOCK_WAIT_SECONDS", 0.0)


def _activities(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM activity").fetchone()[0])
    finally:
        conn.close()


def test_a_second_holder_is_refused_with_who_has_it(tmp_path: Path) -> None:
    first = DataLock(tmp_path / "volunteering.lock", "window")
    assert first.acquire()
    try:
        with pytest.raises(DataFolderBusy) as busy:
            DataLock(tmp_path / "volunteering.lock", "import").acquire(wait_seconds=0.2)
        assert busy.value.code == "lock.busy" and "window" in busy.value.message
        assert str(os.getpid()) in holder_of(tmp_path / "volunteering.lock")
    finally:
        first.release()
    again = DataLock(tmp_path / "volunteering.lock", "import")
    assert again.acquire()
    again.release()


def test_a_stale_lock_is_taken_over(tmp_path: Path) -> None:
    lock_file = tmp_path / "volunteering.lock"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    for pid in (dead, str(os.getppid()), "1"):  # gone; or reused by an unrelated process
        lock_file.write_text(f"{pid}\nvolunteer-app window\n", encoding="utf-8")
        lock = DataLock(lock_file, "restore")
        assert lock.acquire()
        lock.release()


def test_a_lock_is_freed_when_its_holder_is_killed(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from pathlib import Path;"
         "from volunteer_app.services.data_lock import DataLock;"
         f"DataLock(Path({str(tmp_path / 'volunteering.lock')!r}), 'import').acquire();"
         "print('held', flush=True); sys.stdin.readline()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    with pytest.raises(DataFolderBusy):
        DataLock(tmp_path / "volunteering.lock", "restore").acquire()
    holder.kill()
    holder.wait()
    lock = DataLock(tmp_path / "volunteering.lock", "restore")
    assert lock.acquire()
    lock.release()


@pytest.mark.usefixtures("no_wait")
@pytest.mark.parametrize(
    "argv",
    [
        ("restore", "{good}"),
        ("import", str(GOLDEN / "fy2025-input.csv")),
        ("demo-data",),
        ("backup", "--out", "{tmp}/x.sqlite3"),
        ("setup", "--group-name", "G", "--local-authority", "W06000015"),
    ],
)
def test_writing_commands_refuse_while_the_window_is_open(
    home: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    window = DataLock(home.lock_file, "window")
    assert window.acquire()
    try:
        filled = [a.format(good=tmp_path / "good.sqlite3", tmp=tmp_path) for a in argv]
        code, _, err = run(capsys, "--data-dir", str(home.data_dir), *filled)
    finally:
        window.release()
    assert code == 3 and "window" in err and "Traceback" not in err
    assert _activities(home.database) == 150
    code, _, _ = run(capsys, "--data-dir", str(home.data_dir), "check")
    assert code == 0  # reading needs no lock


def _paused(command: str, *argv: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.services.paused_command", command, *argv],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=ROOT,
    )  # fmt: skip
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "paused"
    return process


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "volunteer_app", *argv],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
        env={**os.environ, "VOLUNTEER_APP_LOCK_WAIT": "1"},
    )  # fmt: skip


def _go_on(process: subprocess.Popen[str]) -> tuple[int, str]:
    _out, err = process.communicate("go\n", timeout=120)
    return process.returncode, err


def test_restore_refuses_while_a_cli_import_runs(home: AppPaths, tmp_path: Path) -> None:
    data = ("--data-dir", str(home.data_dir))
    importing = _paused("import", *data, str(GOLDEN / "fy2025-input.csv"))
    try:
        # The restore waits for the lock, then refuses; the import still holds it.
        restoring = _cli(*data, "restore", str(tmp_path / "good.sqlite3"))
        assert restoring.returncode == 3, restoring.stderr
        assert "import" in restoring.stderr and "Traceback" not in restoring.stderr
    finally:
        code, err = _go_on(importing)
    assert code == 0, err
    imported = _activities(home.database)
    assert imported > 150  # the import's rows were written and are still there
    assert _cli(*data, "restore", str(tmp_path / "good.sqlite3")).returncode == 0
    assert _activities(home.database) == 150


def test_an_import_started_during_a_restore_waits_for_it(home: AppPaths, tmp_path: Path) -> None:
    data = ("--data-dir", str(home.data_dir))
    restoring = _paused("restore", *data, str(tmp_path / "good.sqlite3"))
    importing = subprocess.Popen(
        [sys.executable, "-m", "volunteer_app", *data, "import", str(GOLDEN / "fy2025-input.csv")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    code, err = _go_on(restoring)
    assert code == 0, err
    out, err = importing.communicate(timeout=120)
    assert importing.returncode == 0, err
    # It ran after the swap, into the restored data: what it reports is what is there.
    assert _activities(home.database) > 150 and "Imported" in out


def _damage(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data) - 4096, 4096 * 3):
        data[offset + 8 : offset + 400] = b"\x55" * 392
    path.write_bytes(bytes(data))
    return bytes(data)


def test_restore_over_a_damaged_file_keeps_it_aside_as_it_is(
    home: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = _damage(home.database)
    code, _out, err = run(
        capsys, "--data-dir", str(home.data_dir), "restore", str(tmp_path / "good.sqlite3")
    )
    assert code == 0, err
    assert _activities(home.database) == 150
    aside = list(home.data_dir.glob("volunteering.damaged-*.sqlite3"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged  # byte for byte
    assert not list(home.backup_dir.glob("*.partial")) and not list(
        home.backup_dir.glob(".*.partial")
    )


def test_a_write_spanning_a_swap_fails_loudly(home: AppPaths, tmp_path: Path) -> None:
    from volunteer_app.domain.errors import StorageError
    from volunteer_app.storage.models import Meta

    services = open_services(home)
    try:
        with pytest.raises(StorageError) as moved, services.database.transaction() as tx:
            tx.session.add(Meta(key="written-during-swap", value="1"))
            tx.session.flush()
            os.replace(tmp_path / "good.sqlite3", home.database)  # as a restore swaps it
        assert moved.value.code == "db.moved"
    finally:
        services.close()
    conn = sqlite3.connect(home.database)
    try:
        assert conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'written%'").fetchone() == (
            0,
        )
    finally:
        conn.close()


def test_backing_up_a_damaged_file_says_so(
    home: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _damage(home.database)
    code, _, err = run(
        capsys, "--data-dir", str(home.data_dir), "backup", "--out", str(tmp_path / "b.sqlite3")
    )
    assert code == 3 and "damaged" in err and "Traceback" not in err
    assert not (tmp_path / "b.sqlite3").exists() and not list(tmp_path.glob(".b.sqlite3*"))
