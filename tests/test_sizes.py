"""Files and functions stay small enough to read whole: no file over 400 lines, no function
over 60, in volunteer_app/. A long one is split by responsibility (sections built in helper
methods, tables of wording as dict literals built by small functions)."""

from __future__ import annotations

import ast
from pathlib import Path

import volunteer_app

ROOT = Path(volunteer_app.__file__).parent
MOST_LINES_IN_A_FILE = 400
MOST_LINES_IN_A_FUNCTION = 60

# Each with its reason; to be emptied, not grown.
EXEMPT_FILES: dict[str, str] = {
}
EXEMPT_FUNCTIONS: dict[str, str] = {}


def _files() -> list[Path]:
    return sorted(ROOT.rglob("*.py"))


def _name(path: Path) -> str:
    return path.relative_to(ROOT.parent).as_posix()


def test_no_file_is_too_long() -> None:
    long = {
        _name(path): lines
        for path in _files()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MOST_LINES_IN_A_FILE
    }
    assert {name: n for name, n in long.items() if name not in EXEMPT_FILES} == {}


def test_no_function_is_too_long() -> None:
    long: dict[str, int] = {}
    for path in _files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > MOST_LINES_IN_A_FUNCTION:
                    long[f"{_name(path)}::{node.name}"] = lines
    assert {name: n for name, n in long.items() if name not in EXEMPT_FUNCTIONS} == {}


def test_the_exemptions_are_still_needed() -> None:
    """An exemption whose file or function has shrunk goes from the list."""
    files = {_name(p): p for p in _files()}
    for name in EXEMPT_FILES:
        path = files.get(name)
        assert path is not None and len(path.read_text().splitlines()) > MOST_LINES_IN_A_FILE
    for entry in EXEMPT_FUNCTIONS:
        file_name, function = entry.split("::")
        path = files.get(file_name)
        assert path is not None, entry
        sizes = [
            (n.end_lineno or n.lineno) - n.lineno + 1
            for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == function
        ]
        assert any(size > MOST_LINES_IN_A_FUNCTION for size in sizes), entry
