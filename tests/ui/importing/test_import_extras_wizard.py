"""The wizard reads place types, pulses, projects and outputs: its Columns page offers an
output column as that output, its check names what will be added, and undoing the import
takes it all back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from tests.ui.importing.test_import_wizard import click, open_wizard
from volunteer_app.domain.activity import ActivityFilter
from volunteer_app.services.funding.projects import FundingService
from volunteer_app.ui.kit import common
from volunteer_app.ui.shell.main_window import MainWindow

SHEET = (
    "Cwm Community Group - pulse cards counted, autumn\n\n"
    "date,activity,location,place_type,volunteers_count,participants_count,pulse_cards,"
    "pulse_belong_agree,pulse_get_on_well_agree,pulse_respect_agree,pulse_trust_people_agree,"
    "pulse_trust_institutions_agree,pulse_met_someone_new_agree,pulse_all_three,project,"
    "output: Bags of litter\n"
    "13/10/2026,Litter pick,Traeth,Outdoors,6,,,,,,,,,,Keep Wales Tidy,14\n"
    "20/10/2026,Coffee morning,Neuadd y Capel,Adeilad ffydd,2,20,18,15,14,16,12,8,9,13,"
    "Awards for All; Keep Wales Tidy,\n"
)


def test_extras_read_shown_imported_and_undone(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(common, "inform", lambda *a, **k: None)
    path = tmp_path / "paper.csv"
    path.write_text(SHEET, encoding="utf-8")
    wizard = open_wizard(window, qtbot, path)
    click(wizard, QWizard.WizardButton.NextButton)
    combos = wizard.columns_page.combos
    assert combos[-1].currentData() == "output: Bags of litter"
    assert combos[-1].currentText() == "Output: Bags of litter (a count)"
    assert combos[3].currentText() == "Place type (code or name)"
    click(wizard, QWizard.WizardButton.NextButton)
    summary = wizard.check_page.summary.text()
    assert "New places, with the type the file gives: Traeth, Neuadd y Capel." in summary
    assert "New projects, starting on the first day" in summary
    assert "Keep Wales Tidy, Awards for All" in summary
    assert "New outputs" in summary and "Bags of litter" in summary
    click(wizard, QWizard.WizardButton.FinishButton)
    services = window.ctx.services
    assert services is not None
    funding = FundingService(services.database)
    assert {p.name for p in funding.projects()} == {"Keep Wales Tidy", "Awards for All"}
    assert [o.name for o in funding.outputs()] == ["Bags of litter"]
    window.undo_stack.undo()
    assert funding.projects() == [] and funding.outputs() == []
    assert services.community.places.names() == []
    window.undo_stack.redo()
    assert {p.name for p in funding.projects()} == {"Keep Wales Tidy", "Awards for All"}
    assert set(services.community.places.names()) == {"Traeth", "Neuadd y Capel"}


def test_any_column_can_be_read_as_an_output_the_group_counts(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(common, "inform", lambda *a, **k: None)
    services = window.ctx.services
    assert services is not None
    funding = FundingService(services.database)
    meals = funding.add_output("Meals served", "Prydau a weinwyd", ())
    path = tmp_path / "lunch.csv"
    path.write_text("Date,Session,Volunteers,Meals\n13/10/2026,Lunch club,3,42\n", "utf-8")
    wizard = open_wizard(window, qtbot, path)
    click(wizard, QWizard.WizardButton.NextButton)
    meals_combo = wizard.columns_page.combos[3]
    assert meals_combo.currentData() is None  # not guessed from "Meals"
    meals_combo.setCurrentIndex(meals_combo.findData("output: Meals served"))
    click(wizard, QWizard.WizardButton.NextButton)
    assert "New outputs" not in wizard.check_page.summary.text()
    click(wizard, QWizard.WizardButton.FinishButton)
    [row] = services.activities.page(ActivityFilter(), "date", True, 0, 5)
    assert funding.amounts_of(row.id.hex) == {meals.id: 42}
