"""File > Merges…: every co-coordinator's file brought in, newest first, with what it
brought; a merge is taken back by restoring the copy kept just before it (or at once with
Edit > Undo); below, the records to look at (edited after a deletion elsewhere)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.ui.kit.dialog_base import Dialog
from volunteer_app.ui.kit.widgets import pick_list_table
from volunteer_app.ui.merging.conflicts_panel import ConflictsPanel

if TYPE_CHECKING:
    from volunteer_app.domain.merging.summary import MergeHistoryRow
    from volunteer_app.ui.shell.context import UiContext

_COUNTS = ("new_activities", "changed_activities", "deleted_activities", "new_people")


class MergesDialog(Dialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergesDialog")
        assert ctx.services is not None
        self.rows: list[MergeHistoryRow] = ctx.services.merging.history()
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = pick_list_table(self, 7, stretch=1)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.close_button = QPushButton(self)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selected)
        self.conflicts = ConflictsPanel(ctx, self)
        for widget in (self.intro, self.table, self.detail, self.conflicts, buttons):
            layout.addWidget(widget)
        self.resize(820, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Merges"))
        self.intro.setText(
            self.tr("Every co-coordinator's file brought in, newest first, with what it brought.")
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("From"),
                self.tr("New activities"),
                self.tr("Changed"),
                self.tr("Deleted"),
                self.tr("New people"),
                self.tr("To look at"),
            ]
        )
        self.table.setAccessibleName(self.tr("Merges"))
        self.close_button.setText(self.tr("Close"))
        self.conflicts.retranslate()
        self._fill()
        self._selected()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            cells = [row.merged_at[:16].replace("T", " "), row.from_laptop or row.file_name]
            cells += [str(row.counts.get(key, 0)) for key in _COUNTS]
            cells.append(str(row.conflicts))
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        for column in range(self.table.columnCount()):
            if column != 1:  # the laptop's name takes what is left
                self.table.resizeColumnToContents(column)

    def _selected(self) -> None:
        picked = self.table.currentRow()
        if not self.rows:
            self.detail.setText(self.tr("No co-coordinator's file has been brought in yet."))
        elif 0 <= picked < len(self.rows) and self.rows[picked].backup_path:
            self.detail.setText(
                self.tr(
                    "To take this merge back, restore the copy kept just before it (File > "
                    "Restore from a file…); anything saved since is lost with it: %1"
                ).replace("%1", self.rows[picked].backup_path)
            )
        else:
            self.detail.setText("")
