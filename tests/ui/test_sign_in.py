"""Sign-in mode through its real buttons: tap in and out, tallies, a newcomer."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt

from volunteer_app.domain.activity import ActivityDraft, ActivityFilter, PersonEntry
from volunteer_app.ui.context import UiContext
from volunteer_app.ui.main_window import MainWindow
from volunteer_app.ui.pages.log_page import LogPage
from volunteer_app.ui.sign_in_window import SignInWindow


def test_sign_in_mode(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    acts = ctx.services.activities
    repair = acts.add_type("Repair café", "practical_help")
    acts.log(
        ActivityDraft(
            activity_date=date.today() - timedelta(days=7),
            activity_type_id=repair.id,
            duration_minutes=120,
            people=(PersonEntry("Ann", minutes=120), PersonEntry("Bob", minutes=120)),
        )
    )
    now = [datetime.combine(date.today(), time(18, 0))]
    screen = SignInWindow(acts, repair.id, "Repair café", clock=lambda: now[0])
    qtbot.addWidget(screen)
    screen.show()
    assert sorted(screen.buttons) == ["ann", "bob"]
    qtbot.mouseClick(screen.buttons["ann"], Qt.MouseButton.LeftButton)  # Ann arrives at 18:00
    assert screen.activity_id is not None  # saved as it happens
    now[0] += timedelta(minutes=30)
    qtbot.mouseClick(screen.helper_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.participant_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.participant_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.new_edit, "Cai")
    qtbot.keyClick(screen.new_edit, Qt.Key.Key_Return)  # Cai is new, arrives 18:30
    now[0] += timedelta(minutes=60)
    qtbot.mouseClick(screen.buttons["ann"], Qt.MouseButton.LeftButton)  # Ann leaves 19:30
    record = acts.load(screen.activity_id)
    assert record is not None
    assert {p.name: p.minutes for p in record.people} == {"Ann": 90, "Cai": 60}
    assert (record.volunteers_count, record.participants_count) == (1, 2)
    screen.close()  # a passer-by cannot close it
    assert screen.isVisible()
    now[0] += timedelta(minutes=30)
    screen.finish_now()  # the coordinator's deliberate finish
    assert not screen.isVisible()
    final = acts.load(screen.activity_id)
    assert final is not None and {p.name: p.minutes for p in final.people}["Cai"] == 90
    assert acts.count(ActivityFilter()) == 2


def test_sign_in_button_needs_a_type(window: MainWindow, ctx: UiContext) -> None:
    page = window.page("log")
    assert isinstance(page, LogPage)
    page.open_sign_in()
    assert "type of activity" in page.form.error_label.text()
