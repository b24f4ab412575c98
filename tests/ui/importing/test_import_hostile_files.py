"""The import wizard shows a hostile or broken file's one line, with its row, and goes
no further."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

import volunteer_app.services.backups as backups
from tests.services.test_hostile_spreadsheets import _laughs, _text_in_number
from tests.services.test_limits_round_trip import disk_full
from tests.ui.importing.test_import_wizard import open_wizard
from volunteer_app.domain.activity import ActivityDraft
from volunteer_app.ui.kit import common
from volunteer_app.ui.shell.main_window import MainWindow


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(common, "inform", lambda _p, _title, text, *a, **k: shown.append(text))
    return shown


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


def test_a_full_disk_during_the_copy_before_an_import_is_a_message(
    window: MainWindow, qtbot, tmp_path: Path, messages: list[str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    services = window.ctx.services
    assert services is not None
    walk = services.activities.add_type("Walk", "practical_help")
    services.activities.log(ActivityDraft(date(2026, 1, 4), walk.id, volunteers_count=2))

    def full(*_args: object, **_kwargs: object) -> None:
        raise disk_full()

    monkeypatch.setattr(backups, "copy_database", full)
    sheet = tmp_path / "log.csv"
    sheet.write_text("date,activity,volunteers_count\n2026-01-05,Walk,3\n", encoding="utf-8")
    wizard = open_wizard(window, qtbot, sheet)
    wizard.run_check()
    assert wizard.checked is not None and wizard.checked.ok
    wizard.start_import()
    assert messages and "disk is full" in messages[-1]
    assert services.group.counts().activities == 1  # nothing from the file was saved
