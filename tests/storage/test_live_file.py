"""Another program reading the data while the app has it open never costs a saved change.

A plain open() and close() of the live file by the app drops the app's POSIX locks; a second
process then believes it is the last user and deletes the WAL holding the app's recent
commits. These tests keep a real process holding the data, let the CLI (a second real
process) export, back up and check it, write again, SIGKILL the holder, and count the writes.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

HOLDER = Path(__file__).with_name("live_holder.py")
ROOT = Path(__file__).parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks and SIGKILL")


class Holder:
    def __init__(self, home: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(HOLDER), str(home)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert self._line() == "ready"

    def _line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def ask(self, command: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self._line()

    def write(self) -> str:
        answer = self.ask("write")
        assert answer.startswith("committed "), answer
        return answer.split()[1]

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "volunteer_app", "--data-dir", str(home), *args],
        capture_output=True,
        text=True,
        cwd=home.parent,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )


def _saved_ids(home: Path) -> set[str]:
    conn = sqlite3.connect(home / "volunteering.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {row[0] for row in conn.execute("SELECT id FROM activity")}
    finally:
        conn.close()


def test_cli_export_backup_and_check_while_the_app_holds_the_data(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _cli(home, "setup", "--group-name", "Llanfair Litter Pickers", "--local-authority",
         "W06000001")
    holder = Holder(home)
    written = [holder.write()]
    assert holder.ask("inspect") == "inspected"  # the window's own checks on open data
    written.append(holder.write())
    for args in (("export-summary", "--period", "2026-Q1"), ("backup",), ("check",)):
        result = _cli(home, *args)
        assert result.returncode == 0, result.stderr
        written.append(holder.write())
    reader = sqlite3.connect(f"{(home / 'volunteering.sqlite3').as_uri()}?mode=ro", uri=True)
    reader.execute("SELECT count(*) FROM activity").fetchone()
    reader.close()
    written.append(holder.write())
    assert holder.ask("inspect") == "inspected"
    written.append(holder.write())
    holder.kill()
    assert set(written) <= _saved_ids(home)
    assert len(written) == 7


def test_wal_file_is_never_deleted_under_the_holder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    holder = Holder(home)
    holder.write()
    assert holder.ask("inspect") == "inspected"
    _cli(home, "setup", "--group-name", "Grŵp", "--local-authority", "W06000002")
    assert _cli(home, "export-summary", "--period", "2026-Q1").returncode == 0
    assert _cli(home, "backup").returncode == 0
    holder.write()
    fd_dir = Path(f"/proc/{holder.process.pid}/fd")
    if fd_dir.exists():
        targets = [os.readlink(fd) for fd in fd_dir.iterdir() if fd.is_symlink()]
        assert not [t for t in targets if t.startswith(str(home)) and t.endswith("(deleted)")]
    holder.kill()
