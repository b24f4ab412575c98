"""Dialogs that follow a live language switch while they are open."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog


class Dialog(QDialog):
    def retranslate(self) -> None:
        """Set every visible text; called once built and again on each language change."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
