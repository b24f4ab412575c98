"""Command line for places and the Community figures: list places, type, rename and merge
them, and print a period's pulse and place-type figures."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from volunteer_app.domain.errors import ExitCode

if TYPE_CHECKING:
    from volunteer_app.services.context import AppServices

T = TypeVar("T")


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    period_type: Callable[[str], object],
) -> dict[str, Callable[[argparse.Namespace], int]]:
    """Adds the commands; returns them by name for the command table."""
    sub.add_parser("places", parents=[common], help="list places, their type and activities")
    typed = sub.add_parser("place-type", parents=[common], help="set a place's type")
    typed.add_argument("name")
    typed.add_argument("place_type", metavar="TYPE", help="a code or label, e.g. community_hall")
    rename = sub.add_parser("place-rename", parents=[common], help="rename a place everywhere")
    rename.add_argument("name")
    rename.add_argument("new_name")
    merge = sub.add_parser("place-merge", parents=[common], help="merge two spellings of one place")
    merge.add_argument("drop", metavar="FROM", help="the spelling that goes")
    merge.add_argument("keep", metavar="INTO", help="the spelling that stays")
    report = sub.add_parser(
        "community", parents=[common], help="a period's pulse cards and activity by place type"
    )
    report.add_argument("--period", required=True, type=period_type, metavar="P")
    return {
        "places": cmd_places,
        "place-type": cmd_place_type,
        "place-rename": cmd_place_rename,
        "place-merge": cmd_place_merge,
        "community": cmd_community,
    }


def _using(args: argparse.Namespace, work: Callable[[AppServices], T]) -> T:
    """``work`` on the data folder's services, closed afterwards whatever happens."""
    from volunteer_app.paths import AppPaths
    from volunteer_app.services.context import open_services

    services = open_services(AppPaths.resolve(getattr(args, "data_dir", None)))
    try:
        return work(services)
    finally:
        services.close()


def cmd_places(args: argparse.Namespace) -> int:
    for place in _using(args, lambda services: services.community.places.places()):
        print(f"{place.name}\t{place.place_type.value}\t{place.activities}")
    return ExitCode.OK


def cmd_place_type(args: argparse.Namespace) -> int:
    from volunteer_app.domain.places import parse_place_type

    kind = parse_place_type(args.place_type)
    _using(args, lambda services: services.community.places.set_type(args.name, kind))
    print(f"{args.name}: {kind.value}")
    return ExitCode.OK


def cmd_place_rename(args: argparse.Namespace) -> int:
    moved = _using(
        args, lambda services: services.community.places.rename(args.name, args.new_name)
    )
    print(f"Renamed; {moved} activities now at the new name.")
    return ExitCode.OK


def cmd_place_merge(args: argparse.Namespace) -> int:
    moved = _using(args, lambda services: services.community.places.merge(args.drop, args.keep))
    print(f"Merged; {moved} activities moved to {args.keep}.")
    return ExitCode.OK


def cmd_community(args: argparse.Namespace) -> int:
    report = _using(args, lambda services: services.community.report.report(args.period))
    print(f"Pulse cards: {report.cards}")
    for share in report.statements:
        shown = f"{share.percent}%" if share.percent is not None else "not enough cards yet"
        print(f"  {share.code}: {shown} ({share.agreed} of {report.cards} cards)")
    for place in report.places:
        if place.activities or place.participants:
            print(f"{place.place_type.value}\t{place.activities}\t{place.participants}")
    return ExitCode.OK
