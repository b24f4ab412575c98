"""Sign-in mode through its real buttons: tap in and out, tallies, a newcomer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from tests.ui.modal import when_modal_opens
from volunteer_app.domain.activity import ActivityDraft, ActivityFilter, PersonEntry
from volunteer_app.ui.log.log_page import LogPage
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow
from volunteer_app.ui.sign_in.sign_in_setup import SignInSetupDialog
from volunteer_app.ui.sign_in.sign_in_window import SignInWindow


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


def _sign_in_button(page: QWidget) -> QPushButton:
    button = page.findChild(QPushButton, "signInMode")
    assert isinstance(button, QPushButton)
    return button


def test_sign_in_button_needs_a_type(window: MainWindow, ctx: UiContext) -> None:
    page = window.page("log")
    assert isinstance(page, LogPage)
    _sign_in_button(page).click()
    assert "type of activity" in page.form.error_label.text()


def _friday_café_today(ctx: UiContext):  # type: ignore[no-untyped-def]
    """A regular Friday café with a session today, and another type used more recently."""
    assert ctx.services is not None
    services = ctx.services
    café = services.activities.add_type("Friday café", "organising_running")
    today = date.today()
    series = services.series.create(
        café.id,
        "weekly",
        today - timedelta(days=7),
        title="Caffi Gwener",
        start_time=time(10),
        end_time=time(12),
        location="Neuadd y Pentref",
    )
    services.activities.log(
        ActivityDraft(
            activity_date=today - timedelta(days=7),
            activity_type_id=café.id,
            series_id=series.id,
            duration_minutes=120,
            people=(PersonEntry("Ann", minutes=120), PersonEntry("Bob", minutes=120)),
        )
    )
    repair = services.activities.add_type("Repair café", "practical_help")
    services.activities.log(
        ActivityDraft(
            activity_date=today - timedelta(days=1),
            activity_type_id=repair.id,
            duration_minutes=60,
            volunteers_count=3,
        )
    )
    return café, repair, series


def test_sign_in_asks_for_the_activity_defaulting_to_todays_regular_session(
    window: MainWindow, ctx: UiContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    café, repair, series = _friday_café_today(ctx)
    page = window.page("log")
    assert isinstance(page, LogPage)
    window.show_page("log")
    page.refresh()
    page.form.set_types_selection(repair.id)  # whatever the Log page shows is not used
    asked: list[tuple[str, str, str, str]] = []

    def start(dialog: SignInSetupDialog) -> None:
        asked.append(
            (
                dialog.type_combo.currentText(),
                dialog.title_edit.text(),
                dialog.place_edit.text(),
                dialog.session_note.text(),
            )
        )
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    seen = when_modal_opens(start)
    qtbot.mouseClick(_sign_in_button(page), Qt.MouseButton.LeftButton)
    assert seen == ["signInSetupDialog"]
    assert asked == [
        (
            "Friday café",
            "Caffi Gwener",
            "Neuadd y Pentref",
            "Today's regular session: signing in logs it.",
        )
    ]
    screen = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SignInWindow))
    qtbot.addWidget(screen)
    assert "Caffi Gwener · Neuadd y Pentref" in screen.title.text()
    assert sorted(screen.buttons) == ["ann", "bob"]
    qtbot.mouseClick(screen.buttons["ann"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.helper_button, Qt.MouseButton.LeftButton)
    for _ in range(3):
        qtbot.mouseClick(screen.participant_button, Qt.MouseButton.LeftButton)
    assert screen.activity_id is not None
    record = ctx.services.activities.load(screen.activity_id)
    assert record is not None
    assert (record.activity_type_id, record.title, record.location, record.series_id) == (
        café.id,
        "Caffi Gwener",
        "Neuadd y Pentref",
        series.id,
    )
    # Today's session is logged by signing in: it no longer waits to be confirmed.
    assert date.today() not in [s.session_date for s in ctx.services.series.upcoming()]
    with qtbot.waitSignal(page.bus.status_message) as said:
        screen.finish_now()
    text = page.result_label.text()
    assert said.args == [text]
    assert "Caffi Gwener" in text
    assert "named people 1" in text and "unnamed helpers 1" in text
    assert "participants 3" in text and "volunteer hours" in text


def test_sign_in_setup_without_a_session_today(ctx: UiContext, qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    _café, repair, _series = _friday_café_today(ctx)
    types = ctx.services.activities.types()
    session = ctx.services.series.upcoming()[0]
    dialog = SignInSetupDialog(types, session, "Neuadd", date.today(), window)
    qtbot.addWidget(dialog)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findText("Repair café"))
    assert dialog.session_note.isHidden()  # another type: not the regular session
    dialog.title_edit.setText("Extra repair session")
    answer = dialog.answer()
    assert (answer.type_id, answer.title, answer.series_id) == (
        repair.id,
        "Extra repair session",
        None,
    )
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findText("Friday café"))
    assert dialog.answer().series_id == session.series.id
    # Next week's session fills in the activity but is not logged by today's sign-in.
    later = SignInSetupDialog(types, session, "Neuadd", date.today() - timedelta(days=7), window)
    qtbot.addWidget(later)
    assert later.answer().series_id is None and later.type_combo.currentText() == "Friday café"
    assert "next regular session" in later.session_note.text()
    # With no regular session, the type used last is offered.
    plain = SignInSetupDialog(types, None, "", date.today(), window)
    qtbot.addWidget(plain)
    assert plain.type_combo.currentText() == "Repair café" and plain.title_edit.text() == ""


def test_a_newcomers_button_is_brought_into_view(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    acts = ctx.services.activities
    club = acts.add_type("Youth club", "organising_running")
    acts.log(
        ActivityDraft(
            activity_date=date.today() - timedelta(days=7),
            activity_type_id=club.id,
            duration_minutes=120,
            people=tuple(PersonEntry(f"Regular {i:02d}", minutes=120) for i in range(60)),
        )
    )
    screen = SignInWindow(acts, club.id, "Youth club")
    qtbot.addWidget(screen)
    screen.resize(900, 500)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.keyClicks(screen.new_edit, "Zoe")
    qtbot.keyClick(screen.new_edit, Qt.Key.Key_Return)
    button = screen.buttons["zoe"]
    qtbot.waitUntil(lambda: not button.visibleRegion().isEmpty())
    assert button.isChecked()
    assert "Welcome, Zoe" in screen.status.text()
    screen.finish_now()


def test_ctrl_shift_f_shows_what_will_be_recorded_before_finishing(
    window: MainWindow, ctx: UiContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    acts = ctx.services.activities
    walk = acts.add_type("Walk", "practical_help")
    now = [datetime.combine(date.today(), time(9, 0))]
    told: list[str] = []
    screen = SignInWindow(acts, walk.id, "Walk", clock=lambda: now[0], on_finish=told.append)
    qtbot.addWidget(screen)
    window.hide()  # as the full screen covers it: the shortcut works in the active window
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    asked: list[str] = []

    def read_then(button: str) -> Callable[[QWidget], None]:
        def act(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            asked.append(box.text())
            chosen = next(b for b in box.buttons() if b.text() == button)
            qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)

        return act

    when_modal_opens(read_then("Cancel"))
    QTest.keySequence(screen, QKeySequence("Ctrl+Shift+F"))
    assert asked == ["Nobody has signed in yet: nothing will be recorded."]
    assert screen.isVisible()
    qtbot.keyClicks(screen.new_edit, "Gwen")
    qtbot.keyClick(screen.new_edit, Qt.Key.Key_Return)
    qtbot.mouseClick(screen.helper_button, Qt.MouseButton.LeftButton)
    now[0] += timedelta(minutes=90)
    when_modal_opens(read_then("Finish"))
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    QTest.keySequence(screen, QKeySequence("Ctrl+Shift+F"))
    # Gwen 1.5 h and one unnamed helper for the 1.5 h the sign-in lasted.
    figures = "Walk: named people 1, unnamed helpers 1, participants 0, volunteer hours 3.0."
    assert asked[1] == "Everyone still signed in is counted until now.\n\n" + figures
    assert not screen.isVisible()
    assert told == ["Recorded from the sign-in screen: " + figures]


def test_finishing_a_sign_in_already_logged_on_the_log_page_asks_to_keep_both(
    window: MainWindow, ctx: UiContext, qtbot, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    from dataclasses import fields

    from volunteer_app.ui.kit import common

    assert ctx.services is not None
    acts = ctx.services.activities
    cafe = acts.add_type("Caffi", "practical_help")
    now = [datetime.combine(date.today(), time(10, 0))]
    screen = SignInWindow(acts, cafe.id, "Caffi", clock=lambda: now[0])
    qtbot.addWidget(screen)
    screen.show()
    qtbot.mouseClick(screen.helper_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.participant_button, Qt.MouseButton.LeftButton)
    assert screen.activity_id is not None
    saved = acts.load(screen.activity_id)
    assert saved is not None
    same = ActivityDraft(**{f.name: getattr(saved, f.name) for f in fields(ActivityDraft)})
    other = acts.log(same)  # the same session typed in on the Log page too
    asked: list[str] = []
    monkeypatch.setattr(common, "confirm", lambda *a, **k: asked.append(a[2]) or False)
    screen.finish_now()
    assert len(asked) == 1 and "This looks the same as the activity saved at" in asked[0]
    assert screen.activity_id is None
    remaining = acts.page(ActivityFilter(), "date", True, 0, 10)
    assert [r.id for r in remaining] == [other]  # nothing is lost: the copy was identical
