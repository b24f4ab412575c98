"""A merge killed with SIGKILL half-way leaves the data as it was or as after the merge,
never in between (the crash-safety tests' way: a child process, killed at random)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from tests.canonical import shared_dump
from volunteer_app.domain.activity import ActivityFilter
from volunteer_app.paths import AppPaths
from volunteer_app.services.context import open_services
from volunteer_app.services.demo_data import add_demo_data

WRITER = Path(__file__).parents[1] / "crash_writer.py"
ROOT = Path(__file__).parents[3]
PASS = "Cawl a bara"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _prepare(tmp_path: Path) -> tuple[Path, Path]:
    """A file from a laptop with a year of records, and a second laptop with its own."""
    first = open_services(AppPaths.under(tmp_path / "first"))
    first.group.update("Caffi", "W06000015", "")
    add_demo_data(first.database, scale="small", until=date(2026, 11, 1))
    first.merging.share(tmp_path / "first.changes", PASS)
    second = open_services(AppPaths.under(tmp_path / "second"))
    second.merging.bring_in(tmp_path / "first.changes", PASS)
    second.activities.add_type("Repair café", "practical_help")
    first.activities.add_type("Bike repairs", "practical_help")
    for activity in first.activities.page(ActivityFilter(), "date", True, 0, 40):
        first.activities.delete(activity.id)
    first.merging.share(tmp_path / "first.changes", PASS)
    first.close()
    second.close()
    return tmp_path / "first.changes", tmp_path / "second"


def test_a_killed_merge_leaves_the_data_as_before_or_after(tmp_path: Path) -> None:
    source, pristine = _prepare(tmp_path)
    before = shared_dump(AppPaths.under(pristine).database)
    reference = tmp_path / "reference"
    shutil.copytree(pristine, reference)
    done = open_services(AppPaths.under(reference))
    done.merging.bring_in(source, PASS)
    done.close()
    after = shared_dump(AppPaths.under(reference).database)
    assert after != before
    rng = random.Random(11)
    seen = set()
    for attempt in range(8):
        home = tmp_path / f"try{attempt}"
        shutil.copytree(pristine, home)
        process = subprocess.Popen(
            [sys.executable, str(WRITER), str(home), "merge", str(source), PASS],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "start"
        time.sleep(rng.uniform(0.0, 1.2))
        process.send_signal(signal.SIGKILL)
        process.communicate()
        now = shared_dump(AppPaths.under(home).database)
        assert now in (before, after)
        seen.add(now == after)
    print(f"8 kills during a merge, finished: {sorted(seen)}")
