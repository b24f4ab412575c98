"""The main window's keyboard shortcuts.

Bound once the data is open and its first screen painted: PySide builds Qt's key enums on
the first ``setShortcut`` (about 20 ms), which neither the first paint nor the opening of the
data need wait for.
"""

from __future__ import annotations

import sys
from typing import Protocol

from PySide6.QtGui import QAction, QKeySequence

from volunteer_app.ui.shell.navigation import PAGE_KEYS


class WindowActions(Protocol):
    """What of the main window has keys."""

    page_actions: dict[str, QAction]
    shortcuts_action: QAction
    import_action: QAction
    undo_action: QAction
    redo_action: QAction
    quit_action: QAction


def bind_window_keys(window: WindowActions) -> None:
    for number, key in enumerate(PAGE_KEYS, start=1):
        window.page_actions[key].setShortcut(QKeySequence(f"Ctrl+{number}"))
    window.page_actions["settings"].setShortcuts(
        [QKeySequence("Ctrl+6"), _or(QKeySequence.StandardKey.Preferences, "Ctrl+,")]
    )
    window.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    window.import_action.setShortcut(QKeySequence("Ctrl+I"))
    window.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    window.redo_action.setShortcuts(redo_keys())
    window.quit_action.setShortcut(_or(QKeySequence.StandardKey.Quit, "Ctrl+Q"))


def _or(standard: QKeySequence.StandardKey, fallback: str) -> QKeySequence:
    """The platform's key for ``standard``, or ``fallback`` where it has none."""
    keys = QKeySequence(standard)
    return keys if not keys.isEmpty() else QKeySequence(fallback)


def redo_keys() -> list[QKeySequence]:
    """The platform's redo keys, and Ctrl+Y beside them wherever it is not already there:
    people who came from Windows press it on Linux too. Not on a Mac, where it is not redo."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    ctrl_y = QKeySequence("Ctrl+Y")
    if sys.platform != "darwin" and ctrl_y not in keys:
        keys.append(ctrl_y)
    return keys
