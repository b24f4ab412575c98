"""Backup copies: two begun in the same second both survive, a failed one leaves nothing
(it holds personal data), and the same file imported twice at once is added once."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from volunteer_app.domain.errors import StorageError
from volunteer_app.paths import AppPaths
from volunteer_app.services import backups
from volunteer_app.services.context import open_services
from volunteer_app.services.demo_data import add_demo_data
from volunteer_app.storage import backup as storage_backup

ROOT = Path(__file__).parent.parent.parent
GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture
def home(paths: AppPaths) -> AppPaths:
    services = open_services(paths)
    add_demo_data(services.database, "small", seed=4)
    services.close()
    return paths


def test_safety_backups_in_the_same_second_do_not_collide(
    home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    frozen = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    monkeypatch.setattr(
        backups, "timestamped_name", lambda prefix: storage_backup.timestamped_name(prefix, frozen)
    )
    made = [backups.safety_backup(home, "import") for _ in range(3)]
    assert len({str(p) for p in made}) == 3
    for path in made:
        assert path is not None and backups.validate_backup(path).healthy


def test_a_failed_backup_leaves_no_partial_copy(
    home: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_check(_path: Path, quick: bool = False) -> list[str]:
        return ["*** in database main ***"]  # as a disk error while copying would

    monkeypatch.setattr(storage_backup, "integrity_problems", no_check)
    with pytest.raises(StorageError):
        backups.backup_to(home, tmp_path / "usb" / "copy.sqlite3")
    with pytest.raises(StorageError):
        backups.safety_backup(home, "import")
    assert list((tmp_path / "usb").iterdir()) == []
    assert list(home.backup_dir.iterdir()) == []


def test_a_stopped_backup_leaves_no_partial_copy(home: AppPaths, tmp_path: Path) -> None:
    storage_backup.STOPPER.stop()
    try:
        with pytest.raises(storage_backup.Cancelled):
            backups.backup_to(home, tmp_path / "usb" / "copy.sqlite3")
    finally:
        storage_backup.STOPPER.reset()
    assert list((tmp_path / "usb").iterdir()) == []


def test_the_same_file_imported_twice_at_once_is_added_once(home: AppPaths) -> None:
    argv = [sys.executable, "-m", "volunteer_app", "--data-dir", str(home.data_dir), "import"]
    both = [
        subprocess.Popen(
            [*argv, str(GOLDEN / "fy2025-input.csv")],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=180) for p in both]
    assert [p.returncode for p in both] == [0, 0], outputs
    said = " ".join(out for out, _err in outputs)
    assert "Skipped" in said  # the second found every row already there
    services = open_services(home)
    try:
        once = services.group.counts().activities
    finally:
        services.close()
    single = AppPaths.under(home.data_dir.parent / "single")
    fresh = open_services(single)
    add_demo_data(fresh.database, "small", seed=4)
    fresh.close()
    subprocess.run([*argv[:3], "--data-dir", str(single.data_dir), "import",
                    str(GOLDEN / "fy2025-input.csv")], check=True, cwd=ROOT,
                   capture_output=True)  # fmt: skip
    reference = open_services(single)
    try:
        assert once == reference.group.counts().activities
    finally:
        reference.close()
    # Only the import that wrote kept a copy first; no partial copies anywhere.
    assert len(list(home.backup_dir.glob("before-import-*.sqlite3"))) == 1
    assert not [p for p in home.backup_dir.iterdir() if "partial" in p.name]


def test_safety_copies_go_after_a_year(home: AppPaths) -> None:
    import os

    old = backups.safety_backup(home, "import")
    recent = backups.safety_backup(home, "restore")
    assert old is not None and recent is not None
    year_ago = datetime.now(UTC).timestamp() - 367 * 86400
    os.utime(old, (year_ago, year_ago))
    backups.automatic_backup(home)
    assert not old.exists() and recent.exists()
