"""A brand-new install driven with the keyboard alone: the welcome, a first saved activity,
Reports and the CVC preview, in English and in Welsh. Every key goes to whichever widget has
the focus, as a real keyboard's would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from volunteer_app.domain.activity import ActivityFilter
from volunteer_app.ui.context import UiContext
from volunteer_app.ui.pages.export_page import ExportPage
from volunteer_app.ui.pages.reports_page import ReportsPage
from volunteer_app.ui.startup import Startup

from .conftest import make_window
from .modal import when_modal_opens

Key = Qt.Key
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


@pytest.mark.parametrize(
    ("language", "area", "type_key", "volunteers_key", "starter"),
    [
        ("en", "Ceredigion", Key.Key_T, Key.Key_V, "Litter pick"),
        ("cy", "Ceredigion", Key.Key_H, Key.Key_I, "Casglu sbwriel"),
    ],
)
def test_first_session_with_the_keyboard_alone(
    ctx: UiContext,
    qtbot,  # type: ignore[no-untyped-def]
    language: str,
    area: str,
    type_key: Qt.Key,
    volunteers_key: Qt.Key,
    starter: str,
) -> None:
    ctx.switch_language(language, remember=False)
    window = make_window(ctx, qtbot)
    window.show()
    qtbot.waitExposed(window)
    window.install_shortcuts()

    def welcome(dialog: QWidget) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        type_text("Llanfair Litter Pickers")  # the name box has the keyboard first
        press(Key.Key_Tab)
        type_text(area)  # a combo box picks by the letters typed
        press(Key.Key_Tab)  # language: as it is
        press(Key.Key_Tab)
        press(Key.Key_Space)  # tick the first starter type
        press(Key.Key_Return)  # Start is the default button

    seen = when_modal_opens(welcome)
    Startup(ctx, window).start()
    assert seen == ["welcomeDialog"]
    services = ctx.services
    assert services is not None
    assert services.group.info().la_code == "W06000008"
    assert [t.label for t in services.activities.types()] == [starter]

    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert focused().window() is window  # the window took the keyboard back
    press(Key.Key_1, CTRL)
    press(type_key, ALT)  # the Type box, by its label's access key
    assert focused() is window.page("log").form.type_combo  # type: ignore[attr-defined]
    press(volunteers_key, ALT)  # unnamed volunteers
    type_text("3")
    press(Key.Key_Return, CTRL)
    rows = services.activities.page(ActivityFilter(), "date", True, 0, 5)
    assert [(r.type_label, r.volunteers_count) for r in rows] == [(starter, 3)]

    press(Key.Key_4, CTRL)
    reports = window.page("reports")
    assert isinstance(reports, ReportsPage) and reports.isVisible()
    press(Key.Key_5, CTRL)
    export = window.page("export")
    assert isinstance(export, ExportPage) and export.isVisible()
    qtbot.waitUntil(lambda: export.model.rowCount() > 0)
    ctx.switch_language("en")


def test_the_window_has_the_keyboard_after_a_dialog_closes(
    window,
    ctx: UiContext,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    window.install_shortcuts()
    press(Key.Key_1, CTRL)
    closed = when_modal_opens(lambda dialog: QTest.keyClick(dialog, Key.Key_Escape))
    press(Key.Key_N, ALT)  # New type… (a button's access key clicks it a moment later)
    qtbot.waitUntil(lambda: closed == ["newTypeDialog"])
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(Key.Key_4, CTRL)
    assert window.page("reports").isVisible()
