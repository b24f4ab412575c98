"""Correcting an imported headcount event in the real dialog: its volunteers' hours in total
are shown, kept when one more volunteer is counted, and can be changed; the Log page never
shows the box, since a new activity counts each unnamed volunteer for its whole length."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.services.importing.import_lookalikes import write_csv
from volunteer_app.domain.activity import ActivityFilter, ActivityRecord
from volunteer_app.domain.importing.plan import ImportOptions
from volunteer_app.ui.activities.edit_activity import EditActivityDialog
from volunteer_app.ui.log.log_page import LogPage
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow


@pytest.fixture
def fair(window: MainWindow, ctx: UiContext, tmp_path: Path) -> ActivityRecord:
    assert ctx.services is not None
    path = write_csv(
        tmp_path / "events.csv",
        [["Event", "Date", "Volunteers", "Total hours"], ["Summer fair", "14/06/2025", "14", "62"]],
    )
    ctx.services.importer.import_file(path, options=ImportOptions({"activity": "Fair"}))
    (row,) = ctx.services.activities.page(ActivityFilter(), "date", True, 0, 5)
    record = ctx.services.activities.load(row.id)
    assert record is not None
    return record


def _dialog(ctx: UiContext, record: ActivityRecord, qtbot) -> EditActivityDialog:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    dialog = EditActivityDialog(ctx.services.activities, record, "en", ctx.ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _stored(ctx: UiContext, record: ActivityRecord) -> tuple[int, int | None, int]:
    assert ctx.services is not None
    again = ctx.services.activities.load(record.id)
    assert again is not None
    (row,) = ctx.services.activities.page(ActivityFilter(), "date", True, 0, 5)
    return again.volunteers_count, again.unnamed_minutes, row.volunteer_minutes


def test_one_more_volunteer_keeps_the_total_shown(
    ctx: UiContext,
    fair: ActivityRecord,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    dialog = _dialog(ctx, fair, qtbot)
    people = dialog.form.people
    assert people.volunteers_total.isVisible()
    assert people.volunteers_total.value() == 62
    qtbot.mouseClick(people.volunteers.plus, Qt.MouseButton.LeftButton)
    assert people.volunteers.value() == 15
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    assert _stored(ctx, fair) == (15, 62 * 60, 62 * 60)


def test_the_total_can_be_corrected_and_untouched_saves_nothing(
    ctx: UiContext,
    fair: ActivityRecord,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    untouched = _dialog(ctx, fair, qtbot)
    qtbot.mouseClick(untouched.save_button, Qt.MouseButton.LeftButton)
    assert untouched.saved is None  # nothing changed, nothing to undo
    dialog = _dialog(ctx, fair, qtbot)
    dialog.form.people.volunteers_total.setValue(64.25)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _stored(ctx, fair) == (14, 64 * 60 + 15, 64 * 60 + 15)


def test_hours_left_without_volunteers_are_refused_at_the_box(
    ctx: UiContext,
    fair: ActivityRecord,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    dialog = _dialog(ctx, fair, qtbot)
    people = dialog.form.people
    people.volunteers.setValue(0)
    people.participants.setValue(3)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is None and dialog.isVisible()
    assert "no unnamed volunteers" in dialog.form.error_label.text()
    assert dialog.focusWidget() is people.volunteers_total  # where to fix it
    assert _stored(ctx, fair) == (14, 62 * 60, 62 * 60)  # nothing written


def test_the_log_page_has_no_total_box(window: MainWindow, fair: ActivityRecord) -> None:
    log = window.page("log")
    assert isinstance(log, LogPage)
    assert log.form.people.total_minutes() is None
    assert not log.form.people.volunteers_total.isVisible()
    log.form.fill(fair, with_counts=False)  # "same as last time" keeps today's counts
    assert log.form.people.total_minutes() is None
