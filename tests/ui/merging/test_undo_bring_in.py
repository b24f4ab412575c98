"""Edit > Undo after bringing in a co-coordinator's file takes the whole merge back as one
step, exactly, and Redo brings it in again; once anything has been saved since, the step is
refused with the reason, and nothing is lost."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.canonical import canonical_dump
from tests.ui.merging.test_merging_dialogs import PASS, _other_laptop
from tests.ui.modal import when_modal_opens
from volunteer_app.domain.activity import ActivityDraft
from volunteer_app.ui.merging.bring_in_dialog import BringInDialog
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow

# This laptop's identity and clock: the clock never goes back, even when a merge does.
_MINE = ("meta",)


def _bring_in(window: MainWindow, ctx: UiContext, qtbot, shared: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = BringInDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.file_row.path_edit.setText(str(shared))
    dialog.passphrase.setText(PASS)
    qtbot.mouseClick(dialog.look_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.mouseClick(dialog.bring_button, Qt.MouseButton.LeftButton)
    assert "Brought in." in dialog.summary.text()
    dialog.close()


def test_undo_takes_the_whole_merge_back_and_redo_brings_it_in_again(
    window: MainWindow,
    ctx: UiContext,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    shared = _other_laptop(tmp_path, ctx)
    assert ctx.services is not None
    before = canonical_dump(ctx.paths.database, _MINE)
    _bring_in(window, ctx, qtbot, shared)
    after = canonical_dump(ctx.paths.database, _MINE)
    assert after != before and ctx.services.group.headline_counts()[0] == 150
    assert window.undo_action.text() == "&Undo bringing in other.vcl-share"
    qtbot.waitUntil(lambda: window.undo_action.shortcut().toString() == "Ctrl+Z")
    with qtbot.waitSignal(ctx.bus.changed):
        window.undo_action.trigger()
    assert canonical_dump(ctx.paths.database, _MINE) == before
    assert ctx.services.group.headline_counts()[0] == 0
    assert ctx.services.merging.history() == []
    with qtbot.waitSignal(ctx.bus.changed):
        window.redo_action.trigger()
    assert canonical_dump(ctx.paths.database, _MINE) == after
    assert len(ctx.services.merging.history()) == 1
    window.undo_action.trigger()  # and back again: each way is one step, as often as asked
    assert canonical_dump(ctx.paths.database, _MINE) == before


def test_undo_is_refused_once_something_was_saved_since(
    window: MainWindow,
    ctx: UiContext,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    shared = _other_laptop(tmp_path, ctx)
    services = ctx.services
    assert services is not None
    _bring_in(window, ctx, qtbot, shared)
    litter = services.activities.add_type("Litter pick", "practical_help")
    services.activities.log(
        ActivityDraft(
            activity_date=date(2026, 3, 12),
            activity_type_id=litter.id,
            start_time=time(10),
            end_time=time(12),
            location="Traeth",
            volunteers_count=6,
        )
    )
    saved = canonical_dump(ctx.paths.database)
    said: list[str] = []

    def read_and_close(box: QWidget) -> None:
        said.append(box.text())  # type: ignore[attr-defined]
        box.accept()  # type: ignore[attr-defined]

    seen = when_modal_opens(read_and_close)
    window.undo_action.trigger()
    assert seen and "Something was saved after the file was brought in" in said[0]
    assert canonical_dump(ctx.paths.database) == saved  # nothing lost, nothing changed
    assert services.group.headline_counts()[0] == 151
    assert not window.undo_action.isEnabled()  # the step can no longer be taken
