"""Kill the writing process with SIGKILL at random moments: nothing committed is lost and
no action is left half done."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _run_and_kill(args: list[str], after: float) -> list[str]:
    process = subprocess.Popen(
        [sys.executable, str(WRITER), *args],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    time.sleep(after)
    process.send_signal(signal.SIGKILL)
    out, _ = process.communicate()
    return out.splitlines()


def _check(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return conn


def _not_started(db: Path) -> bool:
    """Killed before the first write: no file, or the empty file made (private) before
    SQLite's first transaction, with no tables yet."""
    if not db.exists():
        return True
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    finally:
        conn.close()


def test_killed_during_a_stream_of_single_writes(tmp_path: Path) -> None:
    rng = random.Random(7)
    kills = committed = 0
    for _ in range(12):
        lines = _run_and_kill([str(tmp_path)], rng.uniform(1.5, 3.0))
        kills += 1
        if _not_started(tmp_path / "volunteering.sqlite3"):
            continue  # killed before the first write
        reported = [line.split()[1] for line in lines if line.startswith("committed")]
        committed += len(reported)
        conn = _check(tmp_path / "volunteering.sqlite3")
        present = {r[0] for r in conn.execute("SELECT id FROM activity")}
        assert set(reported) <= present  # every committed action is there
        halves = conn.execute(
            "SELECT count(*) FROM activity a WHERE 3 != (SELECT count(*) FROM participation p "
            "WHERE p.activity_id = a.id)"
        ).fetchone()[0]
        assert halves == 0  # no activity without all its people
        conn.close()
    print(f"{kills} kills, {committed} committed writes checked")
    assert committed > 20


def test_killed_during_a_bulk_import(tmp_path: Path) -> None:
    rows = ["date,activity,person,minutes"] + [
        f"2026-01-{1 + i % 28:02d},Walk {i % 50},Person {i},60" for i in range(8_000)
    ]
    source = tmp_path / "big.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    home = tmp_path / "home"
    rng = random.Random(3)
    outcomes = set()
    for _ in range(8):
        lines = _run_and_kill([str(home), "import", str(source)], rng.uniform(0.6, 1.6))
        if _not_started(home / "volunteering.sqlite3"):
            continue
        conn = _check(home / "volunteering.sqlite3")
        count = conn.execute("SELECT count(*) FROM participation").fetchone()[0]
        conn.close()
        done = any(line.startswith("imported") for line in lines)
        # All or nothing: a finished import added all 8,000 rows, a killed one none.
        assert count % 8_000 == 0 and (count > 0 or not done)
        outcomes.add(done)
    print(f"8 kills during import, outcomes seen: {sorted(outcomes)}")
