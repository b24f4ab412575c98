"""The pulse grid in the activity dialog: impossible counts refused before anything is
written, good counts saved as tallies."""

from __future__ import annotations

from tests.world import WActivity, World, world_tables
from volunteer_app.domain.pulse import Answer
from volunteer_app.storage.bulk import insert_rows
from volunteer_app.ui.activities.edit_activity import EditActivityDialog
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow


def test_grid_validates_then_saves(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    services = ctx.services
    assert services is not None
    tables = world_tables(World((), (WActivity(5, "other", False, 60, 2, 3, ()),)))
    with services.database.transaction() as tx:
        for table, rows in tables.items():
            insert_rows(tx, table, rows)
    activity_id = tables["activity"][0]["id"]
    record = services.activities.load(activity_id)
    assert record is not None
    pulse = services.community.pulse
    dialog = EditActivityDialog(services.activities, record, "en", ctx.ops, window)
    qtbot.addWidget(dialog)
    dialog.show()
    section = dialog.pulse
    assert section is not None and not section.grid.isVisible()
    section.toggle.click()
    assert section.grid.isVisible()
    grid = section.grid
    grid.cards.setValue(12)
    grid.counts[("belong", Answer.AGREE)].setValue(10)
    grid.counts[("belong", Answer.DISAGREE)].setValue(3)  # 13 answers from 12 cards
    dialog.save_button.click()
    assert dialog.isVisible() and "than cards handed in" in dialog.form.error_label.text()
    assert pulse.tally(activity_id).is_empty  # nothing written
    grid.counts[("belong", Answer.DISAGREE)].setValue(2)
    for statement in ("get_on_well", "respect"):
        grid.counts[(statement, Answer.AGREE)].setValue(9)
    grid.all_three.setValue(8)
    dialog.save_button.click()
    assert not dialog.isVisible()
    saved = pulse.tally(activity_id)
    assert (saved.cards, saved.agree("belong"), saved.all_three) == (12, 10, 8)
