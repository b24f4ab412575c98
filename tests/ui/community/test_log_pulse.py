"""The Log page's pulse: counted in a small dialog (refused there when impossible), held
until the activity is saved, then stored with it; the form is then ready for the next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui.modal import when_modal_opens
from volunteer_app.domain.activity import ActivityFilter
from volunteer_app.domain.pulse import Answer
from volunteer_app.ui.community.pulse_dialog import PulseDialog
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow
from volunteer_app.ui.shell.ops import Changes


def test_pulse_saved_with_the_new_activity(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    ctx.services.activities.add_type("Caffi trwsio", "practical_help")
    ctx.ops.announce(Changes.ALL)  # written behind the window's back
    window.show_page("log")
    page = window.page("log")
    seen_problem: list[str] = []

    def count(dialog: QWidget) -> None:
        assert isinstance(dialog, PulseDialog)
        grid = dialog.grid
        grid.cards.setValue(11)
        grid.counts[("respect", Answer.AGREE)].setValue(12)
        dialog.ok_button.click()  # refused: more answers than cards
        seen_problem.append(dialog.problem.text())
        grid.counts[("respect", Answer.AGREE)].setValue(10)
        for statement in ("belong", "get_on_well"):
            grid.counts[(statement, Answer.AGREE)].setValue(9)
        grid.all_three.setValue(7)
        dialog.ok_button.click()

    when_modal_opens(count)
    qtbot.mouseClick(page.pulse_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert "than cards handed in" in seen_problem[0]
    assert page.pulse_button.text() == "Pulse cards (11)…"  # type: ignore[attr-defined]
    page.form.people.participants.spin.setValue(11)  # type: ignore[attr-defined]
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    [row] = ctx.services.activities.page(ActivityFilter(), "date", True, 0, 5)
    tally = ctx.services.community.pulse.tally(row.id)
    assert (tally.cards, tally.agree("respect"), tally.all_three) == (11, 10, 7)
    assert page.pulse_button.text() == "Pulse cards…"  # type: ignore[attr-defined]
