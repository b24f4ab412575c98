"""The People page's table: everyone named, with first and last seen and a period's figures."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from volunteer_app.domain.values import PersonRow

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("name", "first_seen", "last_seen", "sessions", "hours", "archived")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class PeopleModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[PersonRow] = []
        self.headers = [""] * len(COLUMNS)
        self.archived_text = ""

    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

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
        if role == SORT_ROLE:  # sort on values, not on their formatted text
            return {
                "name": row.name.casefold(),
                "first_seen": row.first_seen.isoformat() if row.first_seen else "",
                "last_seen": row.last_seen.isoformat() if row.last_seen else "",
                "sessions": row.sessions,
                "hours": row.minutes,
                "archived": int(row.archived),
            }[column]
        if role == Qt.ItemDataRole.DisplayRole:
            locale = QLocale()

            def day(value: object) -> str:
                return locale.toString(value, QLocale.FormatType.ShortFormat) if value else "—"

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
