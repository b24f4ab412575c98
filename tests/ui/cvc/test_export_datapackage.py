"""The Export page's tick box writes NAME.datapackage.json beside the saved summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.cvc_export.test_export_page import _page
from volunteer_app.ui.kit import common
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow


def test_tick_box_writes_the_datapackage(
    window: MainWindow, ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, ctx)
    monkeypatch.setattr(common, "ask_save_path", lambda *a: tmp_path / "fy.csv")
    assert not page.datapackage.isChecked()
    qtbot.mouseClick(page.datapackage, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    package = json.loads((tmp_path / "fy.datapackage.json").read_text(encoding="utf-8"))
    resource = package["resources"][0]
    assert resource["path"] == "fy.csv" and resource["schema"]["version"] == "1.1"  # the version written
    assert resource["bytes"] == (tmp_path / "fy.csv").stat().st_size
