"""Where the app keeps its files.

One object resolves the data, config, log and backup folders. By default they follow the
operating system's conventions (platformdirs); ``--data-dir DIR`` or the environment
variable ``VOLUNTEER_APP_HOME`` put everything under one folder instead, which is how tests,
portable installs and power users move the data. Resolving creates nothing: folders are made
by ``ensure()``, called by the app once it starts, never at import time.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import NamedTuple

from volunteer_app.about import APP_AUTHOR, APP_NAME, DATA_HOME_ENV

DATABASE_FILE_NAME = "volunteering.sqlite3"
PRIVATE_FOLDER, PRIVATE_FILE = 0o700, 0o600  # names, contacts and notes: the user's alone


def make_private(path: Path, mode: int = PRIVATE_FILE) -> None:
    """Owner-only access on Linux and macOS, whatever the umask. (Windows: the user's own
    profile folder already keeps others out.) A disk without permissions (a FAT USB stick)
    is left as it is."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, mode)


def create_private(path: Path) -> None:
    """Create an empty file readable by its owner only, unless it is there already; SQLite
    then gives its -wal and -shm the same mode. Never opens an existing file."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        make_private(path)


class AppPaths(NamedTuple):
    """The app's folders. (A named tuple, not a dataclass: made in a tenth of the time,
    before the first window.)"""

    data_dir: Path
    config_dir: Path
    log_dir: Path
    backup_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILE_NAME

    @property
    def preferences_file(self) -> Path:
        return self.config_dir / "preferences.json"

    @property
    def qt_settings_file(self) -> Path:
        return self.config_dir / "window.ini"

    @property
    def crash_log(self) -> Path:
        return self.log_dir / "crash-trace.txt"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "volunteering.lock"

    @classmethod
    def under(cls, home: Path) -> AppPaths:
        """Everything in one folder (the ``--data-dir`` layout)."""
        home = home.expanduser().absolute()
        return cls(
            data_dir=home,
            config_dir=home / "config",
            log_dir=home / "logs",
            backup_dir=home / "backups",
        )

    @classmethod
    def resolve(cls, override: str | os.PathLike[str] | None = None) -> AppPaths:
        """The override wins, then ``VOLUNTEER_APP_HOME``, then the platform's folders."""
        if override:
            return cls.under(Path(override))
        env_home = os.environ.get(DATA_HOME_ENV, "").strip()
        if env_home:
            return cls.under(Path(env_home))
        # Imported here so that merely importing this module stays cheap.
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False)
        data = Path(dirs.user_data_dir)
        return cls(
            data_dir=data,
            config_dir=Path(dirs.user_config_dir),
            log_dir=Path(dirs.user_log_dir),
            backup_dir=data / "backups",
        )

    def ensure(self) -> None:
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.backup_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
            make_private(folder, PRIVATE_FOLDER)

    def make_data_dir(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        make_private(self.data_dir, PRIVATE_FOLDER)
