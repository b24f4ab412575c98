"""The People page's table: everyone named, with first and last seen and a period's figures.

Filtering and sorting happen here on plain Python lists: a QSortFilterProxyModel would call
back into Python tens of thousands of times to sort 5,000 people.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from volunteer_app.domain.values import PersonRow
from volunteer_app.ui.kit.dates import short_date

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("name", "first_seen", "last_seen", "sessions", "hours", "archived")


def _sort_key(column: str) -> Any:
    keys = {
        "name": lambda r: r.name.casefold(),
        "first_seen": lambda r: r.first_seen.isoformat() if r.first_seen else "",
        "last_seen": lambda r: r.last_seen.isoformat() if r.last_seen else "",
        "sessions": lambda r: r.sessions,
        "hours": lambda r: r.minutes,
        "archived": lambda r: r.archived,
    }
    return keys[column]


class PeopleModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._all: list[PersonRow] = []
        self._rows: list[PersonRow] = []  # the ones shown, in the chosen order
        self._text, self._show_archived = "", False
        self._sort_column, self._order = 0, Qt.SortOrder.AscendingOrder
        self.headers = [""] * len(COLUMNS)
        self.archived_text = ""

    def set_rows(self, rows: list[PersonRow]) -> None:
        self._all = list(rows)
        self._apply()

    def set_filter(self, text: str, show_archived: bool) -> None:
        self._text, self._show_archived = text.casefold().strip(), show_archived
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        rows = [
            r
            for r in self._all
            if (self._show_archived or not r.archived)
            and (not self._text or self._text in r.name.casefold())
        ]
        rows.sort(
            key=_sort_key(COLUMNS[self._sort_column]),
            reverse=self._order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = rows
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self._sort_column, self._order = column, order
            self._apply()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

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
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            locale = QLocale()

            def day(value: object) -> str:
                return short_date(value, locale) if value else "—"  # type: ignore[arg-type]

            return {
                "name": row.name,
                "first_seen": day(row.first_seen),
                "last_seen": day(row.last_seen),
                "sessions": locale.toString(row.sessions),
                "hours": locale.toString(row.minutes / 60, "f", 1),
                "archived": self.archived_text if row.archived else "",
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("sessions", "hours"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_at(self, number: int) -> PersonRow | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    @property
    def all_rows(self) -> list[PersonRow]:
        return list(self._all)
