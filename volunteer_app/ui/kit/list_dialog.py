"""A dialog around one list to choose a row from: imports, regular activities, places."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.ui.kit.dialog_base import Dialog
from volunteer_app.ui.kit.widgets import pick_list_table


class ListDialog(Dialog):
    """An introduction, the table, a row for what can be done to the chosen row, a status
    line saying what was done, and Close. Subclasses add their actions, then call
    ``retranslate`` and fill the table."""

    def __init__(
        self,
        name: str,
        columns: int,
        stretch: int,
        size: tuple[int, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = pick_list_table(self, columns, stretch=stretch)
        self.actions_row = QHBoxLayout()
        self.actions_row.addStretch(1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.close_button = QPushButton(self)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addLayout(self.actions_row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(*size)

    def add_action(self, widget: QWidget) -> None:
        """Into the row under the table, left to right in the order added."""
        self.actions_row.insertWidget(self.actions_row.count() - 1, widget)

    def select_again(self, row: int) -> None:
        """After the table is filled again: the same row chosen, or the nearest one left."""
        if self.table.rowCount():
            self.table.selectRow(min(max(row, 0), self.table.rowCount() - 1))
