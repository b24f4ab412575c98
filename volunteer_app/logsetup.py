"""Logging to a file in the log folder, rotated at start-up.

Log lines carry events and counts, never names, contacts or notes: the log folder may be
attached to a bug report. The file is rotated when the app starts rather than by
logging.handlers, whose import (sockets, pickle, queues) would delay the first window.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from volunteer_app.paths import PRIVATE_FOLDER, make_private

LOG_NAME = "volunteer-app.log"
MAX_BYTES = 1_000_000
KEEP = 5
_fault_file: IO[str] | None = None


def _rotate(log_file: Path) -> None:
    """volunteer-app.log becomes .1, .1 becomes .2 ... the oldest beyond KEEP is dropped."""
    if not log_file.exists() or log_file.stat().st_size < MAX_BYTES:
        return
    for number in range(KEEP - 1, 0, -1):
        older = log_file.with_name(f"{LOG_NAME}.{number}")
        if older.exists():
            os.replace(older, log_file.with_name(f"{LOG_NAME}.{number + 1}"))
    os.replace(log_file, log_file.with_name(f"{LOG_NAME}.1"))


def safe_traceback(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Where it happened and what kind of error, without the error's message: messages can
    carry names or notes the user typed."""
    frames = "".join(traceback.format_tb(tb))
    return f"Traceback (most recent call last):\n{frames}{exc_type.__name__}"


class SafeFormatter(logging.Formatter):
    def formatException(self, ei: Any) -> str:
        return safe_traceback(ei[0], ei[2])

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may already have cached the full text, message included.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached


def setup_logging(log_dir: Path, verbose: bool = False) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    make_private(log_dir, PRIVATE_FOLDER)
    log_file = log_dir / LOG_NAME
    _rotate(log_file)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    make_private(log_file)
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
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
    make_private(crash_file)
    faulthandler.enable(file=_fault_file, all_threads=True)
