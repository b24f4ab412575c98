"""Editing and removing projects and outputs in the Projects and outputs window: picked
from the list, saved or removed (asked first, with the count), and taken back by undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from tests.canonical import canonical_dump, records_dump
from volunteer_app.domain.activity import ActivityDraft
from volunteer_app.services.funding.projects import FundingService
from volunteer_app.ui.funding.funding_dialog import FundingDialog
from volunteer_app.ui.kit import common
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow


def _world(ctx: UiContext) -> tuple[FundingService, str]:
    assert ctx.services is not None
    walk = ctx.services.activities.add_type("Litter pick", "practical_help")
    funding = FundingService(ctx.services.database)
    grant = funding.add_project("Awards for All", "Lottery", date(2025, 4, 1), date(2026, 3, 31))
    funding.set_type_default(walk.id.hex, grant.id)
    funding.add_output("Bags of litter", "Bagiau sbwriel", (walk.id.hex,))
    for day in (date(2025, 6, 1), date(2025, 7, 1)):
        activity = ctx.services.activities.log(
            ActivityDraft(activity_date=day, activity_type_id=walk.id, volunteers_count=2)
        )
        funding.tag(activity.hex, (grant.id,))
    return funding, walk.id.hex


def _dialog(window: MainWindow, ctx: UiContext, qtbot) -> FundingDialog:  # type: ignore[no-untyped-def]
    dialog = FundingDialog(ctx, window)
    qtbot.addWidget(dialog)
    return dialog


def test_a_project_is_edited_from_its_list_and_undone(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot
) -> None:
    funding, _walk = _world(ctx)
    dialog = _dialog(window, ctx, qtbot)
    assert not dialog.save_project_button.isEnabled()
    dialog.projects.setCurrentRow(0)
    assert dialog.name.text() == "Awards for All" and dialog.funder.text() == "Lottery"
    assert dialog.end.date() == QDate(2026, 3, 31) and not dialog.open_ended.isChecked()
    before = canonical_dump(ctx.paths.database)
    steps = window.undo_stack.count()
    dialog.save_project_button.click()  # untouched: nothing written, no undo step
    assert canonical_dump(ctx.paths.database) == before
    assert window.undo_stack.count() == steps
    shared = records_dump(ctx.paths.database)
    dialog.projects.setCurrentRow(0)
    dialog.end.setDate(QDate(2024, 1, 1))
    dialog.save_project_button.click()
    assert "ends before it starts" in dialog.problem.text()
    dialog.name.setText("Awards for All 2025-27")
    dialog.end.setDate(QDate(2027, 3, 31))
    dialog.save_project_button.click()
    assert dialog.problem.text() == ""
    assert dialog.projects.item(0).text().startswith("Awards for All 2025-27 (Lottery)")
    assert [p.end for p in funding.projects()] == [date(2027, 3, 31)]
    window.undo_stack.undo()
    assert records_dump(ctx.paths.database) == shared
    assert dialog.projects.item(0).text().startswith("Awards for All (Lottery)")
    window.undo_stack.redo()
    assert [p.name for p in funding.projects()] == ["Awards for All 2025-27"]


def test_removals_ask_first_with_the_count_and_undo_brings_them_back(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    funding, walk = _world(ctx)
    dialog = _dialog(window, ctx, qtbot)
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(
        common, "confirm", lambda p, t, text, a, *k: asked.append(text) or answer[0]
    )
    shared = records_dump(ctx.paths.database)
    dialog.projects.setCurrentRow(0)
    dialog.remove_project_button.click()
    assert "“Awards for All”" in asked[-1] and "2 activities" in asked[-1]
    assert len(funding.projects()) == 1  # cancelled: nothing removed
    answer[0] = True
    dialog.remove_project_button.click()
    assert dialog.projects.count() == 0 and funding.defaults_for(walk) == []
    dialog.outputs.setCurrentRow(0)
    dialog.remove_output_button.click()
    assert "amounts already recorded stay" in asked[-1]
    assert dialog.outputs.count() == 0 and funding.outputs_for_type(walk) == []
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert records_dump(ctx.paths.database) == shared
    assert dialog.projects.count() == 1 and dialog.outputs.count() == 1


def test_an_output_is_edited_names_and_types(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot
) -> None:
    funding, walk = _world(ctx)
    dialog = _dialog(window, ctx, qtbot)
    dialog.outputs.setCurrentRow(0)
    assert dialog.output_cy.text() == "Bagiau sbwriel"
    assert dialog.output_types.item(0).checkState() == Qt.CheckState.Checked
    dialog.output_cy.setText("Bagiau o sbwriel")
    dialog.output_types.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.save_output_button.click()
    assert dialog.outputs.item(0).text() == "Bags of litter / Bagiau o sbwriel"
    assert funding.outputs_for_type(walk) == []


def test_enter_saves_the_project_picked_and_adds_only_when_none_is(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot
) -> None:
    funding, _walk = _world(ctx)
    dialog = _dialog(window, ctx, qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # as a coordinator's window is: focus moves are then announced
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.projects.setCurrentRow(0)
    dialog.name.setFocus()
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Awards for All 2025-27")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert [p.name for p in funding.projects()] == ["Awards for All 2025-27"]  # not a second
    assert dialog.projects.currentRow() == 0  # still picked after the lists are read again
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Awards for All 2025-28")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # a second change: saved again, not added
    assert [p.name for p in funding.projects()] == ["Awards for All 2025-28"]
    dialog.projects.setCurrentRow(-1)  # none picked: Enter adds
    dialog.name.setFocus()
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Community Chest")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert sorted(p.name for p in funding.projects()) == [
        "Awards for All 2025-28",
        "Community Chest",
    ]
    # In the outputs box, Enter acts on outputs.
    dialog.outputs.setCurrentRow(0)
    dialog.output_cy.setFocus()
    dialog.output_cy.selectAll()
    qtbot.keyClicks(dialog.output_cy, "Bagiau")
    qtbot.keyClick(dialog.output_cy, Qt.Key.Key_Return)
    assert [(o.name, o.name_cy) for o in funding.outputs()] == [("Bags of litter", "Bagiau")]
    assert len(funding.projects()) == 2


def test_a_projects_types_are_shown_when_picked_and_saved_with_it(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot
) -> None:
    funding, walk = _world(ctx)
    assert ctx.services is not None
    cafe = ctx.services.activities.add_type("Repair café", "practical_help").id.hex
    shared = records_dump(ctx.paths.database)
    dialog = _dialog(window, ctx, qtbot)
    ticks = dialog.project_types
    rows = {str(ticks.item(i).data(Qt.ItemDataRole.UserRole)): i for i in range(ticks.count())}
    dialog.projects.setCurrentRow(0)
    assert ticks.item(rows[walk]).checkState() == Qt.CheckState.Checked
    assert ticks.item(rows[cafe]).checkState() == Qt.CheckState.Unchecked
    ticks.item(rows[walk]).setCheckState(Qt.CheckState.Unchecked)
    ticks.item(rows[cafe]).setCheckState(Qt.CheckState.Checked)
    dialog.save_project_button.click()
    assert dialog.problem.text() == ""
    assert funding.defaults_for(cafe) == [funding.projects()[0].id]
    assert funding.defaults_for(walk) == []
    dialog.projects.setCurrentRow(0)  # picked again: the ticks as saved
    assert ticks.item(rows[cafe]).checkState() == Qt.CheckState.Checked
    assert ticks.item(rows[walk]).checkState() == Qt.CheckState.Unchecked
    window.undo_stack.undo()
    assert records_dump(ctx.paths.database) == shared
