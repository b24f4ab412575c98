"""Help > Keyboard shortcuts: every shortcut the app has, in one list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.ui.kit.dialog_base import Dialog


class ShortcutsDialog(Dialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 2, self)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        self.close_button = QPushButton(self)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self.retranslate()

    def rows(self) -> list[tuple[str, str]]:
        return [
            ("Ctrl+1", self.tr("Log an activity")),
            ("Ctrl+2", self.tr("Activities")),
            ("Ctrl+3", self.tr("People")),
            ("Ctrl+4", self.tr("Reports")),
            ("Ctrl+5", self.tr("Export")),
            ("Ctrl+6, Ctrl+,", self.tr("Settings")),
            ("Ctrl+Enter", self.tr("Save the activity being logged")),
            ("Ctrl+L", self.tr("Same as last time")),
            ("Ctrl+I", self.tr("Import a spreadsheet")),
            ("Enter", self.tr("Add the typed name; open the selected activity")),
            ("Delete", self.tr("Remove the selected person or activity")),
            ("Ctrl+Z", self.tr("Undo")),
            ("Ctrl+Shift+Z, Ctrl+Y", self.tr("Redo")),
            ("Ctrl+Shift+F", self.tr("Finish the sign-in screen")),
            ("Alt+", self.tr("With an underlined letter: go to that field or button")),
            ("F1", self.tr("This list")),
            ("Ctrl+Q", self.tr("Quit")),
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.intro.setText(
            self.tr(
                "Everything in the app can be done from the keyboard. Tab moves between fields."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.table.resizeColumnToContents(0)
        self.close_button.setText(self.tr("Close"))
