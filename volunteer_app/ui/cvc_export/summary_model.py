"""The export preview as a table: every line of the file, exactly as it will be written."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from volunteer_app.domain.disclosure import Status
from volunteer_app.domain.summary import SummaryRow
from volunteer_app.ui.kit.summary_words import row_in_words, words_heading

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


def row_explanation(row: SummaryRow) -> str:
    """Why a row's value is what it is, in plain words."""
    from volunteer_app.ui.kit.community_words import community_row_explanation

    if (special := community_row_explanation(row)) is not None:
        return special
    if row.status is Status.SUPPRESSED:
        if row.unit == "hours":
            return translate(
                "Summary",
                "Hidden: fewer than 5 people gave these hours, so they could be picked out.",
            )
        return translate("Summary", "Hidden: fewer than 5, so someone could be picked out.")
    if row.status is Status.SECONDARY_SUPPRESSED:
        return translate(
            "Summary",
            "Also hidden, so that the other hidden number in this "
            "breakdown cannot be worked out from the total.",
        )
    if row.measure == "events_held":
        return translate("Summary", "Exact: this counts events, not people.")
    if row.value == 0:
        return translate("Summary", "None in this period.")
    return translate("Summary", "Rounded to the nearest 5.")


def column_words() -> dict[str, str]:
    """The file's column names in the app's language, for the headings. Each source is the
    name itself, so in English a heading reads as the file does; a translation is shown
    above the name, which stays as the file holds it."""
    return {
        "schema_version": translate("SummaryColumns", "schema_version"),
        "export_id": translate("SummaryColumns", "export_id"),
        "generated_at": translate("SummaryColumns", "generated_at"),
        "app_version": translate("SummaryColumns", "app_version"),
        "group_id": translate("SummaryColumns", "group_id"),
        "group_name": translate("SummaryColumns", "group_name"),
        "group_la_code": translate("SummaryColumns", "group_la_code"),
        "cvc_ref": translate("SummaryColumns", "cvc_ref"),
        "period_start": translate("SummaryColumns", "period_start"),
        "period_end": translate("SummaryColumns", "period_end"),
        "period_type": translate("SummaryColumns", "period_type"),
        "activity_la_code": translate("SummaryColumns", "activity_la_code"),
        "measure": translate("SummaryColumns", "measure"),
        "unit": translate("SummaryColumns", "unit"),
        "breakdown": translate("SummaryColumns", "breakdown"),
        "category": translate("SummaryColumns", "category"),
        "value": translate("SummaryColumns", "value"),
        "status": translate("SummaryColumns", "status"),
        "sdc_rule": translate("SummaryColumns", "sdc_rule"),
    }


def column_heading(name: str) -> str:
    word = column_words().get(name, name)
    return name if word == name else f"{word}\n{name}"


class SummaryTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._header: list[str] = []
        self._lines: list[list[str]] = []
        self._rows: list[SummaryRow] = []

    def set_preview(self, records: list[list[str]], rows: list[SummaryRow]) -> None:
        self.beginResetModel()
        self._header = list(records[0]) if records else []
        self._lines = [list(r) for r in records[1:]]
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_preview([], [])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        # The file's columns, then one in plain words that is shown only, never written.
        return 0 if parent.isValid() or not self._header else len(self._header) + 1

    @property
    def words_column(self) -> int:
        return len(self._header)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._header):
            return column_heading(self._header[section])
        if orientation == Qt.Orientation.Horizontal and section == self.words_column:
            return words_heading()
        if orientation == Qt.Orientation.Vertical:
            return str(section + 2)  # the file's line number; line 1 is the header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        line, row = self._lines[index.row()], self._rows[index.row()]
        withheld = row.status is not Status.PUBLISHED
        if role == Qt.ItemDataRole.DisplayRole:
            return line[index.column()] if index.column() < len(line) else row_in_words(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() >= len(line):
                return row_in_words(row) + "\n" + row_explanation(row)
            return row_explanation(row)
        if role == Qt.ItemDataRole.FontRole and withheld:
            font = QFont()
            font.setItalic(True)
            font.setBold(index.column() < len(line) and self._header[index.column()] == "status")
            return font
        if role == Qt.ItemDataRole.BackgroundRole and withheld:
            # A tint of the platform's highlight keeps contrast in light, dark and high
            # contrast; the status text says the same thing for anyone who cannot see colour.
            color = QColor(QApplication.palette().color(QPalette.ColorRole.Highlight))
            color.setAlpha(50)
            return color
        return None

    def row_at(self, number: int) -> SummaryRow:
        return self._rows[number]
