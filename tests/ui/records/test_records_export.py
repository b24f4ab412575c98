"""File > Export all records, from the window: warned first, then saved."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from volunteer_app.ui.kit import common
from volunteer_app.ui.shell.main_window import MainWindow


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(common, "inform", lambda _p, _t, text, *a, **k: texts.append(text))
    return texts


def test_the_warning_comes_first_and_cancel_saves_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, shown: list[str]
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(common, "confirm", lambda _p, _t, text, *a, **k: asked.append(text))
    monkeypatch.setattr(common, "ask_save_path", lambda *a: pytest.fail("asked for a file"))
    window.export_all_action.trigger()
    assert "personal data" in asked[0] and "never send it to the CVC" in asked[0]
    assert shown == []


def test_saving_a_workbook_from_the_file_menu(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, shown: list[str]
) -> None:
    assert window.export_all_action in window.file_menu.actions()
    target = tmp_path / "records"  # no suffix typed: a workbook is saved
    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(common, "ask_save_path", lambda *a: target)
    window.export_all_action.trigger()
    saved = target.with_suffix(".xlsx")
    assert saved.exists() and str(saved) in shown[-1]
    assert openpyxl.load_workbook(saved).sheetnames == ["Activities", "Participations", "People"]
