"""Logging through the real widgets: headcount only, named people, same as last time."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from tests.ui.modal import when_modal_opens
from volunteer_app.domain.activity import ActivityDraft, ActivityFilter, PersonEntry
from volunteer_app.ui.log.log_page import LogPage
from volunteer_app.ui.log.new_type import NewType, NewTypeDialog
from volunteer_app.ui.series.confirm_session import ConfirmSessionDialog
from volunteer_app.ui.series.series_panel import SeriesPanel
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow


def _page(window: MainWindow) -> LogPage:
    window.show_page("log")
    page = window.page("log")
    assert isinstance(page, LogPage)
    return page


def _sessions(page: LogPage) -> SeriesPanel:
    """The regular sessions waiting, which the shell puts above the form."""
    panel = page.findChild(SeriesPanel)
    assert isinstance(panel, SeriesPanel)
    return panel


def _services(ctx: UiContext):  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    return ctx.services


def test_log_by_headcount_alone(
    window: MainWindow,
    ctx: UiContext,
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(window)
    monkeypatch.setattr(
        NewTypeDialog,
        "ask",
        classmethod(lambda cls, parent, *_prefill: NewType("Litter pick", "practical_help")),
    )
    qtbot.mouseClick(page.form.new_type_button, Qt.MouseButton.LeftButton)
    assert page.form.type_combo.currentText() == "Litter pick"
    for _ in range(4):
        qtbot.mouseClick(page.form.people.volunteers.plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.form.people.volunteers.minus, Qt.MouseButton.LeftButton)
    page.form.people.participants.spin.setValue(12)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    rows = _services(ctx).activities.page(ActivityFilter(), "date", True, 0, 5)
    assert [(r.volunteers_count, r.participants_count, r.named_count) for r in rows] == [(3, 12, 0)]
    assert rows[0].volunteer_minutes == 3 * 120  # 10:00 to 12:00 by default
    assert "Saved" in page.result_label.text()
    assert page.form.people.volunteers.value() == 0  # cleared for the next one


def test_log_named_people_with_their_own_hours(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    services = _services(ctx)
    services.activities.add_type("Repair café", "practical_help")
    page = _page(window)
    page.refresh()
    form = page.form
    form.start_edit.setTime(QTime(18, 0))
    form.end_edit.setTime(QTime(21, 0))
    for name in ("Aled", "Bethan", "Ceri"):
        qtbot.keyClicks(form.people.name_edit, name)
        qtbot.keyClick(form.people.name_edit, Qt.Key.Key_Return)
    assert form.people.table.rowCount() == 3
    form.people._hours(1).setTime(QTime(1, 30))  # Bethan left early
    form.people._role_combo(0).setCurrentIndex(1)  # Aled organised
    qtbot.waitUntil(lambda: window._shortcuts_ready)  # set just after the first paint
    qtbot.keyClick(form.people.name_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    record = services.activities.load(
        services.activities.page(ActivityFilter(), "date", True, 0, 1)[0].id
    )
    assert [(p.name, p.role, p.minutes) for p in record.people] == [
        ("Aled", "organiser", 180),
        ("Bethan", "volunteer", 90),
        ("Ceri", "volunteer", 180),
    ]


def test_same_as_last_time_with_twelve_people_in_at_most_five_actions(
    window: MainWindow, ctx: UiContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    services = _services(ctx)
    café = services.activities.add_type("Community café", "organising_running")
    people = tuple(
        PersonEntry(f"Regular {i:02d}", "organiser" if i == 0 else "volunteer", 150)
        for i in range(12)
    )
    last_week = date.today().toordinal() - 7
    services.activities.log(
        ActivityDraft(
            activity_date=date.fromordinal(last_week),
            activity_type_id=café.id,
            start_time=time(10),
            end_time=time(12, 30),
            location="Neuadd y Pentref",
            people=people,
        )
    )
    page = _page(window)
    page.refresh()  # the page as a coordinator finds it on opening the app
    actions = 0
    # 1: "Same as last time" (the type is already the most recently used one)
    qtbot.mouseClick(page.same_button, Qt.MouseButton.LeftButton)
    actions += 1
    # 2: Ctrl+Enter saves
    qtbot.waitUntil(lambda: window._shortcuts_ready)
    qtbot.keyClick(page.form.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    actions += 1
    assert actions <= 5
    rows = services.activities.page(ActivityFilter(), "date", True, 0, 5)
    assert len(rows) == 2 and rows[0].activity_date == date.today()
    today = services.activities.load(rows[0].id)
    assert today is not None and len(today.people) == 12
    assert today.location == "Neuadd y Pentref" and today.start_time == time(10)
    assert {p.role for p in today.people} == {"organiser", "volunteer"}
    assert services.group.counts().people == 12  # the same people, not new ones


@pytest.mark.parametrize(
    ("setup", "field", "words"),
    [
        (lambda f: None, "people", "at least one person"),
        (lambda f: f.end_edit.setTime(QTime(9, 0)), "end_time", "not after"),
        (lambda f: f.date_edit.setDate(QDate.currentDate().addYears(2)), "date", "year ahead"),
    ],
)
def test_validation_messages_at_the_field(
    window: MainWindow,
    ctx: UiContext,
    setup,
    field,  # type: ignore[no-untyped-def]
    words: str,
) -> None:
    _services(ctx).activities.add_type("Walk", "practical_help")
    page = _page(window)
    page.refresh()
    setup(page.form)
    if field != "people":
        page.form.people.volunteers.setValue(2)
    page.save()
    assert page.form.error_label.isVisible() and words in page.form.error_label.text()
    assert _services(ctx).group.counts().activities == 0


def test_undo_a_logged_activity(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    services = _services(ctx)
    services.activities.add_type("Walk", "practical_help")
    page = _page(window)
    page.refresh()
    page.form.people.volunteers.setValue(5)
    page.save()
    assert services.group.counts().activities == 1
    assert window.undo_action.isEnabled() and "Walk" in window.undo_action.text()
    window.undo_action.trigger()
    assert services.group.counts().activities == 0
    window.redo_action.trigger()
    assert services.group.counts().activities == 1


def test_log_page_in_welsh(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    ctx.switch_language("cy")
    qtbot.waitUntil(lambda: page.heading.text() == "Cofnodi gweithgaredd")
    assert page.form.labels["date"].text() == "&Dyddiad:"
    assert page.form.people.volunteers_label.text().startswith("Gwirfoddolwyr")


def _friday_café(services, people=("Ann", "Bob")):  # type: ignore[no-untyped-def]
    café = services.activities.add_type("Friday café", "organising_running")
    today = date.today()
    series = services.series.create(
        café.id, "weekly", today - timedelta(days=14), start_time=time(10), end_time=time(12)
    )
    services.activities.log(
        ActivityDraft(
            activity_date=today - timedelta(days=14),
            activity_type_id=café.id,
            series_id=series.id,
            start_time=time(10),
            end_time=time(12),
            people=tuple(PersonEntry(name, minutes=120) for name in people),
        )
    )
    return series


def test_confirm_shows_the_usual_people_editable_then_saves_in_one_step(
    window: MainWindow, ctx: UiContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    services = _services(ctx)
    _friday_café(services, ("Ann", "Bob", "Cai"))
    page = _page(window)
    page.refresh()
    panel = _sessions(page)
    # Last week's, today's and next week's sessions are waiting.
    assert not panel.isHidden() and len(panel.rows) == 3
    shown: list[list[str]] = []

    def edit(dialog: ConfirmSessionDialog) -> None:
        table = dialog.people.table
        shown.append([table.item(r, 0).text() for r in range(table.rowCount())])
        assert "Friday café" in dialog.heading.text()
        table.selectRow(1)  # Bob did not come
        qtbot.keyClick(table, Qt.Key.Key_Delete)
        qtbot.keyClicks(dialog.people.name_edit, "Eleri")
        qtbot.keyClick(dialog.people.name_edit, Qt.Key.Key_Return)  # adds her, does not save
        assert dialog.isVisible()
        qtbot.mouseClick(dialog.people.participants.plus, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    _label, confirm, _open, _skip = panel.rows[0]
    seen = when_modal_opens(edit)
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert seen == ["confirmSessionDialog"]
    assert shown == [["Ann", "Bob", "Cai"]]  # who will be logged, before saving
    assert len(panel.rows) == 2
    logged = services.activities.page(ActivityFilter(), "date", True, 0, 5)
    record = services.activities.load(logged[0].id)  # last week's session, just logged
    assert record is not None and record.activity_date == date.today() - timedelta(days=7)
    assert [(p.name, p.minutes) for p in record.people] == [
        ("Ann", 120),
        ("Cai", 120),
        ("Eleri", 120),
    ]
    assert record.participants_count == 1
    assert "Saved" in page.result_label.text()


def test_confirm_cancelled_or_with_nobody_logs_nothing(
    window: MainWindow, ctx: UiContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    services = _services(ctx)
    walk = services.activities.add_type("Walk", "practical_help")
    services.series.create(walk.id, "monthly", date.today(), count=2, duration_minutes=60)
    page = _page(window)
    page.refresh()
    problems: list[str] = []

    def nobody_then_cancel(dialog: ConfirmSessionDialog) -> None:
        assert dialog.people.table.rowCount() == 0  # nobody to copy yet
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        problems.append(dialog.problem.text())
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    when_modal_opens(nobody_then_cancel)
    qtbot.mouseClick(_sessions(page).rows[0][1], Qt.MouseButton.LeftButton)
    assert "Add who came" in problems[0]
    assert services.activities.count(ActivityFilter()) == 0
    assert len(services.series.upcoming()) == 1

    def six_helpers(dialog: ConfirmSessionDialog) -> None:
        dialog.people.volunteers.setValue(6)
        qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Return)  # Enter logs it as shown

    when_modal_opens(six_helpers)
    qtbot.mouseClick(_sessions(page).rows[0][1], Qt.MouseButton.LeftButton)
    rows = services.activities.page(ActivityFilter(), "date", True, 0, 5)
    assert [(r.volunteers_count, r.volunteer_minutes) for r in rows] == [(6, 360)]
    assert services.series.upcoming() == []


def test_didnt_happen_says_what_it_did_and_that_undo_brings_it_back(
    window: MainWindow, ctx: UiContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    services = _services(ctx)
    _friday_café(services)
    page = _page(window)
    page.refresh()
    panel = _sessions(page)
    assert len(panel.rows) == 3
    with qtbot.waitSignal(page.bus.status_message) as said:
        qtbot.mouseClick(panel.rows[1][3], Qt.MouseButton.LeftButton)  # today's did not happen
    assert len(panel.rows) == 2
    text = page.result_label.text()
    assert "Friday café" in text and "not having happened" in text and "Ctrl+Z" in text
    assert said.args == [text]
    window.undo_action.trigger()  # the skip is undone
    assert len(panel.rows) == 3


def test_change_a_session_then_the_form_goes_back_to_today(
    window: MainWindow, ctx: UiContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    services = _services(ctx)
    walk = services.activities.add_type("Walk", "practical_help")
    series = services.series.create(
        walk.id,
        "weekly",
        date.today() - timedelta(days=7),
        count=2,
        start_time=time(9),
        end_time=time(10),
        location="Parc",
    )
    page = _page(window)
    page.refresh()
    _label, _confirm, change, _skip = _sessions(page).rows[0]
    qtbot.mouseClick(change, Qt.MouseButton.LeftButton)
    form = page.form
    assert form.date_edit.date().toPython() == date.today() - timedelta(days=7)
    assert form.place_edit.text() == "Parc" and form.series_id == series.id
    form.people.volunteers.setValue(6)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert [s.session_date for s in services.series.upcoming()] == [date.today()]
    assert form.date_edit.date().toPython() == date.today()  # the next one is today's
    assert form.series_id is None
    # The same after Change… then Clear.
    qtbot.mouseClick(_sessions(page).rows[0][2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert form.date_edit.date().toPython() == date.today() and form.series_id is None


def test_a_regular_activity_is_ended_from_the_edit_menu_and_undone(
    window: MainWindow,
    ctx: UiContext,
    qtbot,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from volunteer_app.ui.series.series_list_dialog import SeriesListDialog

    services = ctx.services
    assert services is not None
    walk = services.activities.add_type("Walk", "practical_help")
    services.series.create(walk.id, "weekly", date.today() - timedelta(days=21))
    assert services.series.upcoming()
    opened: list[SeriesListDialog] = []
    monkeypatch.setattr(SeriesListDialog, "exec", lambda self: opened.append(self) or 0)
    assert window.series_action in window.edit_menu.actions()
    window.series_action.trigger()
    dialog = opened[0]
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 0).text() == "Walk" and dialog.table.item(0, 3).text() == "no end"
    assert dialog.end_button.isEnabled()  # the first is chosen already
    dialog.last_day.setDate(date.today() - timedelta(days=22))
    dialog.end_button.click()
    assert "before the first" in dialog.status.text()  # the day before it began
    dialog.last_day.setDate(date.today() - timedelta(days=21))
    dialog.end_button.click()
    assert "now ends on" in dialog.status.text()
    assert [s.session_date for s in services.series.upcoming()] == [
        date.today() - timedelta(days=21)
    ]
    window.undo_action.trigger()
    assert len(services.series.upcoming()) > 1
