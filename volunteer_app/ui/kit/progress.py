"""A progress dialog for long work off the GUI thread, with Cancel and no auto-close."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget


def progress_dialog(
    parent: QWidget, title: str, text: str, cancel_text: str, shown_after_ms: int
) -> QProgressDialog:
    """Modal to its window, busy (no range) until the first progress comes; the caller
    closes it when the work ends, so a fast end does not leave it half-drawn."""
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(text)
    dialog.setCancelButtonText(cancel_text)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(shown_after_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setRange(0, 0)
    return dialog
