"""Activities as a table that loads a page at a time: 50,000 rows never become 50,000 of
anything until someone scrolls that far."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from volunteer_app.domain.activity import ActivityFilter, ActivityRow
from volunteer_app.ui.kit.dates import short_date

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
DISPLAY = Qt.ItemDataRole.DisplayRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
COLUMNS = ("date", "type", "title", "people", "volunteers", "participants", "hours")
Fetch = Callable[[ActivityFilter, str, bool, int, int], list[ActivityRow]]
Count = Callable[[ActivityFilter], int]


class ActivitiesModel(QAbstractTableModel):
    def __init__(self, fetch: Fetch, count: Count) -> None:
        super().__init__()
        self._fetch, self._count = fetch, count
        self._rows: list[ActivityRow] = []
        # Formatted when first painted, then kept: not per paint, nor for rows never seen.
        self._texts: list[tuple[str, ...] | None] = []
        self._total: int | None = 0
        self.filter = ActivityFilter()
        self.sort_key, self.descending = "date", True
        self.headers: list[str] = [""] * len(COLUMNS)

    def reload(self, flt: ActivityFilter | None = None, count: bool = True) -> None:
        """The first page for ``flt``; with ``count=False`` the total is left to the caller
        (see set_total): counting reads every row, the first page only 200."""
        if flt is not None:
            self.filter = flt
        self.beginResetModel()
        self._total = self._count(self.filter) if count else None
        self._rows = self._fetch(self.filter, self.sort_key, self.descending, 0, PAGE)
        self._texts = [None] * len(self._rows)
        self.endResetModel()

    @property
    def total(self) -> int | None:
        """How many activities match the filter; None while not counted yet."""
        return self._total

    def set_total(self, flt: ActivityFilter, total: int) -> bool:
        """The count for ``flt``, made elsewhere; ignored (False) if the filter has changed."""
        if flt != self.filter:
            return False
        self._total = max(total, len(self._rows))
        return True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid():
            return False
        if self._total is None:  # not counted yet: a full page may have more after it
            return bool(self._rows) and len(self._rows) % PAGE == 0
        return len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = self._fetch(self.filter, self.sort_key, self.descending, len(self._rows), PAGE)
        if not more:
            self._total = len(self._rows)  # the data shrank meanwhile
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self._texts.extend([None] * len(more))
        self.endInsertRows()

    def _text(self, number: int) -> tuple[str, ...]:
        texts = self._texts[number]
        if texts is None:
            row, locale = self._rows[number], QLocale()
            texts = self._texts[number] = (
                short_date(row.activity_date, locale),
                row.type_label,
                row.title or row.location,
                locale.toString(row.named_count),
                locale.toString(row.volunteers_count),
                locale.toString(row.participants_count),
                locale.toString(row.volunteer_minutes / 60, "f", 1),
            )
        return texts

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == DISPLAY:
            if index.isValid() and index.row() < len(self._texts):
                return self._text(index.row())[index.column()]
            return None
        if role == ALIGNMENT and index.isValid() and index.column() >= 3:
            return RIGHT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key, descending = COLUMNS[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            # Already in that order (the view asks once when sorting is switched on, before
            # the page has its data): the page reloads when its data or filters change.
            return
        self.sort_key, self.descending = key, descending
        self.reload()

    def row_at(self, number: int) -> ActivityRow | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None
