"""A new group's first minutes: starter types from the welcome, a type typed straight into
the Log form, and warnings that go once the field is right."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialog

from volunteer_app.domain.activity import ActivityFilter
from volunteer_app.ui.context import UiContext
from volunteer_app.ui.dialogs.new_type import NewType, NewTypeDialog
from volunteer_app.ui.dialogs.welcome import WelcomeDialog
from volunteer_app.ui.main_window import MainWindow
from volunteer_app.ui.pages.log_page import LogPage
from volunteer_app.ui.startup import Startup

from .conftest import make_window


def _log_page(window: MainWindow) -> LogPage:
    window.show_page("log")
    page = window.page("log")
    assert isinstance(page, LogPage)
    return page


def test_ticked_starter_types_are_ready_to_log_in_the_chosen_language(
    ctx: UiContext,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    win = make_window(ctx, qtbot)
    win.show()
    startup = Startup(ctx, win)

    def answer() -> tuple[int, WelcomeDialog]:
        dialog = WelcomeDialog(ctx.language, win)
        qtbot.addWidget(dialog)
        dialog.form.la_combo.set_code("W06000002")
        dialog.form.language_combo.set_language("cy")
        assert not any(box.isChecked() for box in dialog.type_boxes.values())  # none forced
        qtbot.mouseClick(dialog.type_boxes["litter_pick"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.type_boxes["befriending"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        return dialog.result(), dialog

    startup.ask_welcome = answer
    startup.start()
    assert ctx.services is not None
    types = {t.label: t.code for t in ctx.services.activities.types()}
    assert types == {"Casglu sbwriel": "practical_help", "Cyfeillio": "befriending_visiting"}
    page = _log_page(win)
    names = [page.form.type_combo.itemText(i) for i in range(page.form.type_combo.count())]
    assert sorted(names) == ["Casglu sbwriel", "Cyfeillio"]
    ctx.switch_language("en")


def test_skipped_welcome_adds_no_types(ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = make_window(ctx, qtbot)
    startup = Startup(ctx, win)

    def skip() -> tuple[int, WelcomeDialog]:
        dialog = WelcomeDialog(ctx.language, win)
        qtbot.addWidget(dialog)
        dialog.type_boxes["food_bank"].setChecked(True)
        return QDialog.DialogCode.Rejected, dialog

    startup.ask_welcome = skip
    startup.start()
    assert ctx.services is not None and ctx.services.activities.types() == []


def test_a_type_typed_in_the_log_form_is_created_asking_only_its_kind(
    window: MainWindow,
    ctx: UiContext,
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[str, str]] = []

    def ask(cls, parent, label="", code=""):  # type: ignore[no-untyped-def]
        asked.append((label, code))
        return NewType(label, code)

    monkeypatch.setattr(NewTypeDialog, "ask", classmethod(ask))
    page = _log_page(window)
    page.form.type_combo.lineEdit().clear()
    qtbot.keyClicks(page.form.type_combo.lineEdit(), "Fundraising quiz night")
    page.form.people.volunteers.spin.setValue(4)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert asked == [("Fundraising quiz night", "raising_money")]
    assert ctx.services is not None
    rows = ctx.services.activities.page(ActivityFilter(), "date", True, 0, 5)
    assert [(r.type_label, r.volunteers_count) for r in rows] == [("Fundraising quiz night", 4)]
    # Typing an existing name in another case picks that type: no second one is made.
    page.form.type_combo.lineEdit().clear()
    qtbot.keyClicks(page.form.type_combo.lineEdit(), "FUNDRAISING QUIZ NIGHT")
    page.form.people.volunteers.spin.setValue(2)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and len(ctx.services.activities.types()) == 1


def test_a_warning_goes_once_its_field_is_corrected(
    window: MainWindow,
    ctx: UiContext,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    assert ctx.services is not None
    ctx.services.activities.add_type("Café", "practical_help")
    page = _log_page(window)
    page.refresh()
    page.form.start_edit.setTime(QTime(14, 0))
    page.form.end_edit.setTime(QTime(13, 0))
    page.form.people.volunteers.spin.setValue(2)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.error_label.isVisibleTo(page)
    page.form.notes_edit.setText("unrelated")  # another field: the warning stays
    assert page.form.error_label.isVisibleTo(page)
    page.form.end_edit.setTime(QTime(16, 0))
    assert not page.form.error_label.isVisibleTo(page)


def test_counts_use_plural_forms_in_both_languages(
    window: MainWindow, ctx: UiContext, qtbot  # type: ignore[no-untyped-def]
) -> None:
    assert ctx.services is not None
    ctx.services.activities.add_type("Café", "practical_help")
    page = _log_page(window)
    page.refresh()
    page.form.people.volunteers.spin.setValue(2)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.counts_label.text() == "On this laptop: 1 activity and 0 people.")
    ctx.switch_language("cy")
    qtbot.waitUntil(
        lambda: page.counts_label.text() == "Ar y gliniadur hwn: 1 gweithgaredd a 0 o bobl."
    )
    ctx.switch_language("en")
    qtbot.waitUntil(lambda: "1 activity and" in page.counts_label.text())


def test_saving_the_same_activity_twice_is_asked_about_no_by_default(
    window: MainWindow,
    ctx: UiContext,
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from volunteer_app.ui.dialogs import common

    questions: list[str] = []
    answer = {"again": False}

    def confirm(parent, title, text, action, destructive=False):  # type: ignore[no-untyped-def]
        questions.append(text)
        assert destructive  # "Cancel" is the default button
        return answer["again"]

    monkeypatch.setattr(common, "confirm", confirm)
    assert ctx.services is not None
    ctx.services.activities.add_type("Café", "practical_help")
    page = _log_page(window)
    page.refresh()

    def save_same() -> None:
        for name in ("Nia", "Owain"):
            qtbot.keyClicks(page.form.people.name_edit, name)
            qtbot.keyClick(page.form.people.name_edit, Qt.Key.Key_Return)
        page.form.people.volunteers.spin.setValue(2)
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    def count() -> int:
        assert ctx.services is not None
        return ctx.services.activities.count(ActivityFilter())

    save_same()
    assert questions == [] and count() == 1
    save_same()
    assert len(questions) == 1 and "This looks the same as the activity saved at" in questions[0]
    assert count() == 1  # No: nothing saved, the form kept for changing
    assert len(page.form.people.entries()) == 2
    answer["again"] = True
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert count() == 2
    page.form.people.volunteers.spin.setValue(5)  # different headcounts: not the same
    for name in ("Nia", "Owain"):
        qtbot.keyClicks(page.form.people.name_edit, name)
        qtbot.keyClick(page.form.people.name_edit, Qt.Key.Key_Return)
    questions.clear()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert questions == [] and count() == 3
