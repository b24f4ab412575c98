"""Welsh without gaps: the CVC page's words (its codes stay as the file holds them) and
messages that do not stay in the old language after a switch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.clipping import clipped_texts
from volunteer_app.domain.periods import financial_year
from volunteer_app.ui.context import UiContext
from volunteer_app.ui.dialogs import common
from volunteer_app.ui.main_window import MainWindow
from volunteer_app.ui.pages.export_page import ExportPage

GOLDEN = Path(__file__).parent.parent / "golden"


def _export_page(window: MainWindow, ctx: UiContext) -> ExportPage:
    assert ctx.services is not None
    ctx.services.importer.import_file(GOLDEN / "fy2025-input.csv")
    ctx.services.group.update("Grŵp Prawf", "W06000015", "")
    window.show_page("export")
    page = window.page("export")
    assert isinstance(page, ExportPage)
    page.picker.set_period(financial_year(2025))
    return page


def _headings(page: ExportPage) -> list[str]:
    model = page.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_the_cvc_page_in_welsh_keeps_the_files_codes(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = _export_page(window, ctx)
    assert _headings(page)[12:] == [
        "measure", "unit", "breakdown", "category", "value", "status", "sdc_rule"
    ]  # fmt: skip
    target = tmp_path / "summary.csv"
    monkeypatch.setattr(common, "ask_save_path", lambda *a: target)
    page.save_button.click()
    assert page.result_label.text().startswith("Saved ")
    assert window.statusBar().currentMessage() == "Summary saved."
    ctx.switch_language("cy", remember=False)
    qtbot.waitUntil(lambda: page.heading.text() == "Crynodeb i'ch CGS")
    assert _headings(page)[12:] == [
        "mesur\nmeasure",
        "uned\nunit",
        "dadansoddiad\nbreakdown",
        "categori\ncategory",
        "gwerth\nvalue",
        "statws\nstatus",
        "rheol cuddio\nsdc_rule",
    ]
    codes = {page.model.index(r, 17).data() for r in range(page.model.rowCount())}
    assert codes == {"published", "suppressed", "secondary_suppressed"}  # as the file holds
    assert page.result_label.text() == f"Wedi cadw {target}. Anfonwch hi at eich CGS drwy e-bost."
    assert window.statusBar().currentMessage() == ""  # said in English: not left in Welsh
    header = target.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.endswith("measure,unit,breakdown,category,value,status,sdc_rule")
    window.resize(1024, 640)
    assert clipped_texts(page) == []
    ctx.switch_language("en", remember=False)


def test_a_status_message_does_not_stay_in_the_old_language(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot
) -> None:
    ctx.bus.status_message.emit("Settings saved.")
    assert window.statusBar().currentMessage() == "Settings saved."
    ctx.switch_language("cy", remember=False)
    assert window.statusBar().currentMessage() == ""
    ctx.bus.status_message.emit("Gosodiadau wedi'u cadw.")
    ctx.switch_language("en", remember=False)
    assert window.statusBar().currentMessage() == ""
