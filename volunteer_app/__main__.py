"""Entry point: a command runs headless; no command opens the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from volunteer_app.cli import build_parser, run_command

    args = build_parser().parse_args(argv)
    if args.command:
        return run_command(args)
    from volunteer_app.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
