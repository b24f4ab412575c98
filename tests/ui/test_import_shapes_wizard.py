"""The wizard on the shapes groups keep: a shift export (headcount and total hours, no
names) and one person's own log; then Edit > Undo and File > Imports… take it back."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from tests.services.import_lookalikes import (
    one_person_log,
    shift_export,
    write_csv,
    write_xlsx,
    yearless_minutes,
)
from tests.services.test_import_shapes import held
from tests.ui.test_import_wizard import click, open_wizard
from volunteer_app.storage.database import Database
from volunteer_app.ui.dialogs import common
from volunteer_app.ui.dialogs.imports_dialog import ImportsDialog
from volunteer_app.ui.import_summary import hours_text
from volunteer_app.ui.main_window import MainWindow


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(common, "inform", lambda _p, title, text, *a, **k: shown.append(text))
    return shown


def database(window: MainWindow) -> Database:
    assert window.ctx.services is not None
    return window.ctx.services.database


def test_a_shift_export_through_the_wizard_then_undone(
    window: MainWindow, qtbot, tmp_path: Path, messages: list[str]
) -> None:  # type: ignore[no-untyped-def]
    look = shift_export(random.Random(21), shifts=12)
    path = write_xlsx(tmp_path / "shifts.xlsx", look.rows)
    before = held(database(window))
    wizard = open_wizard(window, qtbot, path)
    click(wizard, QWizard.WizardButton.NextButton)
    page = wizard.columns_page
    assert [c.currentData() for c in page.combos] == [
        "activity_ref", "title", "date", "location", "volunteers_count", "total_volunteer_hours",
    ]  # fmt: skip
    assert "Which column says what the activity was?" in page.status.text()
    page.every_row.activity_edit.setText("Festival shifts")
    click(wizard, QWizard.WizardButton.NextButton)
    summary = wizard.check_page.summary.text()
    hours = hours_text(look.reference.minutes)
    assert f"Activities: {look.reference.activities}" in summary
    assert f"Volunteer hours: {hours}" in summary
    assert f"Unnamed volunteers (headcount): {look.reference.volunteers}" in summary
    click(wizard, QWizard.WizardButton.FinishButton)
    assert held(database(window)) == look.reference
    assert "Volunteer hours:" in messages[-1]
    # Edit > Undo right after the import takes it back whole; Redo brings it back.
    assert "import of shifts.xlsx" in window.undo_action.text()
    window.undo_action.trigger()
    assert held(database(window)) == before
    window.redo_action.trigger()
    assert held(database(window)) == look.reference


def test_one_persons_log_through_the_wizard_and_removed_from_the_list(
    window: MainWindow, qtbot, tmp_path: Path, messages: list[str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    look = one_person_log(random.Random(5))
    path = write_csv(tmp_path / "my-log.csv", look.rows)
    wizard = open_wizard(window, qtbot, path)
    click(wizard, QWizard.WizardButton.NextButton)
    page = wizard.columns_page
    assert [c.currentData() for c in page.combos] == ["date", "activity", "hours", "notes"]
    page.every_row.person_edit.setText("Sam Jones")
    click(wizard, QWizard.WizardButton.NextButton)
    summary = wizard.check_page.summary.text()
    assert f"Named attendances: {look.reference.attendances}" in summary
    assert "New people: 1" in summary
    click(wizard, QWizard.WizardButton.FinishButton)
    assert held(database(window)) == look.reference
    asked: list[str] = []
    monkeypatch.setattr(
        common, "confirm", lambda _p, _title, text, *a, **k: asked.append(text) or True
    )
    dialog = ImportsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "my-log.csv"
    dialog.remove_button.click()
    assert f"Named attendances: {look.reference.attendances}" in asked[0]
    assert held(database(window)).activities == 0
    assert dialog.table.rowCount() == 0
    window.undo_action.trigger()  # the removal itself can be undone
    assert held(database(window)) == look.reference


def test_dates_without_a_year_are_asked_on_the_columns_page(
    window: MainWindow, qtbot, tmp_path: Path, messages: list[str]
) -> None:  # type: ignore[no-untyped-def]
    look = yearless_minutes(random.Random(2))
    wizard = open_wizard(window, qtbot, write_csv(tmp_path / "minutes.csv", look.rows))
    click(wizard, QWizard.WizardButton.NextButton)
    page = wizard.columns_page
    page.every_row.activity_edit.setText("Committee")
    assert "“19-Sep” has no year" in page.status.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.every_row.year_spin.setValue(2025)
    click(wizard, QWizard.WizardButton.NextButton)
    summary = wizard.check_page.summary.text()
    assert "Skipped, looks like a note: rows" in summary
    click(wizard, QWizard.WizardButton.FinishButton)
    assert held(database(window)) == look.reference


def test_a_write_that_does_not_add_up_is_explained_and_nothing_kept(
    window: MainWindow, qtbot, tmp_path: Path, messages: list[str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from volunteer_app.storage import import_log_repo

    real = import_log_repo.held_totals

    def short(tx, import_id, later=False):  # type: ignore[no-untyped-def]
        found = real(tx, import_id, later)
        return type(found)(**{**found.__dict__, "volunteers_count": found.volunteers_count - 1})

    monkeypatch.setattr(import_log_repo, "held_totals", short)
    look = shift_export(random.Random(6), shifts=4)
    wizard = open_wizard(window, qtbot, write_csv(tmp_path / "s.csv", look.rows))
    click(wizard, QWizard.WizardButton.NextButton)
    wizard.columns_page.every_row.activity_edit.setText("Shifts")
    click(wizard, QWizard.WizardButton.NextButton)
    click(wizard, QWizard.WizardButton.FinishButton)
    assert messages[-1].startswith("The import was undone and nothing was saved")
    assert f"Unnamed volunteers (headcount): {look.reference.volunteers - 1}" in messages[-1]
    assert held(database(window)).activities == 0
