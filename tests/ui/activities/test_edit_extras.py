"""The activity dialog changes an activity's pulse, outputs and projects with it, in one
save; undo and redo of the edit, of logging and of deleting bring them back as they were."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from volunteer_app.domain.activity import ActivityDraft, ActivityFilter
from volunteer_app.domain.activity_extras import ActivityExtras
from volunteer_app.domain.funding.years import FINANCIAL
from volunteer_app.domain.pulse import Answer, PulseTally
from volunteer_app.services.funding.projects import FundingService
from volunteer_app.services.funding.years import YearsService
from volunteer_app.ui.activities.activities_page import ActivitiesPage
from volunteer_app.ui.activities.edit_activity import EditActivityDialog
from volunteer_app.ui.log.log_page import LogPage
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow
from volunteer_app.ui.shell.ops import Changes


def _pulse(cards: int) -> PulseTally:
    tally = PulseTally(cards)
    for statement in ("belong", "get_on_well", "respect"):
        tally = tally.with_count(statement, Answer.AGREE, cards - 1)
    return replace(tally, all_three=cards - 2)


def test_dialog_changes_outputs_projects_and_pulse_and_undo_restores_them(
    window: MainWindow,
    ctx: UiContext,
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    services = ctx.services
    assert services is not None
    walk = services.activities.add_type("Litter pick", "practical_help")
    funding = FundingService(services.database)
    bags = funding.add_output("Bags of litter", "Bagiau sbwriel", (walk.id.hex,))
    grant = funding.add_project("Keep Wales Tidy", "", date(2020, 1, 1), None)
    other = funding.add_project("Awards for All", "", date(2021, 1, 1), None)
    first = ActivityExtras(_pulse(12), {bags.id: 14}, (grant.id,))
    activity_id = services.activities.log(
        ActivityDraft(date(2026, 1, 10), walk.id, volunteers_count=3, extras=first)
    )
    window.show_page("activities")
    page = window.page("activities")
    assert isinstance(page, ActivitiesPage)
    page.refresh()
    page.table.selectRow(0)

    def edit(dialog: EditActivityDialog) -> None:
        extras = dialog.extras
        assert list(extras.fields) == [bags.id] and extras.fields[bags.id].value() == 14
        assert extras.project_ids() == (grant.id,)
        extras.fields[bags.id].setValue(20)
        for i in range(extras.project_list.count()):  # swap the projects
            item = extras.project_list.item(i)
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        dialog.pulse.grid.cards.setValue(15)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    real_exec = EditActivityDialog.exec

    def run(dialog: EditActivityDialog) -> int:
        edit(dialog)
        return 0 if dialog.saved is None else 1

    monkeypatch.setattr(EditActivityDialog, "exec", run)
    page.edit_selected()
    monkeypatch.setattr(EditActivityDialog, "exec", real_exec)
    changed = ActivityExtras(replace(_pulse(12), cards=15), {bags.id: 20}, (other.id,))
    assert _extras(ctx, activity_id) == changed
    window.undo_stack.undo()
    assert _extras(ctx, activity_id) == first
    window.undo_stack.redo()
    assert _extras(ctx, activity_id) == changed


def test_log_page_saves_outputs_and_pulse_with_the_activity_and_undo_takes_all(
    window: MainWindow,
    ctx: UiContext,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    services = ctx.services
    assert services is not None
    walk = services.activities.add_type("Litter pick", "practical_help")
    funding = FundingService(services.database)
    bags = funding.add_output("Bags of litter", "", (walk.id.hex,))
    grant = funding.add_project("Keep Wales Tidy", "", date(2020, 1, 1), None)
    funding.set_type_default(walk.id.hex, grant.id)
    ctx.ops.announce(Changes.ALL)  # written behind the window's back
    window.show_page("log")
    page = window.page("log")
    assert isinstance(page, LogPage)
    page.form.type_combo.setCurrentIndex(page.form.type_combo.findData(str(walk.id)))
    page.output_fields.show_for_type()  # the only type: already chosen, no change signal
    page.form.people.volunteers.spin.setValue(2)
    page.output_fields.fields[bags.id].setValue(9)
    page.pulse_button.pending = _pulse(11)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [row] = services.activities.page(ActivityFilter(), "date", True, 0, 5)
    saved = ActivityExtras(_pulse(11), {bags.id: 9}, (grant.id,))
    assert _extras(ctx, row.id) == saved
    years = YearsService(services.database)
    assert years.report(1, date.today(), FINANCIAL, grant).years[0].outputs == {bags.id: 9}
    window.undo_stack.undo()
    assert services.activities.load(row.id) is None
    assert years.report(1, date.today(), FINANCIAL, grant).years[0].outputs.get(bags.id, 0) == 0
    window.undo_stack.redo()
    assert _extras(ctx, row.id) == saved


def _extras(ctx: UiContext, activity_id) -> ActivityExtras | None:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    record = ctx.services.activities.load(activity_id)
    assert record is not None
    return record.extras
