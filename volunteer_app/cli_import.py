"""The command line's import commands: import a file, list the imports, remove one.

Needs no display: nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from volunteer_app.domain.errors import AppError, ExitCode
from volunteer_app.paths import AppPaths

if TYPE_CHECKING:
    from volunteer_app.services.importing.importer import ImportResult


def _out(text: str) -> None:
    print(text, flush=True)


def resolve_paths(args: argparse.Namespace) -> AppPaths:
    return AppPaths.resolve(getattr(args, "data_dir", None))


# What each field holds, for `import --help` (the window has its own translated labels).
FIELD_HELP = {
    "date": "the activity's date (31/03/2026, 2026-03-31, 31 March 2026, Excel dates)",
    "activity": "what the activity was: the group's own name for its kind (its type)",
    "title": "an event's own name (Summer fair 2025), kept beside its type",
    "activity_type": "the standard code of the activity's type (practical_help, ...)",
    "kind": "group_activity or individual_help",
    "location": "where it happened",
    "local_authority": "a W06 code or a Welsh local authority's name",
    "start_time": "start time, 09:30",
    "end_time": "end time, 12:00 (the length is worked out)",
    "duration_minutes": "the activity's length in minutes",
    "person": "a person's name: one row per person per activity",
    "role": "volunteer, organiser or participant",
    "minutes": "the person's time in minutes",
    "hours": "the person's time in hours (2.5, 2:30, 2h30), at most 24",
    "age_band": "the person's age band code",
    "welsh_speaker": "yes, learning, no or not_known",
    "volunteers_count": "unnamed volunteers at the activity (a headcount)",
    "participants_count": "unnamed participants at the activity",
    "total_volunteer_hours": "the unnamed volunteers' hours in all (a shift's total)",
    "notes": "notes on the activity",
    "activity_ref": "rows with the same reference are one activity",
    "person_ref": "tells apart two people with the same name",
    "place_type": "the place's type: a code (community_hall, ...) or its English/Welsh name",
    "project": "the projects the activity belongs to, names separated by ;",
    "pulse_cards": "event pulse: cards handed in (then pulse_belong_agree, ...)",
    "pulse_all_three": "event pulse: cards agreeing with all of the first three statements",
    "output: NAME": "how many of an output (bags of litter, ...) the activity produced",
}
# What the command line adds to a problem the window answers with its own controls.
PROBLEM_HINTS = {
    "date.order_needed": " (give --date-order dmy or mdy)",
    "date.mixed_order": "",
    "date.year_needed": " (give --year YYYY)",
    "header.no_activity": ' (give --map "HEADING=activity" or --set activity=NAME)',
    "header.no_person": (
        ' (give --set person=NAME; or --map "HEADING=total_volunteer_hours" for all the '
        "volunteers' hours together, or --map \"HEADING=duration_minutes\" for the activity's "
        "length in minutes)"
    ),
}


def _pair(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not NAME=VALUE")
    return key.strip(), value.strip()


def add_import_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    fields = "\n".join(f"  {name:<22} {text}" for name, text in FIELD_HELP.items())
    importer = sub.add_parser(
        "import",
        parents=[common],
        help="import activities from a spreadsheet (CSV or XLSX); columns are matched by "
        "their headers (the template's names, or Name, Date, Hours, Event and the like)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=f"fields a column can be read as (--map) or given for every row (--set):\n{fields}",
    )
    importer.add_argument("file", type=Path, metavar="FILE")
    importer.add_argument("--sheet", help="the workbook's sheet to read (default: the active one)")
    importer.add_argument(
        "--dry-run",
        action="store_true",
        help="check the whole file and say what would be imported; write nothing",
    )
    importer.add_argument(
        "--map",
        action="append",
        type=_pair,
        default=[],
        metavar='"HEADING=field"',
        help="read the column with this heading as this field (field empty: leave it out)",
    )
    importer.add_argument(
        "--set",
        action="append",
        type=_pair,
        default=[],
        metavar="field=VALUE",
        help='one value for every row, e.g. --set person="Sam Jones" for one person\'s own '
        'log, --set activity="Friday pantry" for one activity\'s log',
    )
    importer.add_argument(
        "--date-order",
        choices=("dmy", "mdy", "ymd"),
        help="how the dates are written when the file cannot tell (03/04/2026)",
    )
    importer.add_argument(
        "--year", type=int, metavar="YYYY", help="the year of dates written without one (19-Sep)"
    )
    sub.add_parser("imports", parents=[common], help="list the files imported, newest first")
    remove = sub.add_parser(
        "remove-import",
        parents=[common],
        help="take an import back whole: its activities, attendances and the people it "
        "alone created",
    )
    remove.add_argument("import_id", metavar="ID", help="as listed by `imports` (or its start)")


def cmd_import(args: argparse.Namespace) -> int:
    from volunteer_app.services.context import open_services
    from volunteer_app.services.importing.importer import ImportOptions, ImportRejected

    options = ImportOptions(dict(args.set), args.date_order, args.year)
    services = open_services(resolve_paths(args))
    try:
        result = services.importer.import_file(
            args.file, args.dry_run, args.sheet, dict(args.map), options
        )
    except ImportRejected as exc:
        print(
            f"{args.file}: not imported, nothing was written. Fix these and try again:",
            file=sys.stderr,
        )
        for problem in exc.problems[:200]:
            print(f"  {problem}{PROBLEM_HINTS.get(problem.code, '')}", file=sys.stderr)
        if len(exc.problems) > 200:
            print(f"  ... and {len(exc.problems) - 200} more", file=sys.stderr)
        if any(p.code.startswith("header.") or p.code == "file.empty" for p in exc.problems):
            _other_sheets(args.file, args.sheet)
        return ExitCode.INPUT_REJECTED
    finally:
        services.close()
    verb = "Would import" if args.dry_run else "Imported"
    _out(
        f"{verb} {result.activities} activities with {result.participations} named "
        f"participations from {result.rows} rows ({result.new_people} new people, "
        f"{result.new_activity_types} new activity types)."
    )
    _out("The file " + ("would add" if args.dry_run else "added") + ":")
    for line in result.totals.lines():
        _out(f"  {line}")
    _report_skips(result)
    if result.import_id is not None:
        short = result.import_id.hex[:8]
        _out(f"Import {short}: to take it back, `volunteer-app remove-import {short}`.")
    return ExitCode.OK


def _other_sheets(path: Path, sheet: str | None) -> None:
    """The columns were not found: perhaps the records are on another sheet."""
    from volunteer_app.services.importing.spreadsheets import read_table

    try:
        table = read_table(path, sheet)
    except AppError:
        return
    others = [name for name in table.sheets if name != table.sheet]
    if others:
        print(
            f"  This was the sheet “{table.sheet}”; the workbook also has: {', '.join(others)} "
            "(give --sheet NAME to read another)",
            file=sys.stderr,
        )


def _report_skips(result: ImportResult) -> None:
    for reason, text in (
        ("total", "looks like a total"),
        ("note", "looks like a note"),
        ("nobody", "nobody came (every count is 0)"),
    ):
        rows = [str(line) for line, why in result.skipped if why == reason]
        if rows:
            shown = ", ".join(rows[:20]) + (" ..." if len(rows) > 20 else "")
            _out(f"Skipped {len(rows)} rows, {text}: rows {shown}.")
    if result.skipped_rows:
        _out(f"Skipped {result.skipped_rows} rows already in the data (imported before).")
    if result.kept_headcounts:
        kept = ", ".join(str(line) for line in result.kept_headcounts[:20])
        _out(f"Kept the saved headcounts where the file's differ (rows {kept}).")
    if result.kept_extras:
        kept = ", ".join(str(line) for line in result.kept_extras[:20])
        _out(f"Saved activities keep their own place type, pulse, projects, outputs (rows {kept}).")
    for names, text in (
        (result.new_places, "New places, with the type the file gives"),
        (result.new_projects, "New projects, starting on the first day used (add the funder)"),
        (result.new_outputs, "New outputs (choose the activity types that show them)"),
    ):
        if names:
            _out(f"{text}: {', '.join(names)}.")
    if result.new_types:
        named = ", ".join(f"{name} ({code})" for name, code in result.new_types)
        _out(f"New activity types, with their kind: {named}.")
        if any(code == "other" for _name, code in result.new_types):
            _out(
                "  A kind the file does not give is 'other' (so the CVC summary counts those "
                "hours as other), unless the name is one of the starter types: choose the "
                "right one in the window, Edit > Activity types, or give an activity_type "
                "column."
            )
    if result.ignored_columns:
        _out(f"Columns not imported: {', '.join(result.ignored_columns)}.")


def cmd_imports(args: argparse.Namespace) -> int:
    from volunteer_app.domain.importing.totals import format_hours
    from volunteer_app.services.context import open_services

    services = open_services(resolve_paths(args))
    try:
        entries = services.importer.imports()
    finally:
        services.close()
    if not entries:
        _out("No imports yet.")
    for entry in entries:
        t = entry.totals
        state = " (removed)" if entry.removed else ""
        _out(
            f"{entry.id.hex[:8]}  {entry.imported_at:%Y-%m-%d %H:%M}  {entry.file_name}{state}: "
            f"{entry.rows_read} rows, {t.activities} activities, {t.attendances} attendances, "
            f"{format_hours(t.volunteer_minutes)} volunteer hours, "
            f"{t.volunteers_count} unnamed volunteers"
        )
    return ExitCode.OK


def cmd_remove_import(args: argparse.Namespace) -> int:
    from volunteer_app.services.context import open_services

    wanted = args.import_id.strip().lower().replace("-", "")
    services = open_services(resolve_paths(args))
    try:
        found = [e for e in services.importer.imports() if e.id.hex.startswith(wanted)]
        live = [e for e in found if not e.removed]
        if len(live) != 1 or not wanted:
            state = "was removed already" if found and not live else "matches no import"
            if len(live) > 1:
                state = "matches more than one import: give more of it"
            print(f"{args.import_id} {state}; see `volunteer-app imports`.", file=sys.stderr)
            return ExitCode.INPUT_REJECTED
        removed = services.importer.remove_import(live[0].id)
    finally:
        services.close()
    _out(f"Removed import {live[0].id.hex[:8]} ({live[0].file_name}), taking away:")
    for line in removed.lines():
        _out(f"  {line}")
    return ExitCode.OK
