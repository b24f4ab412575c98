"""Welsh without gaps: the CVC page's words (its codes stay as the file holds them) and
messages that do not stay in the old language after a switch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QFileSystemModel,
    QLabel,
    QMessageBox,
    QWidget,
)

from tests.ui.clipping import clipped_texts
from volunteer_app.domain.periods import financial_year
from volunteer_app.ui.cvc_export.export_page import ExportPage
from volunteer_app.ui.kit import common
from volunteer_app.ui.log.log_page import LogPage
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow

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
        "measure", "unit", "breakdown", "category", "value", "status", "sdc_rule",
        "What it counts",  # shown in the preview only, never written
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
        "Beth mae'n ei gyfrif",
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
    assert ctx.services is not None
    ctx.services.activities.add_type("Litter pick", "practical_help")
    window.show_page("log")
    log = window.page("log")
    assert isinstance(log, LogPage)
    log.refresh()
    log.form.people.volunteers.spin.setValue(3)
    qtbot.mouseClick(log.save_button, Qt.MouseButton.LeftButton)
    assert log.result_label.text().startswith("Saved: Litter pick on ")
    assert window.statusBar().currentMessage().startswith("Saved: Litter pick on ")
    ctx.switch_language("cy", remember=False)
    qtbot.waitUntil(lambda: log.result_label.text() == "")  # not left in English
    assert window.statusBar().currentMessage() == ""
    ctx.switch_language("en", remember=False)
    ctx.bus.status_message.emit("Settings saved.")
    assert window.statusBar().currentMessage() == "Settings saved."
    ctx.switch_language("cy", remember=False)
    assert window.statusBar().currentMessage() == ""
    ctx.bus.status_message.emit("Gosodiadau wedi'u cadw.")
    ctx.switch_language("en", remember=False)
    assert window.statusBar().currentMessage() == ""


def _dialog_texts(dialog: QFileDialog) -> set[str]:
    """Every word the dialog shows: labels, buttons, tips, lists, headings, menu actions."""
    texts: set[str] = {dialog.windowTitle()}
    for widget in dialog.findChildren(QWidget):
        texts |= {widget.toolTip(), widget.accessibleName()}
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QComboBox):
            texts |= {widget.itemText(i) for i in range(widget.count())}
    model = dialog.findChild(QFileSystemModel)
    assert isinstance(model, QFileSystemModel)
    texts |= {str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(4)}
    folder = model.index(dialog.directory().absolutePath())
    texts |= {model.type(model.index(r, 0, folder)) for r in range(model.rowCount(folder))}
    texts |= {action.text() for action in dialog.findChildren(QAction)}
    return {t.replace("&", "") for t in texts if t and not t.startswith(("/", "Alt+"))}


def _open_dialog(qtbot, folder: Path) -> QFileDialog:  # type: ignore[no-untyped-def]
    dialog = common.file_dialog(
        None, "Cadw", str(folder / "a.csv"), "CSV (*.csv *.pdf *.png *.xlsx)", save=True
    )
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    assert isinstance(model, QFileSystemModel)
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(folder))) == 4)  # the folder read
    return dialog


def test_the_file_dialog_is_wholly_welsh(ctx: UiContext, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "outputs"
    folder.mkdir()
    for name in ("a.csv", "b.pdf", "c.png", "d.xlsx"):
        (folder / name).write_text("x", encoding="utf-8")
    english = _open_dialog(qtbot, folder)
    english_texts = _dialog_texts(english)
    assert {"Look in:", "Save", "Detail View", "Date Modified", "Rename"} <= english_texts
    ctx.switch_language("cy", remember=False)
    welsh = _open_dialog(qtbot, folder)
    assert welsh.testOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, translatable
    welsh_texts = _dialog_texts(welsh)
    files = {"Cadw", "CSV (*.csv *.pdf *.png *.xlsx)", "a.csv", "b.pdf", "c.png", "d.xlsx"}
    assert english_texts & welsh_texts <= files  # no English word left
    assert {"Edrych yn:", "Cadw", "Golwg manylion", "Dyddiad newid", "Ailenwi"} <= welsh_texts
    asked: list[str] = []

    def answer_no() -> None:  # the question Qt's own dialog asks before replacing a file
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        asked.extend(b.text().replace("&", "") for b in box.buttons())
        box.reject()

    QTimer.singleShot(0, answer_no)
    welsh.selectFile(str(folder / "a.csv"))
    welsh.accept()
    assert asked[0] == "Mae a.csv yn bodoli eisoes.\nYdych chi am ei disodli?"
    assert set(asked[1:]) == {"Ydw", "Nac ydw"}
    ctx.switch_language("en", remember=False)
    assert not common.file_dialog(None, "", "", "", save=False).testOption(
        QFileDialog.Option.DontUseNativeDialog
    )  # in English, the laptop's own dialog
