"""Logging to a rotating file in the log folder.

Log lines carry events and counts, never names, contacts or notes: the log folder may be
attached to a bug report.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
from pathlib import Path
from typing import IO

_fault_file: IO[str] | None = None


def setup_logging(log_dir: Path, verbose: bool = False) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "volunteer-app.log"
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_volunteer_app", False):
            root.removeHandler(old)
            old.close()
    handler._volunteer_app = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return log_file


def enable_faulthandler(crash_file: Path) -> None:
    """Hard crashes (segfaults in Qt, say) write a Python traceback here."""
    global _fault_file
    if _fault_file is not None:
        return
    crash_file.parent.mkdir(parents=True, exist_ok=True)
    _fault_file = open(crash_file, "a", encoding="utf-8")  # noqa: SIM115 - must stay open
    faulthandler.enable(file=_fault_file, all_threads=True)


def log_uncaught(exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
    logging.getLogger("volunteer_app.crash").error(
        "uncaught exception",
        exc_info=(exc_type, exc, tb),  # type: ignore[arg-type]
    )
    if sys.stderr is not None:
        sys.__excepthook__(exc_type, exc, tb)  # type: ignore[arg-type]
