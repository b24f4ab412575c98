"""Printing many sign-in sheets in one run of the app.

PySide6 6.12.0 took a reference from None on every call of a method that returns nothing
(QPainter.drawRect, setPen, QFont.setBold...); on Python 3.11 None's count reached zero and the
app aborted with "Fatal Python error: none_dealloc" around the 25th long sheet. The sheets are
drawn in a child process here so that such an abort fails one test, not the whole run."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF

MANY_SHEETS = textwrap.dedent(
    """
    import sys
    from datetime import date, time

    from PySide6.QtGui import QGuiApplication

    from volunteer_app.ui.sign_in_sheet_pdf import SheetDetails, sign_in_sheet_pdf_bytes

    app = QGuiApplication([])
    names = [f"Gwirfoddolwr {i:03d}" for i in range(120)]
    details = SheetDetails("Grŵp", "Casglu sbwriel", date(2026, 11, 28), time(10), "Parc",
                           names, 60)
    before = sys.getrefcount(None)
    sizes = set()
    for _ in range(50):
        data = sign_in_sheet_pdf_bytes(details)
        assert data.startswith(b"%PDF")
        sizes.add(len(data) // 1000)
    print(len(sizes), before - sys.getrefcount(None))
    """
)


def test_fifty_long_sign_in_sheets_in_one_process(tmp_path: Path) -> None:
    script = tmp_path / "sheets.py"
    script.write_text(MANY_SHEETS, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    kinds, none_lost = (int(word) for word in done.stdout.split())
    assert kinds == 1  # the same sheet every time
    if sys.version_info < (3, 12):  # None is immortal from 3.12: nothing to lose
        assert none_lost <= 0, f"{none_lost} references to None lost drawing 50 sheets"


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_the_qt_binding_keeps_none_alive() -> None:
    """A method that returns nothing must give None back with its own reference."""
    point = QPointF(1, 2)
    before = sys.getrefcount(None)
    for _ in range(1000):
        point.setX(3)
    assert sys.getrefcount(None) - before > -100, (
        "This PySide6 takes a reference from None on each call (6.12.0 did): "
        'reinstall with `pip install -e ".[test]"`, which excludes it.'
    )


def test_the_broken_release_is_excluded() -> None:
    pyproject = Path(__file__).parents[2] / "pyproject.toml"
    wanted = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    for name in ("pyside6-essentials", "pyside6-addons", "shiboken6"):
        assert any(r.startswith(name) and "!=6.12.0" in r for r in wanted), name
