"""One window per data folder; a lock left by a crash is taken over."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from volunteer_app.services.data_lock import DataLock


def _smoke(home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "volunteer_app", "--data-dir", str(home), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_a_second_copy_says_it_is_already_open(tmp_path: Path) -> None:
    tmp_path.mkdir(exist_ok=True)
    lock = DataLock(tmp_path / "volunteering.lock", "window")
    assert lock.acquire()  # as a running window holds it
    try:
        result = _smoke(tmp_path)
    finally:
        lock.release()
    assert result.returncode == 0 and "already open" in result.stderr
    assert not (tmp_path / "volunteering.sqlite3").exists()  # it wrote nothing


def test_a_stale_lock_from_a_crash_is_taken_over(tmp_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    (tmp_path / "volunteering.lock").write_text(
        f"{dead.stdout.strip()}\nvolunteer-app\n{os.uname().nodename}\n", encoding="utf-8"
    )
    result = _smoke(tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "volunteering.sqlite3").exists()


def test_the_window_waits_for_no_command_writing(tmp_path: Path) -> None:
    lock = DataLock(tmp_path / "volunteering.lock", "import")
    assert lock.acquire()  # a command-line import is writing
    try:
        result = _smoke(tmp_path)
    finally:
        lock.release()
    assert result.returncode == 0 and "import" in result.stderr
    assert not (tmp_path / "volunteering.sqlite3").exists()
