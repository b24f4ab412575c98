"""Table models over the returns received and the combined rows (plain values, no Qt in
the rows themselves)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from volunteer_app.domain.cvc.combine import CombinedRow
from volunteer_app.domain.cvc.received import Received, ReceivedStatus
from volunteer_app.ui.cvc import texts

translate = QCoreApplication.translate
Index = QModelIndex | Any  # QPersistentModelIndex too


class _Table(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = "en"

    def headings(self) -> list[str]:
        raise NotImplementedError

    def cells(self, row: int) -> list[str]:
        raise NotImplementedError

    def count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else self.count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headings())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headings()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells(index.row())[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and self.flagged(index.row()):
            return QBrush(QApplication.palette().color(QPalette.ColorRole.Link))
        return None

    def flagged(self, row: int) -> bool:
        return False

    def relabel(self) -> None:
        """The language changed: every heading and cell is worded again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(self.columnCount() - 1, 0))
        if self.count():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.count() - 1, self.columnCount() - 1)
            )


class ReturnsModel(_Table):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[Received] = []

    def set_items(self, items: Sequence[Received]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def count(self) -> int:
        return len(self.items)

    def headings(self) -> list[str]:
        return [
            translate("Cvc", "File"),
            translate("Cvc", "Group"),
            translate("Cvc", "Authority"),
            translate("Cvc", "Period"),
            translate("Cvc", "Version"),
            translate("Cvc", "Status"),
            translate("Cvc", "Reason"),
        ]

    def cells(self, row: int) -> list[str]:
        item = self.items[row]
        s = item.summary
        return [
            item.source,
            (s.group_name or s.group_id[:8]) if s else "",
            texts.area_text(s.la_code, self.language) if s else "",
            s.period.code if s else "",
            s.version if s else "",
            texts.status_text(item.status),
            texts.reason_text(item.error) if item.error else "",
        ]

    def flagged(self, row: int) -> bool:
        return self.items[row].status is ReceivedStatus.REJECTED


class CombinedModel(_Table):
    """The combined rows that pass the page's filters (measure, authority)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.all_rows: list[CombinedRow] = []
        self.rows: list[CombinedRow] = []

    def set_rows(self, rows: Sequence[CombinedRow]) -> None:
        self.all_rows = list(rows)
        self.filter(lambda _row: True)

    def filter(self, keep: Callable[[CombinedRow], bool]) -> None:
        self.beginResetModel()
        self.rows = [r for r in self.all_rows if keep(r)]
        self.endResetModel()

    def count(self) -> int:
        return len(self.rows)

    def headings(self) -> list[str]:
        return [
            translate("Cvc", "Authority"),
            translate("Cvc", "Period"),
            translate("Cvc", "Measure"),
            translate("Cvc", "Breakdown"),
            translate("Cvc", "Category"),
            translate("Cvc", "Groups"),
            translate("Cvc", "Sum published"),
            translate("Cvc", "Withheld"),
            translate("Cvc", "True total"),
            translate("Cvc", "Publication"),
        ]

    def cells(self, row: int) -> list[str]:
        r = self.rows[row]
        locale = QLocale()
        return [
            texts.area_text(r.area, self.language),
            r.period.code,
            texts.measure_text(r.measure),
            r.breakdown,
            r.category,
            texts.groups_text(r),
            locale.toString(r.published_sum),
            locale.toString(r.withheld_cells),
            texts.bounds_text(r),
            texts.gate_text(r),
        ]

    def flagged(self, row: int) -> bool:
        return not self.rows[row].for_publication
