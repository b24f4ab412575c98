"""Driving a modal dialog from a test: it runs its own event loop once opened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal_opens(act: Callable[[QWidget], None]) -> list[str]:
    """Run ``act`` on the next modal dialog once it shows; returns the names of those seen."""
    seen: list[str] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, drive)
            return
        seen.append(dialog.objectName())
        act(dialog)

    QTimer.singleShot(0, drive)
    return seen
