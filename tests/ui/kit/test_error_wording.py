"""Every error code the app raises has wording in English and in Welsh: a code without it
would show the service's technical English message, whatever the language."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from volunteer_app.domain.errors import AppError
from volunteer_app.ui.cvc.texts import reason_text
from volunteer_app.ui.importing.import_summary import import_error_text
from volunteer_app.ui.shell.context import UiContext

PACKAGE = Path(__file__).parents[3] / "volunteer_app"
# Where the window words errors: the app's own, an import's, a CVC return's.
WORDING = (import_error_text, reason_text)
CODE = re.compile(r"^[a-z_]+\.[a-z_]+$")
UNWORDED = "<no wording for this code>"


def worded(error: AppError) -> str:
    texts = [word(error) for word in WORDING]
    return next((t for t in texts if t and t != UNWORDED), UNWORDED)


def raised_codes() -> set[str]:
    """Codes passed to an error's constructor (or a helper that makes one) anywhere."""
    codes: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            first = node.args[0]
            if (
                (name.endswith("Error") or name in ("_error", "__init__"))
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and CODE.match(first.value)
            ):
                codes.add(first.value)
    return codes


CODES = sorted(raised_codes())


@pytest.fixture
def english(ctx: UiContext) -> Iterator[UiContext]:
    ctx.switch_language("en", remember=False)
    yield ctx


def test_the_codes_are_found() -> None:
    # A sample from each layer, so a change in how errors are raised cannot empty the list.
    assert {"activity.no_type", "db.read_only", "person.no_name", "import.rejected"} <= set(CODES)


@pytest.mark.parametrize("code", CODES)
def test_every_raised_code_is_worded_in_both_languages(code: str, english: UiContext) -> None:
    error = AppError(code, UNWORDED, limit=10, name="Ann", differences="x")
    in_english = worded(error)
    assert in_english and in_english != UNWORDED
    english.switch_language("cy", remember=False)
    try:
        in_welsh = worded(error)
    finally:
        english.switch_language("en", remember=False)
    assert in_welsh and in_welsh != UNWORDED
    assert in_welsh != in_english, f"{code} has no Welsh"
