"""The Merges dialog's "to look at" list: records edited on one laptop after another laptop
deleted them. They stay deleted; an activity can be brought back (one step, undoable with
Edit > Undo), and any of them dismissed once looked at."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.ui.kit.widgets import pick_list_table
from volunteer_app.ui.merging.undo_bring_in import BringBack
from volunteer_app.ui.shell.ops import Changes

if TYPE_CHECKING:
    from volunteer_app.domain.merging.summary import ConflictRow
    from volunteer_app.ui.shell.context import UiContext


class ConflictsPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.services is not None
        self.ctx, self.services = ctx, ctx.services
        self.rows: list[ConflictRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.table = pick_list_table(self, 2, stretch=1)
        self.bring_back_button, self.dismiss_button = QPushButton(self), QPushButton(self)
        self.bring_back_button.clicked.connect(self.bring_back)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.table.itemSelectionChanged.connect(self._selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.bring_back_button)
        buttons.addWidget(self.dismiss_button)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        ctx.bus.changed.connect(self.reload)
        self.reload()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("What happened")])
        self.table.setAccessibleName(self.tr("Records to look at"))
        self.bring_back_button.setText(self.tr("Bring &back"))
        self.dismiss_button.setText(self.tr("&Dismiss"))
        self.bring_back_button.setToolTip(
            self.tr("Bring the activity back, as it was last edited (Edit > Undo takes it back)")
        )
        self.dismiss_button.setToolTip(self.tr("Leave it deleted and take it off this list"))
        self._fill()

    def reload(self, _changes: object = None) -> None:
        self.rows = self.services.merging.conflicts()
        self.retranslate()

    def record_words(self, row: ConflictRow) -> str:
        if row.table == "activity":
            day = QLocale().toString(date.fromisoformat(row.day), "dd/MM/yyyy") if row.day else ""
            label = row.label or self.tr("An activity")
            return self.tr("%1 on %2").replace("%1", label).replace("%2", day)
        if row.table == "person":
            return row.label or self.tr("A person")
        return self.tr("Another record")

    def happened_words(self, row: ConflictRow) -> str:
        return (
            self.tr(
                "Changed on one laptop after it was deleted on the other (file from %1, %2): it "
                "stays deleted"
            )
            .replace("%1", row.from_laptop or self.tr("another laptop"))
            .replace("%2", row.merged_at[:10])
        )

    def _fill(self) -> None:
        count = len(self.rows)
        self.heading.setText(
            self.tr("%n records to look at:", "", count)
            if count
            else self.tr("No records to look at: no merge found an edit after a deletion.")
        )
        self.table.setRowCount(count)
        for i, row in enumerate(self.rows):
            self.table.setItem(i, 0, QTableWidgetItem(self.record_words(row)))
            self.table.setItem(i, 1, QTableWidgetItem(self.happened_words(row)))
        self.table.resizeColumnToContents(0)
        self._selected()

    def picked(self) -> ConflictRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _selected(self) -> None:
        row = self.picked()
        self.bring_back_button.setEnabled(row is not None and row.table == "activity")
        self.dismiss_button.setEnabled(row is not None)

    def bring_back(self) -> None:
        row = self.picked()
        if row is None or row.table != "activity":
            return
        activities, activity_id = self.services.activities, uuid.UUID(hex=row.row_id)
        text = self.tr("bringing back %1").replace("%1", self.record_words(row))
        self.ctx.ops.run(
            lambda: activities.restore(activity_id),
            changes=Changes.ACTIVITIES,
            undo=lambda _none: BringBack(activities, activity_id, text),
        )

    def dismiss(self) -> None:
        row = self.picked()
        if row is None:
            return
        merging = self.services.merging
        self.ctx.ops.run(lambda: merging.dismiss_conflict(row), changes=Changes.NONE,
                         success=lambda _none: self.reload())  # fmt: skip
