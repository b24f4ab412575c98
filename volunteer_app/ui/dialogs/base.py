"""Dialogs that follow a live language switch while they are open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QPushButton, QWidget


def give_back_keyboard(closed: QWidget) -> None:
    """Hand the keyboard back to the window a dialog came from. Without a window manager
    (or with a strict one) nothing else does, and shortcuts such as Ctrl+4 go nowhere."""
    parent = closed.parentWidget()
    if parent is not None:
        parent.window().activateWindow()


class Dialog(QDialog):
    def retranslate(self) -> None:
        """Set every visible text; called once built and again on each language change."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        super().done(result)
        give_back_keyboard(self)

    def add_ok_cancel(
        self, layout: QBoxLayout, on_ok: Callable[[], None] | None = None
    ) -> tuple[QPushButton, QPushButton]:
        """The usual pair of buttons; their texts are set in ``retranslate``."""
        buttons = QDialogButtonBox(self)
        ok, cancel = QPushButton(self), QPushButton(self)
        ok.setDefault(True)
        buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        ok.clicked.connect(on_ok or self.accept)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        return ok, cancel
