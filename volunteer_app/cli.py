"""The command line: headless commands over the same services as the window.

Exit codes: 0 ok, 1 input rejected (nothing written), 2 usage, 3 storage problem.
Needs no display: nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeAlias

from volunteer_app import cli_community, cli_cvc, cli_records, cli_report, cli_sync
from volunteer_app.about import APP_DISPLAY_NAME, __version__
from volunteer_app.cli_import import (
    add_import_parsers,
    cmd_import,
    cmd_imports,
    cmd_remove_import,
)
from volunteer_app.domain.errors import AppError, ExitCode
from volunteer_app.paths import AppPaths


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def _period(text: str) -> object:
    from volunteer_app.domain.errors import ValidationError
    from volunteer_app.domain.periods import parse_period

    try:
        return parse_period(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="keep all data, settings and logs in DIR "
        "(also: environment variable VOLUNTEER_APP_HOME)",
    )
    parser = argparse.ArgumentParser(
        prog="volunteer-app",
        parents=[common],
        description=f"{APP_DISPLAY_NAME}: log community volunteering and export anonymised "
        "summaries. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"volunteer-app {__version__}")
    parser.add_argument("--lang", choices=("cy", "en"), help="language for this run only")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window, wait for it to be ready, then quit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    _add_setup(sub, common)
    sub.add_parser("check", parents=[common], help="check the database (exit 3 if unhealthy)")
    _add_demo_data(sub, common)
    _add_export_summary(sub, common)
    add_import_parsers(sub, common)
    cli_records.add_parsers(sub, common)
    return parser


def _add_setup(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """setup: the first-run questions, answered on the command line."""
    setup = sub.add_parser("setup", parents=[common], help="answer the first-run questions")
    setup.add_argument("--group-name", required=True, metavar="NAME")
    setup.add_argument(
        "--local-authority",
        required=True,
        metavar="CODE",
        help="the group's local authority, a W06 code such as W06000015",
    )
    setup.add_argument("--cvc-ref", default="", metavar="REF")
    setup.add_argument("--language", choices=("cy", "en"))
    setup.add_argument(
        "--starter-types",
        action="store_true",
        help="add the common activity types (litter pick, community café, food bank...), "
        "named in the group's language",
    )


def _add_demo_data(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """demo-data: sample data in an empty database."""
    demo = sub.add_parser(
        "demo-data", parents=[common], help="fill an empty database with sample data"
    )
    demo.add_argument("--scale", choices=("small", "large", "huge"), default="small")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument(
        "--until",
        type=_iso_date,
        metavar="DATE",
        help="last day of the data (default: end of the last complete quarter)",
    )
    demo.add_argument(
        "--language",
        choices=("cy", "en"),
        help="language of the sample names, titles and places (default: the group's)",
    )


def _add_export_summary(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """export-summary: the anonymised CSV for the CVC."""
    export = sub.add_parser(
        "export-summary", parents=[common], help="save the anonymised summary CSV for the CVC"
    )
    export.add_argument(
        "--period",
        required=True,
        type=_period,
        metavar="P",
        help="2026-03 (month), 2026-Q1 (calendar quarter) or FY2025 "
        "(1 April 2025 to 31 March 2026)",
    )
    export.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help="where to save (default: the schema's file name, in this folder)",
    )
    export.add_argument(
        "--no-group-name", action="store_true", help="leave the group's name out of the file"
    )
    export.add_argument(
        "--allow-overlap",
        action="store_true",
        help="save even though the period overlaps one already sent on a different grid",
    )
    export.add_argument(
        "--datapackage",
        action="store_true",
        help="also write NAME.datapackage.json (Frictionless Data) describing the file",
    )
    export.add_argument(
        "--schema-version",
        choices=("1.1", "1.0"),
        default="1.1",
        help="the summary's version (default 1.1; 1.0 leaves out place types and the pulse)",
    )

    cli_cvc.add_parser(sub, common, _period)
    COMMANDS.update(cli_community.add_parsers(sub, common, _period))
    cli_report.add_parser(sub, common)
    cli_sync.add_parsers(sub, common)


def resolve_paths(args: argparse.Namespace) -> AppPaths:
    return AppPaths.resolve(getattr(args, "data_dir", None))


def _out(text: str) -> None:
    print(text, flush=True)


def cmd_setup(args: argparse.Namespace) -> int:
    from volunteer_app.domain.validation import validate_group_profile, validate_language
    from volunteer_app.services.context import open_services
    from volunteer_app.services.preferences import load_preferences, update_preferences

    # Validate every answer before anything is written.
    profile = validate_group_profile(args.group_name, args.local_authority, args.cvc_ref)
    language = validate_language(args.language) if args.language else None
    paths = resolve_paths(args)
    services = open_services(paths)
    try:
        info = services.group.update(profile.name, profile.la_code, profile.cvc_ref)
        if args.starter_types:
            from volunteer_app.domain.starter_types import STARTER_KEYS

            named_in = language or load_preferences(paths.preferences_file).language
            added = services.activities.add_starter_types(STARTER_KEYS, named_in)
            _out(f"Activity types added: {len(added)}")
    finally:
        services.close()
    changes: dict[str, object] = {"welcome_done": True}
    if language:
        changes["language"] = language
    update_preferences(paths.preferences_file, **changes)
    _out(f"Group set up: {info.name or '(no name)'}, {info.la_code}, group id {info.group_id}")
    return ExitCode.OK


def cmd_check(args: argparse.Namespace) -> int:
    from volunteer_app.storage.health import check_database

    report = check_database(resolve_paths(args).database)
    if not report.exists:
        _out(f"No database yet at {report.path}; it is created when the app first opens.")
        return ExitCode.OK
    if report.healthy:
        _out(f"OK: {report.path} (schema version {report.schema_version})")
        return ExitCode.OK
    print(f"Problem with {report.path}:", file=sys.stderr)
    for problem in report.problems:
        print(f"  - {problem}", file=sys.stderr)
    return ExitCode.STORAGE


def cmd_demo_data(args: argparse.Namespace) -> int:
    from volunteer_app.services.context import open_services
    from volunteer_app.services.demo_data import add_demo_data
    from volunteer_app.services.preferences import load_preferences

    services = open_services(resolve_paths(args))
    try:
        if services.group.counts().activities:
            print(
                "This database already has activities; sample data only goes into an empty "
                "one. Use --data-dir with a new folder.",
                file=sys.stderr,
            )
            return ExitCode.INPUT_REJECTED
        language = args.language or load_preferences(services.paths.preferences_file).language
        result = add_demo_data(services.database, args.scale, args.seed, args.until, language)
    finally:
        services.close()
    _out(
        f"Added {result.people} people, {result.activity_types} activity types, "
        f"{result.activities} activities and {result.participations} participations."
    )
    return ExitCode.OK


def cmd_export_summary(args: argparse.Namespace) -> int:
    from volunteer_app.domain.disclosure import Status
    from volunteer_app.services.context import open_services

    services = open_services(resolve_paths(args))
    try:
        preview = services.summary.preview(
            args.period, include_group_name=not args.no_group_name, version=args.schema_version
        )
        if preview.changed_since is not None:
            sent = preview.changed_since.exported_at.strftime("%Y-%m-%d %H:%M UTC")
            print(
                f"Note: the numbers for {args.period.code} have changed since the file sent "
                f"on {sent}.",
                file=sys.stderr,
            )
        target = args.out or Path.cwd() / preview.file_name
        if target.is_dir():
            target = target / preview.file_name
        services.summary.save(preview, target, allow_overlap=args.allow_overlap)
        if args.datapackage:
            from volunteer_app.services.cvc.datapackage import write_datapackage

            write_datapackage(target, preview.content, preview.version)
    finally:
        services.close()
    withheld = sum(r.status is not Status.PUBLISHED for r in preview.rows)
    _out(
        f"Saved {target} ({len(preview.rows)} rows, {withheld} withheld to protect small numbers)."
    )
    return ExitCode.OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "setup": cmd_setup,
    "check": cmd_check,
    "demo-data": cmd_demo_data,
    "export-summary": cmd_export_summary,
    "import": cmd_import,
    "imports": cmd_imports,
    "remove-import": cmd_remove_import,
    **cli_records.COMMANDS,
    "cvc-combine": cli_cvc.cmd_cvc_combine,
    "report": cli_report.cmd_report,
    **cli_sync.COMMANDS,
}


# Every command that may write (opening the data may migrate it) holds the data folder's
# lock, which the window holds too: a restore never swaps the file under a running writer.
WRITERS = frozenset(COMMANDS) - {"check"}
LOCK_WAIT_SECONDS = 30.0  # a short command in progress ends within this; a long one is refused
LOCK_WAIT_ENV = "VOLUNTEER_APP_LOCK_WAIT"


def run_command(args: argparse.Namespace) -> int:
    from volunteer_app.logsetup import setup_logging

    paths = resolve_paths(args)
    with contextlib.suppress(OSError):  # a read-only log folder must not stop a command
        setup_logging(paths.log_dir)
    try:
        if args.command not in WRITERS:
            return COMMANDS[args.command](args)
        from volunteer_app.services.data_lock import holding

        paths.make_data_dir()
        wait = float(os.environ.get(LOCK_WAIT_ENV, LOCK_WAIT_SECONDS))
        with holding(paths.lock_file, args.command, wait):
            return COMMANDS[args.command](args)
    except AppError as exc:
        print(f"Error: {exc.message}", file=sys.stderr)
        return int(exc.exit_code)
    except BrokenPipeError:
        # The reader stopped early (``volunteer-app report | head``): it had what it wanted.
        _stdout_to_nowhere()
        return ExitCode.OK
    except OSError as exc:
        print(f"Error: {exc.strerror or exc} ({exc.filename or ''})", file=sys.stderr)
        return ExitCode.STORAGE
    except Exception as exc:
        known = _storage_problem(exc)
        if known is None:
            raise  # a bug: the traceback is what is needed
        print(f"Error: {known.message}", file=sys.stderr)
        return int(known.exit_code)


def _stdout_to_nowhere() -> None:
    """Python flushes stdout once more on exit; into a closed pipe that is another error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # not a real file (a test's captured output)
        pass


def _storage_problem(exc: Exception) -> AppError | None:
    """SQLite's known failures met outside a transaction (a backup's copy, a safety copy
    before an import): a full disk is a message and exit 3, never a traceback."""
    from sqlalchemy.exc import DBAPIError

    from volunteer_app.storage.database import ALL_ENGINE_ERRORS, storage_error_from

    if not isinstance(exc, (*ALL_ENGINE_ERRORS, DBAPIError)):
        return None

    return storage_error_from(exc)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        print("No command given; run without arguments to open the window.", file=sys.stderr)
        return ExitCode.USAGE
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
