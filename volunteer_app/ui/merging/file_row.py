"""A file path with a Choose… button, and the passphrase field: both dialogs' first rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from volunteer_app.ui.kit import common

FILTER = "Co-coordinator file (*.vcl-share);;All files (*)"
SUFFIX = ".vcl-share"


class FileRow(QWidget):
    def __init__(self, parent: QWidget, save: bool) -> None:
        super().__init__(parent)
        self.save = save
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.path_edit = QLineEdit(self)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.choose_button.setText(self.tr("C&hoose…"))
        self.path_edit.setAccessibleName(self.tr("File"))

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def choose(self) -> None:
        title = self.tr("Co-coordinator's file")
        if self.save:
            chosen = common.ask_save_path(self, title, "records" + SUFFIX, FILTER)
        else:
            chosen = common.ask_open_path(self, title, FILTER)
        if chosen is not None:
            self.path_edit.setText(str(chosen))


def passphrase_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit
