"""Run by the data-lock tests: a real ``volunteer-app`` command in its own process, paused
at a chosen point while it holds the data folder's lock, until told to go on.

    python -m tests.services.paused_command import|restore --data-dir DIR ...

It prints "paused" when it reaches the point and reads one line from stdin to go on.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from volunteer_app.cli import main
from volunteer_app.services import backups, importer


def _pause_before(owner: Any, name: str) -> None:
    real: Callable[..., Any] = getattr(owner, name)

    def paused(*args: Any, **kwargs: Any) -> Any:
        print("paused", flush=True)
        sys.stdin.readline()
        return real(*args, **kwargs)

    setattr(owner, name, paused)


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "import":  # paused once the file is checked, before it writes
        _pause_before(importer.ImportService, "import_file")
    else:  # paused with the current data kept aside, just before the swap
        _pause_before(backups, "copy_database")
    sys.exit(main(sys.argv[1:]))
