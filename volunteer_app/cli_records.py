"""The command line's record commands: export-all, backup and restore (the group's own
copies of its data).

Needs no display: nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from volunteer_app.domain.errors import ExitCode
from volunteer_app.paths import AppPaths


def _out(text: str) -> None:
    print(text, flush=True)


def resolve_paths(args: argparse.Namespace) -> AppPaths:
    return AppPaths.resolve(getattr(args, "data_dir", None))


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """export-all, backup and restore: the group's own copies."""
    export_all = sub.add_parser(
        "export-all",
        parents=[common],
        help="save all activities, participations and people for the group's own records "
        "(PERSONAL DATA: never send it to the CVC): an .xlsx workbook, or three .csv files",
    )
    export_all.add_argument("--out", type=Path, metavar="FILE", required=True)
    export_all.add_argument(
        "--language", choices=("cy", "en"), default="en", help="language of the sheet names"
    )

    backup = sub.add_parser("backup", parents=[common], help="save a backup of all the data")
    backup.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help="where to save (default: a dated file name in this folder)",
    )
    restore = sub.add_parser(
        "restore",
        parents=[common],
        help="replace the data with a backup (the current data is kept)",
    )
    restore.add_argument("file", type=Path, metavar="FILE")


def cmd_export_all(args: argparse.Namespace) -> int:
    from volunteer_app.services.context import open_services
    from volunteer_app.services.full_export import export_everything

    if args.out.suffix.lower() not in (".xlsx", ".csv"):
        print(f"{args.out}: give a name ending in .xlsx or .csv", file=sys.stderr)
        return ExitCode.INPUT_REJECTED
    services = open_services(resolve_paths(args))
    try:
        result = export_everything(services.database, args.out, args.language)
    finally:
        services.close()
    _out(
        f"Saved {', '.join(str(f) for f in result.files)}: {result.activities} activities, "
        f"{result.participations} participations, {result.people} people."
    )
    _out("This contains personal data: keep it safe and never send it to the CVC.")
    return ExitCode.OK


def cmd_backup(args: argparse.Namespace) -> int:
    from volunteer_app.services.backups import backup_to, default_backup_name

    target = args.out or Path.cwd() / default_backup_name()
    if target.is_dir():
        target = target / default_backup_name()
    saved = backup_to(resolve_paths(args), target)
    _out(f"Backed up to {saved}")
    return ExitCode.OK


def cmd_restore(args: argparse.Namespace) -> int:
    from volunteer_app.services.backups import restore

    paths = resolve_paths(args)
    safety = restore(paths, args.file)  # the data folder's lock is held: no one else writes
    kept = f" The data it replaced is kept in {safety}." if safety else ""
    _out(f"Restored from {args.file}.{kept}")
    return ExitCode.OK


COMMANDS = {
    "export-all": cmd_export_all,
    "backup": cmd_backup,
    "restore": cmd_restore,
}
