from pathlib import Path

import pytest

from volunteer_app.about import APP_NAME
from volunteer_app.paths import AppPaths


def test_override_puts_everything_under_one_folder(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "here")
    assert paths.data_dir == tmp_path / "here"
    for folder in (paths.config_dir, paths.log_dir, paths.backup_dir):
        assert folder.parent == tmp_path / "here"
    assert paths.database.parent == tmp_path / "here"


def test_environment_variable_is_used_without_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VOLUNTEER_APP_HOME", str(tmp_path / "env"))
    assert AppPaths.resolve().data_dir == tmp_path / "env"
    # The command-line option beats the environment.
    assert AppPaths.resolve(tmp_path / "cli").data_dir == tmp_path / "cli"


def test_default_follows_the_platform(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("VOLUNTEER_APP_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    paths = AppPaths.resolve()
    assert APP_NAME in str(paths.data_dir)
    assert str(paths.config_dir).startswith(str(tmp_path / "xdg-config"))


def test_resolving_creates_nothing(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "new")
    assert not (tmp_path / "new").exists()
    paths.ensure()
    assert paths.log_dir.is_dir() and paths.backup_dir.is_dir() and paths.config_dir.is_dir()


def test_importing_the_package_creates_no_folder(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = "import volunteer_app, volunteer_app.cli, volunteer_app.paths"
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        env={"VOLUNTEER_APP_HOME": str(tmp_path / "x"), "PATH": ""},
    )
    assert not (tmp_path / "x").exists()
