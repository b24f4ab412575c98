"""Every control can be named by a screen reader and reached with the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow

from .test_welsh import _open_everything, data  # noqa: F401 - the fixture is shared

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
)


def _controls(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(
            widget.parent(), QAbstractSpinBox | QComboBox | QAbstractItemView
        ) or isinstance(widget, QHeaderView):
            continue  # parts of a spin box, combo box or table, named with it
        if widget.objectName() == "qt_calendar_popup" or widget.window() is not root.window():
            continue
        found.append(widget)
    return found


def test_every_control_has_an_accessible_name(
    window: MainWindow,
    ctx: UiContext,
    data,  # type: ignore[no-untyped-def]  # noqa: F811
    qtbot,
) -> None:
    unnamed = []
    for root in _open_everything(window, ctx, data, qtbot):
        root.show()
        for widget in _controls(root):
            interface = QAccessible.queryAccessibleInterface(widget)
            name = interface.text(QAccessible.Text.Name) if interface else ""
            if not name.strip():
                unnamed.append(
                    f"{type(root).__name__}/{type(widget).__name__}/{widget.objectName()}"
                )
    assert unnamed == [], "\n".join(unnamed)


def test_tab_order_reaches_every_control(
    window: MainWindow,
    ctx: UiContext,
    data,  # type: ignore[no-untyped-def]  # noqa: F811
    qtbot,
) -> None:
    missed = []
    for root in _open_everything(window, ctx, data, qtbot):
        root.show()
        reachable = set()
        widget = root.nextInFocusChain()
        for _ in range(2000):
            if widget is root:
                break
            reachable.add(widget)
            widget = widget.nextInFocusChain()
        for control in _controls(root):
            if (
                control.focusPolicy() & Qt.FocusPolicy.TabFocus
                and control.isEnabled()
                and control not in reachable
            ):
                missed.append(f"{type(root).__name__}/{type(control).__name__}")
    assert missed == []


@pytest.mark.parametrize("language", ["en", "cy"])
def test_menu_access_keys_do_not_clash(window: MainWindow, ctx: UiContext, language: str) -> None:
    # Earlier tests' dialogs are deleted later: let that happen before the language changes.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ctx.switch_language(language)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        keys = [
            a.text().split("&", 1)[1][0].lower()
            for a in menu.actions()  # type: ignore[union-attr]
            if "&" in a.text() and a.isVisible()
        ]
        assert len(keys) == len(set(keys)), (menu_action.text(), keys)
