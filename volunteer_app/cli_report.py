"""``volunteer-app report``: the years side by side for scripted reporting (no Qt)."""

from __future__ import annotations

import argparse
import sys
from calendar import month_name
from datetime import date
from pathlib import Path
from typing import Any

from volunteer_app.domain.errors import ExitCode, ValidationError
from volunteer_app.domain.funding.years import MAX_YEARS, YearKind, parse_year_kind
from volunteer_app.paths import AppPaths


def _kind(text: str) -> YearKind:
    try:
        return parse_year_kind(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def _counted(kind: YearKind, project: str | None) -> str:
    """'Grant years from September (September to August); all activities.'"""
    first, last = month_name[kind.start_month], month_name[(kind.start_month + 10) % 12 + 1]
    if kind.code == "financial":
        name = "Financial years"
    elif kind.code == "calendar":
        name = "Calendar years"
    else:
        name = f"Grant years from {first}"
    whose = f"the project {project} only" if project else "all activities"
    return f"{name} ({first} to {last}); {whose}."


def _count(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_YEARS:
        raise argparse.ArgumentTypeError(f"give a number of years from 1 to {MAX_YEARS}")
    return int(text)


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    report = sub.add_parser(
        "report",
        parents=[common],
        help="the years side by side (activities, volunteers, retention, hours, outputs...): "
        "one row per figure, one column per year",
    )
    report.add_argument("--years", type=_count, default=3, metavar="N", help="1 to 5 (default 3)")
    report.add_argument(
        "--year-kind",
        type=_kind,
        metavar="KIND",
        help="financial (April-March), calendar, or grant:MM for a grant year starting in "
        "month MM (default: the group's choice in Settings)",
    )
    report.add_argument("--project", metavar="NAME", help="only this project's activities")
    report.add_argument(
        "--out", type=Path, metavar="FILE.csv", help="save as CSV instead of printing"
    )


def cmd_report(args: argparse.Namespace) -> int:
    from volunteer_app.services.context import open_services
    from volunteer_app.services.funding.years import YearsService
    from volunteer_app.services.funding.years_table import save_table_csv, table_text

    services = open_services(AppPaths.resolve(getattr(args, "data_dir", None)))
    try:
        years = YearsService(services.database)
        project = years.project_named(args.project) if args.project else None
        report = years.report(args.years, date.today(), args.year_kind, project)
    finally:
        services.close()
    # On stderr: stdout stays the table alone, for a script to read.
    print(_counted(report.kind, project.name if project else None), file=sys.stderr, flush=True)
    if args.out is None:
        print(table_text(report), flush=True)
        return ExitCode.OK
    if args.out.suffix.lower() != ".csv":
        raise ValidationError("report.not_csv", f"{args.out}: give a name ending in .csv")
    save_table_csv(report, args.out)
    print(f"Saved {args.out}: {len(report.years)} years.", flush=True)
    return ExitCode.OK
