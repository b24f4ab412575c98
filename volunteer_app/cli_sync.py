"""``volunteer-app sync-export`` and ``sync-import``: sharing records with a co-coordinator's
laptop through an encrypted file, from the command line (no Qt)."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path

from volunteer_app.domain.errors import ExitCode, ValidationError
from volunteer_app.domain.merging.summary import MergeSummary
from volunteer_app.paths import AppPaths


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    export = sub.add_parser(
        "sync-export",
        parents=[common],
        help="write an encrypted file of this laptop's records for a co-coordinator",
    )
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    _passphrase_option(export)
    bring = sub.add_parser(
        "sync-import",
        parents=[common],
        help="bring in a co-coordinator's file: both laptops' records merged",
    )
    bring.add_argument("file", type=Path, metavar="FILE")
    _passphrase_option(bring)
    bring.add_argument(
        "--join-as-one-group",
        action="store_true",
        help="the file is from a laptop that set the group up separately: join the two "
        "records as one group, keeping this laptop's group name and identity",
    )
    bring.add_argument(
        "--preview", action="store_true", help="say what the file brings, change nothing"
    )


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the group's passphrase from the first line of FILE (else it is asked)",
    )


def _passphrase(args: argparse.Namespace, confirm: bool) -> str:
    if args.passphrase_file is not None:
        lines = args.passphrase_file.read_text(encoding="utf-8").splitlines()
        text = lines[0] if lines else ""
    else:
        text = getpass.getpass("Group passphrase: ")
        if confirm and getpass.getpass("Type it again: ") != text:
            raise ValidationError(
                "sync.passphrase_mismatch", "The two passphrases differ; nothing was written."
            )
    if not text:
        raise ValidationError("sync.no_passphrase", "Type the group's passphrase.")
    return text


def _out(text: str) -> None:
    print(text, flush=True)


def cmd_sync_export(args: argparse.Namespace) -> int:
    from volunteer_app.services.context import open_services

    passphrase = _passphrase(args, confirm=True)
    services = open_services(AppPaths.resolve(getattr(args, "data_dir", None)))
    try:
        rows = services.merging.share(args.out, passphrase)
    finally:
        services.close()
    _out(
        f"Shared {rows} records in {args.out}. Give it to your co-coordinator; tell them "
        "the passphrase another way."
    )
    return ExitCode.OK


def describe(summary: MergeSummary) -> list[str]:
    lines = [
        f"{summary.new_activities} new activities, {summary.changed_activities} changed, "
        f"{summary.deleted_activities} deleted; {summary.new_people} new people, "
        f"{summary.changed_people} changed, {summary.deleted_people} deleted; "
        f"{summary.other_changes} other changes (attendance, types, settings)."
    ]
    both = summary.both_changed_people + summary.both_changed_activities
    if both:
        lines.append(f"{both} records changed on both laptops: the later change is kept.")
    if summary.conflicts:
        lines.append(
            f"{len(summary.conflicts)} records were edited after they were deleted on the "
            "other laptop: they stay deleted; look at them in Activities or People."
        )
    if summary.nothing_new:
        lines.append("Nothing new: this laptop already holds everything in the file.")
    return lines


def cmd_sync_import(args: argparse.Namespace) -> int:
    from volunteer_app.services.context import open_services
    from volunteer_app.services.preferences import update_preferences

    passphrase = _passphrase(args, confirm=False)
    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    services = open_services(paths)
    try:
        if args.preview:
            summary = services.merging.preview(args.file, passphrase)
            if summary.other_group:
                _out("The file is another group's records (see --join-as-one-group).")
            for line in describe(summary):
                _out(line)
            return ExitCode.OK
        result = services.merging.bring_in(args.file, passphrase, args.join_as_one_group)
        same = services.merging.same_name_people()
    finally:
        services.close()
    if result.summary.new_laptop:
        update_preferences(paths.preferences_file, welcome_done=True)
        _out(f"This laptop now keeps the records of {result.summary.group_name or 'the group'}.")
    for line in describe(result.summary):
        _out(line)
    if same:
        _out("People with the same name, perhaps typed on both laptops (merge them on the")
        _out("People page if they are one person):")
        for group in same:
            _out("  " + ", ".join(name for _id, name in group))
    if result.backup_path:
        print(f"The data as it was is kept in {result.backup_path}.", file=sys.stderr)
    return ExitCode.OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "sync-export": cmd_sync_export,
    "sync-import": cmd_sync_import,
}
