"""The import wizard shows a hostile or broken file's one line, with its row, and goes
no further."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from tests.services.test_hostile_spreadsheets import _laughs, _text_in_number
from tests.ui.test_import_wizard import open_wizard
from volunteer_app.ui.main_window import MainWindow


def test_hostile_files_are_explained_in_one_line_each(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes("Name,Date\r\nSiân,2026-01-05\r\n".encode() + "José,x\r\n".encode("cp1252"))
    cases = {
        _laughs(tmp_path / "laughs.xlsx"): "XML declarations (xl/worksheets/sheet1.xml)",
        _text_in_number(tmp_path / "number.xlsx"): "Row 2: cell C2 is marked as a number",
        mixed: "Row 3: this line is not UTF-8",
    }
    for path, expected in cases.items():
        wizard = open_wizard(window, qtbot, path)
        qtbot.waitUntil(lambda w=wizard: not w.file_page.busy.isVisible())
        text = wizard.file_page.info.text()
        assert expected in text and len(text.splitlines()) == 1, text
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        wizard.close()
