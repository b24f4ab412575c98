"""The outbox: every summary file saved for the CVC, newest first."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, QTimeZone
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.domain.values import OutboxEntry
from volunteer_app.ui.kit.dates import short_date_time
from volunteer_app.ui.kit.period_picker import period_label


class OutboxView(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outbox")
        self.entries: list[OutboxEntry] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("outboxTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sent to the CVC (outbox)"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Saved"), self.tr("Period"), self.tr("Fingerprint (SHA-256)"), self.tr("File")]
        )
        self.table.setAccessibleName(self.tr("Summary files saved so far"))
        self.set_entries(self.entries)

    def set_entries(self, entries: list[OutboxEntry]) -> None:
        self.entries = list(entries)
        self.table.setRowCount(len(entries))
        locale = QLocale()
        for row, entry in enumerate(entries):
            when = QDateTime.fromSecsSinceEpoch(
                int(entry.exported_at.timestamp()), QTimeZone.systemTimeZone()
            )
            cells = [
                short_date_time(when, locale),
                period_label(entry.period),
                entry.sha256[:16] + "…",
                entry.file_path,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setToolTip(entry.sha256)
                self.table.setItem(row, column, item)
