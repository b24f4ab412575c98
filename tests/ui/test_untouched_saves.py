"""Opening a record and saving it untouched changes nothing in the database.

The type combo once fell back to its first item (Qt compares a uuid.UUID held as item data
by identity), so "Save changes" re-typed activities. Every activity and person of the demo
data is opened in its real dialog and saved as it is; a canonical dump of every table must
not move, not even a change stamp.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt

from tests.canonical import canonical_dump as dump_of
from volunteer_app.domain.activity import ActivityDraft, ActivityFilter, PersonEntry
from volunteer_app.services.demo_data import add_demo_data
from volunteer_app.ui.activities.edit_activity import EditActivityDialog
from volunteer_app.ui.log.log_page import LogPage
from volunteer_app.ui.people.person_dialog import PersonDialog
from volunteer_app.ui.series.new_series import NewSeriesDialog
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow


def canonical_dump(ctx: UiContext) -> dict[str, list[tuple[object, ...]]]:
    return dump_of(ctx.paths.database)


def test_every_demo_activity_and_person_saved_untouched_changes_nothing(
    window: MainWindow,
    ctx: UiContext,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    services = ctx.services
    assert services is not None
    add_demo_data(services.database, scale="small", until=date(2026, 11, 1))
    before = canonical_dump(ctx)
    # The dialog shows and saves each activity's pulse, outputs and projects too.
    for table in ("activity_pulse", "activity_output", "activity_project"):
        assert before[table], table
    rows = services.activities.page(ActivityFilter(), "date", True, 0, 100_000)
    assert len({r.type_label for r in rows}) > 3  # many types: item 0 would be wrong often
    for row in rows:
        record = services.activities.load(row.id)
        assert record is not None
        dialog = EditActivityDialog(services.activities, record, "en", ctx.ops, window)
        qtbot.addWidget(dialog)
        assert dialog.form.type_combo.currentText() == record.type_label
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.saved is None, record.type_label  # nothing changed: nothing to undo
        dialog.deleteLater()
    for person in services.people.rows(date(2000, 1, 1), date(2030, 1, 1)):
        details = services.people.load(person.id)
        assert details is not None
        dialog = PersonDialog(ctx, details, window)
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.saved is None
        dialog.deleteLater()
    assert canonical_dump(ctx) == before


def test_a_changed_type_is_saved_as_chosen(
    window: MainWindow,
    ctx: UiContext,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    services = ctx.services
    assert services is not None
    pick = services.activities.add_type("Saturday litter pick", "practical_help")
    quiz = services.activities.add_type("Fundraising quiz", "raising_money")
    activity_id = services.activities.log(
        ActivityDraft(
            date(2026, 11, 20),
            quiz.id,
            start_time=time(19),
            end_time=time(21),
            people=(PersonEntry("Nia", minutes=120),),
        )
    )
    record = services.activities.load(activity_id)
    assert record is not None
    dialog = EditActivityDialog(services.activities, record, "en", ctx.ops, window)
    qtbot.addWidget(dialog)
    assert dialog.form.type_combo.currentText() == "Fundraising quiz"
    dialog.form.type_combo.setCurrentIndex(dialog.form.type_combo.findText("Saturday litter pick"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = services.activities.load(activity_id)
    assert saved is not None and saved.activity_type_id == pick.id


def test_new_series_dialog_keeps_the_chosen_type(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    services = ctx.services
    assert services is not None
    types = [services.activities.add_type(n, "practical_help") for n in ("Café", "Garden", "Walk")]
    dialog = NewSeriesDialog(services.activities.types(), window)
    qtbot.addWidget(dialog)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findText("Walk"))
    assert dialog.answer().activity_type_id == types[2].id


def test_log_page_keeps_its_type_through_saves_edits_undo_and_redo(
    window: MainWindow,
    ctx: UiContext,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    services = ctx.services
    assert services is not None
    for name in ("Café", "Garden", "Walk"):
        services.activities.add_type(name, "practical_help")
    window.show_page("log")
    page = window.page("log")
    assert isinstance(page, LogPage)
    page.refresh()
    page.form.type_combo.setCurrentIndex(page.form.type_combo.findText("Walk"))
    page.form.people.volunteers.spin.setValue(3)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.type_combo.currentText() == "Walk"
    window.undo_stack.undo()
    assert page.form.type_combo.currentText() == "Walk"
    window.undo_stack.redo()
    assert page.form.type_combo.currentText() == "Walk"
    page.refresh()
    assert page.form.type_combo.currentText() == "Walk"
