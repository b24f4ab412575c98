"""The import preview: the file's rows as they will be read, each with its problems."""

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

from volunteer_app.domain.importing.problems import RowProblem
from volunteer_app.ui.importing.import_texts import field_label, problem_templates, problem_text

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._columns: list[tuple[int, str]] = []  # (column in the file, field)
        self._all: list[tuple[int, list[str]]] = []
        self._shown: list[tuple[int, list[str]]] = []
        self._problems: dict[int, list[str]] = {}
        self._only_problems = False

    def set_rows(
        self,
        rows: list[tuple[int, list[str]]],
        mapping: list[str | None],
        problems: list[RowProblem],
    ) -> None:
        self.beginResetModel()
        self._columns = [(i, f) for i, f in enumerate(mapping) if f]
        used = [i for i, _f in self._columns]
        self._all = [(line, cells) for line, cells in rows if any(_cell(cells, i) for i in used)]
        templates = problem_templates()
        self._problems = {}
        for problem in problems:
            if problem.line:
                text = problem_text(problem, templates)
                if problem.column:
                    text = f"{field_label(problem.column)}: {text}"
                self._problems.setdefault(problem.line, []).append(text)
        self._filter()
        self.endResetModel()

    def show_only_problems(self, only: bool) -> None:
        self.beginResetModel()
        self._only_problems = only
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        if self._only_problems:
            self._shown = [r for r in self._all if r[0] in self._problems]
        else:
            self._shown = self._all

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return translate("Import", "Row")
        if section == len(self._columns) + 1:
            return translate("Import", "Problems")
        return field_label(self._columns[section - 1][1])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, cells = self._shown[index.row()]
        problems = self._problems.get(line)
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return str(line)
            if column == len(self._columns) + 1:
                return "; ".join(problems) if problems else ""
            return _cell(cells, self._columns[column - 1][0])
        if problems and role == Qt.ItemDataRole.BackgroundRole:
            # A tint of the platform's highlight keeps contrast in light and dark themes;
            # the Problems column says the same for anyone who cannot see colour.
            color = QColor(QApplication.palette().color(QPalette.ColorRole.Highlight))
            color.setAlpha(50)
            return color
        if problems and role == Qt.ItemDataRole.FontRole and column == len(self._columns) + 1:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _cell(cells: list[str], index: int) -> str:
    return cells[index].strip() if index < len(cells) else ""
