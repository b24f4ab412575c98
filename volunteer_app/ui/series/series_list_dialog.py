"""Log > Regular activities…: every regular activity, and ending one that has stopped, so
its sessions no longer wait to be confirmed. Sessions already logged stay as they are."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QDateEdit,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from volunteer_app.ui.kit.date_edit import DateEdit
from volunteer_app.ui.kit.dates import short_date
from volunteer_app.ui.kit.labels import frequency_label
from volunteer_app.ui.kit.list_dialog import ListDialog
from volunteer_app.ui.shell.ops import Changes
from volunteer_app.ui.shell.undo import EndSeries

if TYPE_CHECKING:
    from volunteer_app.domain.series import SeriesInfo
    from volunteer_app.ui.shell.context import UiContext


class SeriesListDialog(ListDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__("seriesListDialog", 4, stretch=0, size=(680, 420), parent=parent)
        self.ctx, self.series = ctx, ctx.open_services().series
        self.infos: list[SeriesInfo] = []
        self.last_label = QLabel(self)
        self.last_day: QDateEdit = DateEdit(date.today(), self)
        self.last_day.setCalendarPopup(True)
        self.last_label.setBuddy(self.last_day)
        self.end_button = QPushButton(self)
        self.end_button.setObjectName("endSeries")
        for widget in (self.last_label, self.last_day, self.end_button):
            self.add_action(widget)
        self.end_button.clicked.connect(self.end_selected)
        self.table.itemSelectionChanged.connect(self._selected)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Regular activities"))
        self.intro.setText(
            self.tr(
                "Your regular activities. When one stops, end it on its last day: its sessions "
                "after that no longer wait on the Log page, and those already logged stay."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Activity"), self.tr("How often"), self.tr("From"), self.tr("Until")]
        )
        self.table.setAccessibleName(self.tr("Regular activities"))
        self.last_label.setText(self.tr("&Last session:"))
        self.end_button.setText(self.tr("&End it on that day"))
        self.close_button.setText(self.tr("Close"))
        self._fill()

    def reload(self) -> None:
        chosen = self.table.currentRow()
        self.infos = self.series.all()
        self._fill()
        self.select_again(chosen)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.infos))
        for number, info in enumerate(self.infos):
            until = short_date(info.end_date) if info.end_date else self.tr("no end")
            cells = (
                info.title or info.type_label,
                frequency_label(info.frequency),
                short_date(info.start_date),
                until,
            )
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self._selected()

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.end_button.setEnabled(bool(rows))

    def end_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        info = self.infos[rows[0].row()]
        last_day: date = self.last_day.date().toPython()  # type: ignore[assignment]
        name = info.title or info.type_label
        self.ctx.ops.run(
            lambda: self.series.end(info.id, last_day),
            changes=Changes.SERIES,
            undo=lambda before: EndSeries(
                self.series, info.id, last_day, before, self.tr("end %1").replace("%1", name)
            ),
            success=lambda _before: self._ended(name, last_day),
            failure=self.status.setText,
        )

    def _ended(self, name: str, last_day: date) -> None:
        self.status.setText(
            self.tr("“%1” now ends on %2 (Ctrl+Z takes it back).")
            .replace("%1", name)
            .replace("%2", QLocale().toString(QDate(last_day), QLocale.FormatType.LongFormat))
        )
        self.reload()
