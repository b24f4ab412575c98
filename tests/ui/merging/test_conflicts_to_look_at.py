"""The Merges dialog lists each record edited on one laptop after another laptop deleted
it, in words; an activity can be brought back (one undoable step) and any dismissed."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import Qt

from volunteer_app.domain.activity import ActivityDraft
from volunteer_app.paths import AppPaths
from volunteer_app.services.context import AppServices, open_services
from volunteer_app.ui.merging.history_dialog import MergesDialog
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow

PASS = "Te bach a bara brith"


def _deleted_here_edited_there(tmp_path: Path, services: AppServices) -> uuid.UUID:
    """A litter pick shared to Ceri's laptop, deleted here, then edited there; Ceri's file
    brought in."""
    services.group.update("Caffi Trwsio", "W06000015", "")
    litter = services.activities.add_type("Litter pick", "practical_help")
    activity_id = services.activities.log(
        ActivityDraft(
            activity_date=date(2026, 3, 12),
            activity_type_id=litter.id,
            start_time=time(10),
            end_time=time(12),
            volunteers_count=6,
        )
    )
    first = tmp_path / "first.vcl-share"
    services.merging.share(first, PASS)
    ceri = open_services(AppPaths.under(tmp_path / "ceri"))
    try:
        ceri.merging.bring_in(first, PASS)
        services.activities.delete(activity_id)
        record = ceri.activities.load(activity_id)
        assert record is not None
        draft = ActivityDraft(
            **{name: getattr(record, name) for name in ActivityDraft.__dataclass_fields__}
        )
        ceri.activities.update(activity_id, dataclasses.replace(draft, location="Traeth Aberdyfi"))
        back = tmp_path / "ceri.vcl-share"
        ceri.merging.share(back, PASS)
    finally:
        ceri.close()
    assert len(services.merging.bring_in(back, PASS).summary.conflicts) == 1
    return activity_id


def test_a_conflict_is_shown_in_words_and_brought_back_as_one_undoable_step(
    window: MainWindow,
    ctx: UiContext,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    services = ctx.services
    assert services is not None
    activity_id = _deleted_here_edited_there(tmp_path, services)
    dialog = MergesDialog(ctx, window)
    qtbot.addWidget(dialog)
    panel = dialog.conflicts
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 0).text() == "Litter pick on 12/03/2026"
    assert "after it was deleted on the other" in panel.table.item(0, 1).text()
    assert not panel.bring_back_button.isEnabled()  # nothing chosen yet
    panel.table.selectRow(0)
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.mouseClick(panel.bring_back_button, Qt.MouseButton.LeftButton)
    record = services.activities.load(activity_id)
    assert record is not None and record.location == "Traeth Aberdyfi"
    assert services.group.headline_counts()[0] == 1
    assert panel.table.rowCount() == 0
    assert window.undo_action.text() == "&Undo bringing back Litter pick on 12/03/2026"
    window.undo_action.trigger()
    assert services.group.headline_counts()[0] == 0
    assert panel.table.rowCount() == 1  # deleted again: to look at again


def test_a_conflict_dismissed_leaves_the_list_and_the_record_stays_deleted(
    window: MainWindow,
    ctx: UiContext,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    services = ctx.services
    assert services is not None
    _deleted_here_edited_there(tmp_path, services)
    dialog = MergesDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.conflicts.table.selectRow(0)
    qtbot.mouseClick(dialog.conflicts.dismiss_button, Qt.MouseButton.LeftButton)
    assert dialog.conflicts.table.rowCount() == 0
    assert "No records to look at" in dialog.conflicts.heading.text()
    assert services.merging.conflicts() == []
    assert services.group.headline_counts()[0] == 0
