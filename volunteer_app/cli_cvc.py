"""``volunteer-app cvc-combine``: the CVC's side from the command line (no Qt, no database)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from volunteer_app.domain.errors import ExitCode


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    period_type: Callable[[str], object],
) -> None:
    combine = sub.add_parser(
        "cvc-combine",
        parents=[common],
        help="check and combine groups' summary returns into one table (for a CVC)",
    )
    combine.add_argument("paths", nargs="+", type=Path, metavar="FILE_OR_FOLDER")
    combine.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="COMBINED",
        help="the combined table to write: .csv or .xlsx",
    )
    combine.add_argument(
        "--la",
        action="append",
        default=[],
        metavar="W06...",
        help="only this local authority's groups (may be given more than once)",
    )
    combine.add_argument(
        "--period",
        type=period_type,
        metavar="P",
        help="only this period: 2026-03, 2026-Q1 or FY2025",
    )


def cmd_cvc_combine(args: argparse.Namespace) -> int:
    from volunteer_app.domain.cvc.received import ReceivedStatus
    from volunteer_app.services.cvc.combined_file import save_combined
    from volunteer_app.services.cvc.combining import combine_paths

    result = combine_paths(args.paths, args.period, args.la)
    if result.refused is not None:
        raise result.refused
    for item in result.received:
        if item.status is ReceivedStatus.REJECTED and item.error is not None:
            print(f"Rejected {item.source}: {item.error.message}", file=sys.stderr)
    if not result.rows:
        print("Error: no return could be used, so nothing was written.", file=sys.stderr)
        return ExitCode.INPUT_REJECTED
    target = save_combined(args.out, result.rows, result.received)
    held = sum(not r.for_publication for r in result.rows)
    print(
        f"Saved {target}: {result.used} returns combined, "
        f"{result.count(ReceivedStatus.REJECTED)} rejected, "
        f"{result.count(ReceivedStatus.CORRECTED)} corrected, "
        f"{result.count(ReceivedStatus.DUPLICATE)} duplicates; {len(result.rows)} rows, "
        f"{held} not for publication."
    )
    return ExitCode.OK
