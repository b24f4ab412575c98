"""The Activities page: search, filter, sort, edit with undo, delete with undo, duplicate."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt

from volunteer_app.domain.activity import ActivityDraft, ActivityFilter, PersonEntry
from volunteer_app.ui.activities.activities_model import ActivitiesModel
from volunteer_app.ui.activities.activities_page import ActivitiesPage
from volunteer_app.ui.activities.edit_activity import EditActivityDialog
from volunteer_app.ui.kit import common
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow


@pytest.fixture
def page(window: MainWindow, ctx: UiContext) -> ActivitiesPage:
    assert ctx.services is not None
    acts = ctx.services.activities
    walk = acts.add_type("Taith Ŵyl", "practical_help")
    café = acts.add_type("Caffi", "organising_running")
    for day in range(1, 21):
        acts.log(
            ActivityDraft(
                activity_date=date(2026, 1, day),
                activity_type_id=walk.id if day % 2 else café.id,
                start_time=time(10),
                end_time=time(11),
                volunteers_count=day,
                title="Glan y môr" if day == 5 else "",
            )
        )
    window.show_page("activities")
    result = window.page("activities")
    assert isinstance(result, ActivitiesPage)
    return result


def test_lists_newest_first_and_counts(page: ActivitiesPage) -> None:
    assert page.model.total == 20 and page.model.rowCount() == 20
    assert page.model.row_at(0).activity_date == date(2026, 1, 20)  # type: ignore[union-attr]
    assert "20" in page.count_label.text()


def test_search_filter_and_sort(page: ActivitiesPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.search_edit, "MÔR")
    qtbot.waitUntil(lambda: page.model.total == 1)
    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.model.total == 20)
    page.type_combo.setCurrentIndex(page.type_combo.findText("Taith Ŵyl"))
    assert page.model.total == 10
    page.from_edit.setDate(QDate(2026, 1, 10))
    assert page.model.total == 5
    page.type_combo.setCurrentIndex(0)
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # unnamed volunteers
    assert page.model.row_at(0).volunteers_count == 20  # type: ignore[union-attr]
    page.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert page.model.row_at(0).volunteers_count == 10  # type: ignore[union-attr]


def test_edit_and_undo(
    page: ActivitiesPage, ctx: UiContext, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ctx.services is not None
    page.table.selectRow(0)
    activity_id = page.selected_id()
    assert activity_id is not None

    def edit(cls, service, record, language, parent, pulse=None):  # type: ignore[no-untyped-def]
        changed = replace(record, people=(PersonEntry("Newydd", minutes=60),), title="Changed")
        draft = ActivityDraft(
            **{k: getattr(changed, k) for k in ActivityDraft.__dataclass_fields__}
        )
        service.update(record.id, draft)
        return draft

    monkeypatch.setattr(EditActivityDialog, "ask", classmethod(edit))
    page.edit_selected()
    assert ctx.services.activities.load(activity_id).title == "Changed"  # type: ignore[union-attr]
    window.undo_action.trigger()
    restored = ctx.services.activities.load(activity_id)
    assert restored is not None and restored.title == "" and restored.people == ()


def test_edit_dialog_saves_through_the_form(page: ActivitiesPage, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    record = ctx.services.activities.load(page.model.row_at(0).id)  # type: ignore[union-attr]
    assert record is not None
    dialog = EditActivityDialog(ctx.services.activities, record, "en", ctx.ops, page)
    qtbot.addWidget(dialog)
    assert dialog.form.people.volunteers.value() == 20
    dialog.form.people.volunteers.setValue(3)
    dialog.form.end_edit.setTime(dialog.form.start_edit.time().addSecs(-60))
    dialog.save()
    assert not dialog.form.error_label.isHidden()  # end before start: refused at the field
    assert "not after" in dialog.form.error_label.text()
    dialog.form.end_edit.setTime(dialog.form.start_edit.time().addSecs(3600))
    dialog.save()
    assert dialog.saved is not None
    assert ctx.services.activities.load(record.id).volunteers_count == 3  # type: ignore[union-attr]


def test_delete_says_what_and_undo_brings_it_back(
    page: ActivitiesPage, ctx: UiContext, window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []
    ctx.bus.status_message.connect(messages.append)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.total == 19
    assert messages and "Caffi" in messages[-1]
    assert "20 unnamed volunteers" in messages[-1]
    window.undo_action.trigger()
    assert page.model.total == 20


def test_duplicate(page: ActivitiesPage, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)  # asked: see test_typed_values
    page.table.selectRow(0)
    page.duplicate_selected()
    assert page.model.total == 21
    assert ctx.services is not None
    assert ctx.services.activities.count(ActivityFilter(date_from=date.today())) == 1


def test_model_passes_qt_model_tester(page: ActivitiesPage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ActivitiesModel(page._fetch, page._count)
    model.reload()
    qtmodeltester.check(model, force_py=True)


def test_dates_in_the_table_carry_the_whole_year_in_welsh(
    page: ActivitiesPage, ctx: UiContext
) -> None:
    ctx.switch_language("cy", remember=False)
    try:
        page.apply_filters()  # formatted anew, as after any change
        index = page.model.index(0, 0)
        assert page.model.data(index, Qt.ItemDataRole.DisplayRole) == "20/01/2026"
    finally:
        ctx.switch_language("en", remember=False)
