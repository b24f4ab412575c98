"""A workbook whose first sheet is instructions and whose records are on another: when the
columns are not found, the command says which sheet it read and names the others."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from volunteer_app.cli import main
from volunteer_app.paths import AppPaths


def test_the_other_sheets_are_named(
    paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = openpyxl.Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Instructions"
    notes.append(["Fill in the Log sheet. One row per volunteer per session."])
    log = book.create_sheet("Log")
    log.append(["Date", "Name", "Activity", "Hours"])
    log.append([datetime(2025, 5, 6), "Tom Baker", "Gardening", 2])
    path = tmp_path / "book.xlsx"
    book.save(path)
    home = ["--data-dir", str(paths.data_dir)]
    assert main([*home, "import", str(path), "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert "This was the sheet “Instructions”; the workbook also has: Log" in err
    assert main([*home, "import", str(path), "--sheet", "Log"]) == 0
    assert "volunteer hours: 2" in capsys.readouterr().out
