"""A plain start of the window is read without the full parser, to the same result."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from volunteer_app.cli import build_parser
from volunteer_app.window_args import window_args

TOKENS = st.sampled_from(
    [
        "--data-dir",
        "--data-dir=/tmp/a b",
        "--data-dir=",
        "--lang",
        "--lang=cy",
        "--lang=fr",
        "--smoke-test",
        "--smoke",
        "--data",
        "--help",
        "--version",
        "cy",
        "en",
        "/tmp/x",
        "-x",
        "check",
        "setup",
        "",
    ]
)


def full_parse(argv: list[str]) -> dict[str, object] | None:
    """What the full parser makes of argv; None if it refuses it (exit 2) or exits."""
    try:
        with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
            return vars(build_parser().parse_args(argv))
    except SystemExit:
        return None


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--lang", "cy"],
        ["--lang=en", "--data-dir", "/data/ours"],
        ["--data-dir=/data/with=equals", "--smoke-test"],
        ["--smoke-test", "--data-dir", ""],
    ],
)
def test_a_plain_start_reads_as_the_full_parser_reads_it(argv: list[str]) -> None:
    args = window_args(argv)
    assert args is not None
    assert vars(args) == full_parse(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["check"],
        ["--data-dir", "/d", "check"],
        ["--help"],
        ["--version"],
        ["--lang", "fr"],  # refused, with the full parser's message
        ["--lang"],
        ["--data-dir", "--lang", "cy"],  # a missing value
        ["--smoke"],  # abbreviations are the full parser's business
        ["--lang", "cy", "--lang", "en"],
        ["--smoke-test", "--smoke-test"],
    ],
)
def test_anything_else_is_left_to_the_full_parser(argv: list[str]) -> None:
    assert window_args(argv) is None


@given(st.lists(TOKENS, max_size=6))
def test_never_reads_arguments_differently_from_the_full_parser(argv: list[str]) -> None:
    args = window_args(argv)
    if args is not None:
        assert vars(args) == full_parse(argv)


def test_a_plain_start_does_not_import_the_commands(tmp_path: Path) -> None:
    """The point of it: starting the window does not load every command's module."""
    code = (
        "import sys, runpy\n"
        "import volunteer_app.app as app\n"
        "app.run_gui = lambda args: 0\n"  # stop before the window: only the imports matter
        "sys.argv = ['volunteer-app', '--data-dir', sys.argv[1]]\n"
        "from volunteer_app.__main__ import main\n"
        "main()\n"
        "print(sorted(m for m in sys.modules if m.startswith('volunteer_app.cli')))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert result.stdout.strip() == "[]"
