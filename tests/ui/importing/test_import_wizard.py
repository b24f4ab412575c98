"""The import wizard driven as a coordinator would: file, columns, check, import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.services.importing.test_spreadsheet_import import UK_EXCEL_CSV, make_workbook
from volunteer_app.domain.importing.problems import PROBLEM_TEXT
from volunteer_app.domain.importing.rows import FIELDS
from volunteer_app.ui.importing.import_texts import field_label, problem_templates
from volunteer_app.ui.importing.import_wizard import ImportWizard
from volunteer_app.ui.kit import common
from volunteer_app.ui.shell.main_window import MainWindow


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(common, "inform", lambda _p, title, text, *a, **k: shown.append(text))
    return shown


def open_wizard(window: MainWindow, qtbot, path: Path) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(window.ctx, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(path)
    return wizard


def click(wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled(), button.text()
    button.click()


def test_every_problem_and_field_has_a_translated_text() -> None:
    assert set(problem_templates()) == set(PROBLEM_TEXT)
    assert all(field_label(f) for f in (None, *FIELDS))


def test_a_uk_csv_goes_through_to_the_data(
    window: MainWindow, qtbot, tmp_path: Path, messages: list[str]
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "hours.csv"
    path.write_bytes(UK_EXCEL_CSV.encode("cp1252"))
    wizard = open_wizard(window, qtbot, path)
    info = wizard.file_page.info.text()
    assert (
        "Windows-1252" in info and "row 3" in info and "Title rows above them, skipped: 1" in info
    )
    click(wizard, QWizard.WizardButton.NextButton)
    page = wizard.columns_page
    assert [c.currentData() for c in page.combos] == ["person", "date", "hours", "activity"]
    assert page.table.item(0, 1).text() == "Siân Hughes · Rhodri Bowen · Siân Hughes"
    click(wizard, QWizard.WizardButton.NextButton)
    check = wizard.check_page
    summary = check.summary.text()
    assert "4 rows read. This file will add:" in summary
    for figure in (
        "Activities: 2",
        "Named attendances: 4",
        "New people: 3",
        "Volunteer hours: 8.5",
    ):
        assert figure in summary, figure
    assert check.model.rowCount() == 4
    click(wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result is not None and wizard.result.participations == 4
    assert "Imported 2 activities with 4 named attendances" in messages[-1]
    assert window.ctx.services is not None
    assert window.ctx.services.group.counts().participations == 4
    # The same file again: nothing new, and the wizard says so instead of importing.
    again = open_wizard(window, qtbot, path)
    click(again, QWizard.WizardButton.NextButton)
    click(again, QWizard.WizardButton.NextButton)
    assert "Rows already in your data, which will be skipped: 4" in again.check_page.summary.text()
    assert "Everything in this file is already in your data" in again.check_page.summary.text()
    assert not again.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_a_wrong_guess_is_corrected_and_problems_are_shown_per_row(
    window: MainWindow, qtbot, tmp_path: Path, messages: list[str]
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "sheet.csv"
    path.write_text(
        "Who,When,What,Time\nAnn,05/01/2026,Walk,2\nBob,31/02/2026,Walk,x\n", encoding="utf-8"
    )
    wizard = open_wizard(window, qtbot, path)
    click(wizard, QWizard.WizardButton.NextButton)
    page = wizard.columns_page
    assert [c.currentData() for c in page.combos] == ["person", "date", "activity", None]
    page.combos[3].setCurrentIndex(page.combos[3].findData("hours"))
    page.combos[2].setCurrentIndex(page.combos[2].findData(None))
    assert "Which column says what the activity was?" in page.status.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.combos[2].setCurrentIndex(page.combos[2].findData("activity"))
    click(wizard, QWizard.WizardButton.NextButton)
    check = wizard.check_page
    assert "Problems found: 2" in check.summary.text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    check.only_problems.setChecked(True)
    assert check.model.rowCount() == 1
    last = check.model.columnCount() - 1
    problems = check.model.index(0, last).data()
    assert "Date: “31/02/2026” is not a date" in problems
    assert "Person's time (hours): “x” is not a length of time" in problems
    assert check.model.index(0, last).data(Qt.ItemDataRole.BackgroundRole) is not None
    # Corrected in the spreadsheet and read again: now it can be imported.
    path.write_text(
        "Who,When,What,Time\nAnn,05/01/2026,Walk,2\nBob,28/02/2026,Walk,1:30\n", encoding="utf-8"
    )
    check.recheck_button.click()
    assert "2 rows read" in check.summary.text()
    click(wizard, QWizard.WizardButton.FinishButton)
    assert window.ctx.services is not None
    assert window.ctx.services.group.counts().participations == 2


def test_cancelling_the_import_saves_nothing(
    window: MainWindow, qtbot, tmp_path: Path, messages: list[str]
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "café.xlsx"
    make_workbook(path)
    wizard = open_wizard(window, qtbot, path)
    assert "sheet “Hours”" in wizard.file_page.info.text()
    assert wizard.file_page.sheet_combo.isVisibleTo(wizard.file_page)
    click(wizard, QWizard.WizardButton.NextButton)
    click(wizard, QWizard.WizardButton.NextButton)

    def press_cancel(done: int, total: int) -> None:  # the user cancels as rows go in
        assert wizard.progress_dialog is not None
        wizard.progress_dialog.canceled.emit()  # what its Cancel button sends

    wizard._moved = press_cancel  # type: ignore[method-assign]
    click(wizard, QWizard.WizardButton.FinishButton)
    assert messages[-1] == "The import was cancelled. Nothing from the file was saved."
    assert window.ctx.services is not None
    assert window.ctx.services.group.counts().activities == 0
    assert wizard.isVisible()


def test_a_file_that_is_not_a_spreadsheet_is_explained(
    window: MainWindow, qtbot, tmp_path: Path, messages: list[str]
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    wizard = open_wizard(window, qtbot, path)
    assert "not a spreadsheet" in wizard.file_page.info.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_the_file_menu_opens_the_wizard(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[ImportWizard] = []
    monkeypatch.setattr(ImportWizard, "exec", lambda self: opened.append(self) or 0)
    assert window.import_action in window.file_menu.actions()
    window.import_action.trigger()
    assert len(opened) == 1


def test_a_file_dragged_onto_the_wizard_is_read(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    path = tmp_path / "hours.csv"
    path.write_bytes(UK_EXCEL_CSV.encode("cp1252"))
    wizard = ImportWizard(window.ctx, window)
    qtbot.addWidget(wizard)
    wizard.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    wizard.file_page.dropEvent(drop)
    assert wizard.source is not None and wizard.file_page.path_edit.text() == str(path)
    assert not wizard.file_page.busy.isVisible()


def test_empty_columns_at_the_right_are_not_offered(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "wide.csv"
    path.write_text("Name,Date,Event,,,\nAnn,05/01/2026,Walk,,,\n", encoding="utf-8")
    wizard = open_wizard(window, qtbot, path)
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.columns_page.table.rowCount() == 3
    # An event's name is its title: the type is given once for every row.
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.columns_page.every_row.activity_edit.setText("Walks")
    # 05/01/2026 reads either way: asked here, with both readings, before any row is read.
    assert "could be 2026-01-05 (day first) or 2026-05-01 (month first)" in (
        wizard.columns_page.status.text()
    )
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    order = wizard.columns_page.every_row.order_combo
    order.setCurrentIndex(order.findData("dmy"))
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.checked is not None and wizard.checked.ok


def test_a_sheet_with_nothing_to_import_says_so_and_imports_nothing(
    window: MainWindow, qtbot, tmp_path: Path, messages: list[str]
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "nobody.csv"
    path.write_text(
        "Date,Activity,Volunteers,Participants\n21/05/2025,Caffi,0,0\n28/05/2025,Caffi,0,0\n",
        encoding="utf-8",
    )
    wizard = open_wizard(window, qtbot, path)
    click(wizard, QWizard.WizardButton.NextButton)
    click(wizard, QWizard.WizardButton.NextButton)
    summary = wizard.check_page.summary.text()
    assert "there is nothing to import: every row (2) is a total" in summary, summary
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert window.ctx.services is not None
    assert window.ctx.services.group.counts().activities == 0


def test_hours_with_no_person_are_asked_on_the_columns_page(
    window: MainWindow, qtbot, tmp_path: Path, messages: list[str]
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "gwen.csv"
    path.write_text(
        "Gwen Morgan's hours\n\nDate,Activity,Hours\n05/04/2025,Litter pick,2\n"
        "19/04/2025,Litter pick,1.5 hrs\n",
        encoding="utf-8",
    )
    wizard = open_wizard(window, qtbot, path)
    click(wizard, QWizard.WizardButton.NextButton)
    page = wizard.columns_page
    assert "no column is read as the person" in page.status.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
