"""The pulse at the door, driven with taps: each card raises the activity's tallies and the
screen resets; the database holds nothing per person afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from volunteer_app.ui.community.door_pulse import DoorPulseWindow, offer_pulse_mode
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow
from volunteer_app.ui.sign_in.sign_in_window import SignInWindow


def _tables(ctx: UiContext) -> dict[str, int]:
    assert ctx.services is not None
    with ctx.services.database.reading() as s:
        conn = s.connection()
        names = [
            r[0]
            for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {
            n: int(conn.exec_driver_sql(f"SELECT count(*) FROM {n}").scalar_one()) for n in names
        }


def _tap(door: DoorPulseWindow, statement: str, answer: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    button = door.findChild(QPushButton, f"door_{statement}_{answer}")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_taps_change_tallies_only(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    acts = ctx.services.activities
    walk = acts.add_type("Taith", "practical_help")
    screen = SignInWindow(acts, walk.id, "Taith")
    qtbot.addWidget(screen)
    screen.show()
    pulse_button = offer_pulse_mode(screen, ctx.services.community.pulse)
    qtbot.mouseClick(pulse_button, Qt.MouseButton.LeftButton)
    assert pulse_button.door is None and "Sign someone in first" in screen.status.text()
    screen.new_edit.setText("Siân")  # typed keys cannot carry â in a test
    qtbot.keyClick(screen.new_edit, Qt.Key.Key_Return)
    assert screen.activity_id is not None
    qtbot.mouseClick(pulse_button, Qt.MouseButton.LeftButton)
    door = pulse_button.door
    assert door is not None
    qtbot.addWidget(door)
    before = _tables(ctx)
    qtbot.mouseClick(door.done_button, Qt.MouseButton.LeftButton)  # nothing tapped yet
    assert "at least one answer" in door.status.text()
    for statement in ("belong", "get_on_well", "respect"):
        _tap(door, statement, "agree", qtbot)
    _tap(door, "met_someone_new", "not_sure", qtbot)
    _tap(door, "met_someone_new", "agree", qtbot)  # changed their mind: one answer kept
    qtbot.mouseClick(door.done_button, Qt.MouseButton.LeftButton)
    assert door.answers() == {}  # reset for the next person
    _tap(door, "belong", "disagree", qtbot)
    qtbot.mouseClick(door.done_button, Qt.MouseButton.LeftButton)
    tally = ctx.services.community.pulse.tally(screen.activity_id)
    assert (tally.cards, tally.all_three, tally.agree("belong")) == (2, 1, 1)
    assert tally.agree("met_someone_new") == 1 and tally.count("met_someone_new", "not_sure") == 0  # type: ignore[arg-type]
    after = _tables(ctx)
    assert after.pop("activity_pulse") == before.pop("activity_pulse", 0) + 1
    assert after == before  # no person, attendance or any other row for the two cards
    assert "2" in door.status.text()
