"""The crash dialog: what went wrong, a copy button and the log folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.ui.kit.dialog_base import Dialog


class CrashDialog(Dialog):
    def __init__(self, details: str, log_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self._log_dir = log_dir
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self)
        self.open_logs_button = QPushButton(self)
        self.close_button = QPushButton(self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_logs_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.open_logs_button.clicked.connect(self.open_log_folder)
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Something went wrong"))
        self.intro.setText(
            self.tr(
                "The app met an unexpected problem. Your saved data is safe: every change is "
                "saved as you make it.\n\nIf it happens again, copy the details below and send "
                "them with the log folder to whoever helps you with the app. They contain no "
                "names or notes."
            )
        )
        self.details.setAccessibleName(self.tr("Error details"))
        self.copy_button.setText(self.tr("&Copy details"))
        self.open_logs_button.setText(self.tr("Open &log folder"))
        self.close_button.setText(self.tr("C&lose"))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_dir)))
