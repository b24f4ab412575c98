"""Private by default on disk: under the usual umask 022 the data folder, backups, logs and
settings are the user's alone (0700 folders, 0600 files) on Linux and macOS."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Windows keeps the profile private")

ROOT = Path(__file__).parent.parent


def _umask_022(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "volunteer_app", *argv],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=ROOT,
        preexec_fn=lambda: os.umask(0o022),
    )


def _modes(home: Path) -> dict[str, int]:
    found = {".": stat.S_IMODE(home.stat().st_mode)}
    for path in home.rglob("*"):
        found[str(path.relative_to(home))] = stat.S_IMODE(path.lstat().st_mode)
    return found


def test_everything_the_app_makes_is_private(tmp_path: Path) -> None:
    home = tmp_path / "home"
    for argv in (
        ("setup", "--group-name", "G", "--local-authority", "W06000015"),  # preferences
        ("demo-data",),
        ("backup", "--out", str(home / "backups" / ".." / ".." / "usb.sqlite3")),
        ("import", str(ROOT / "tests" / "golden" / "fy2025-input.csv")),  # a safety backup
        ("--smoke-test",),  # the window: settings, logs, the daily backup
    ):
        result = _umask_022("--data-dir", str(home), *argv)
        assert result.returncode == 0, result.stderr
    modes = _modes(home)
    assert {"volunteering.sqlite3", "logs/volunteer-app.log", "config/preferences.json"} <= set(
        modes
    ), modes
    assert any(name.startswith("backups/auto-") for name in modes)
    assert any(name.startswith("backups/before-import-") for name in modes)
    loose = {
        name: oct(mode)
        for name, mode in modes.items()
        if mode != (0o700 if (home / name).is_dir() else 0o600)
    }
    assert loose == {}
    assert stat.S_IMODE((tmp_path / "usb.sqlite3").stat().st_mode) == 0o600


def test_an_older_install_is_made_private(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert _umask_022("--data-dir", str(home), "demo-data").returncode == 0
    for path in (home, home / "backups", home / "volunteering.sqlite3"):
        path.chmod(0o755 if path.is_dir() else 0o644)  # as made by an earlier version
    assert _umask_022("--data-dir", str(home), "check").returncode == 0
    assert _umask_022("--data-dir", str(home), "export-all", "--out", str(tmp_path / "a.xlsx"))
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert stat.S_IMODE((home / "volunteering.sqlite3").stat().st_mode) == 0o600
