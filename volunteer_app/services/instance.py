"""Is the app already open on this data folder? (The window holds a QLockFile; the CLI only
reads it, so that it never restores data from under a running window.)"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def running_instance(lock_file: Path) -> int | None:
    """The process id holding the lock, if that process is still running."""
    try:
        first = lock_file.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0]
        pid = int(first.strip())
    except (OSError, ValueError):
        return None
    return pid if pid != os.getpid() and _alive(pid) else None
