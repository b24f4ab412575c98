"""Entry point: a command runs headless; no command opens the window."""

from __future__ import annotations

import gc
import sys
from typing import Any


def attach_console(kernel32: Any = None, opener: Any = open) -> bool:
    """The Windows bundle is a windowed program with no console of its own, so a command
    typed in a terminal would print nothing: attach to that terminal instead."""
    if sys.platform != "win32" or not getattr(sys, "frozen", False):
        return False
    if kernel32 is None:
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    if not kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS; fails when double-clicked
        return False
    sys.stdout = opener("CONOUT$", "w", encoding="utf-8", buffering=1)
    sys.stderr = opener("CONOUT$", "w", encoding="utf-8", buffering=1)
    return True


def main(argv: list[str] | None = None) -> int:
    from volunteer_app.window_args import window_args

    if argv is None and len(sys.argv) > 1:  # typed in a terminal, with a command or option
        attach_console()
    # A plain start of the window skips building the parser of every command.
    args: Any = window_args(sys.argv[1:] if argv is None else argv)
    if args is None:
        from volunteer_app.cli import build_parser, run_command

        args = build_parser().parse_args(argv)
        if args.command:
            return run_command(args)
    # No cyclic garbage collection while the window starts: the modules, classes and widgets
    # made then are nearly all kept, and the collector re-examined them over and over (some
    # 45 ms of a half-second start). It comes back on once the start has settled (run_gui).
    gc.disable()
    try:
        from volunteer_app.app import run_gui

        return run_gui(args)
    finally:
        gc.enable()  # however the window ended


if __name__ == "__main__":
    sys.exit(main())
