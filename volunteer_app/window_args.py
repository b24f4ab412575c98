"""The options of a plain start of the window, read without building the command-line parser.

Building the full parser means importing every command's module (about 25 ms, a sixth of
the time to the first window). A double-click has no arguments, and a start from a terminal
usually has only ``--data-dir``, ``--lang`` or ``--smoke-test``: those are read here.
Anything else (a command, ``--help``, a misspelt or abbreviated option, a value that looks
like an option) returns None, and the full parser reads it, with its checks and messages.
"""

from __future__ import annotations

from types import SimpleNamespace

_VALUED = ("--data-dir", "--lang")
_LANGUAGES = ("cy", "en")


def window_args(argv: list[str]) -> SimpleNamespace | None:
    """What ``build_parser().parse_args(argv)`` gives for a start of the window, or None
    when ``argv`` is anything else (the full parser then reads it)."""
    values: dict[str, str] = {}
    smoke_test = False
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--smoke-test" and not smoke_test:
            smoke_test = True
            continue
        name, equals, value = arg.partition("=")
        if name not in _VALUED or name in values:
            return None
        if not equals:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        values[name] = value
    lang = values.get("--lang")
    if lang is not None and lang not in _LANGUAGES:
        return None
    args = SimpleNamespace(command=None, lang=lang, smoke_test=smoke_test)
    if "--data-dir" in values:  # the full parser leaves it out when not given
        args.data_dir = values["--data-dir"]
    return args
