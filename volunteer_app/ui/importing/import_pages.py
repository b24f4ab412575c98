"""The import wizard's pages: choose the file, say what its columns are, check every row."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from volunteer_app.domain.importing.planner import date_questions, no_person_problem
from volunteer_app.domain.importing.problems import RowProblem
from volunteer_app.domain.importing.rows import FIELDS, REQUIRED_COLUMNS
from volunteer_app.ui.importing.import_options import ImportOptionsBox
from volunteer_app.ui.importing.import_preview_model import ImportPreviewModel
from volunteer_app.ui.importing.import_summary import check_summary
from volunteer_app.ui.importing.import_texts import (
    field_label,
    output_fields,
    problem_templates,
    problem_text,
)

if TYPE_CHECKING:
    from volunteer_app.ui.importing.session import ImportSession

EXAMPLES = 3


def busy_bar(parent: QWidget) -> QProgressBar:
    """A moving bar shown while a large file is read or checked on the worker thread."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.hide()
    return bar


def _dropped_file(mime: QMimeData) -> Path | None:
    urls = [u for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
    return Path(urls[0].toLocalFile()) if len(urls) == 1 else None


class WizardPage(QWizardPage):
    def wiz(self) -> ImportSession:
        return self.wizard()  # type: ignore[return-value]

    def retranslate(self) -> None:
        """Set every visible text; called once built and on each language change."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FilePage(WizardPage):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton(self)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        sheet_row = QHBoxLayout()
        self.sheet_label = QLabel(self)
        self.sheet_combo = QComboBox(self)
        self.sheet_label.setBuddy(self.sheet_combo)
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet_combo, 1)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setObjectName("importFileInfo")
        self.busy = busy_bar(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addLayout(sheet_row)
        layout.addWidget(self.info)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        self.setAcceptDrops(True)  # a file dragged from the desktop or Explorer/Finder
        self.choose_button.clicked.connect(lambda: self.wiz().choose_file())
        self.sheet_combo.activated.connect(
            lambda _i: self.wiz().open_file(
                Path(self.path_edit.text()), self.sheet_combo.currentText()
            )
        )
        self.show_sheets([], "")
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose a spreadsheet"))
        self.intro.setText(
            self.tr(
                "Import activities from your own spreadsheet: a CSV file or an Excel workbook "
                "(.xlsx). A row can be one person at one activity, an activity's headcount and "
                "total hours, or one entry of a single person's own log. Every row needs a "
                "date and what the activity was (or one given for every row on the next "
                "page); the rest is optional. Nothing is saved until you have seen every row "
                "and what the file will add. You can also drag the file here."
            )
        )
        self.choose_button.setText(self.tr("&Choose file…"))
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.sheet_label.setText(self.tr("&Sheet:"))
        self.show_opened()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.wiz().open_file(path)

    def show_sheets(self, sheets: list[str], current: str) -> None:
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        self.sheet_combo.setCurrentText(current)
        for widget in (self.sheet_label, self.sheet_combo):
            widget.setVisible(len(sheets) > 1)

    def show_opened(self) -> None:
        wiz = self.wizard()
        source = wiz.source if wiz is not None else None  # type: ignore[attr-defined]
        if source is None:
            return
        table = source.table
        if table.form == "xlsx":
            what = self.tr("An Excel workbook, sheet “%1”.").replace("%1", table.sheet)
        else:
            separator = {",": self.tr("commas"), ";": self.tr("semicolons")}.get(
                table.delimiter, self.tr("tabs")
            )
            what = (
                self.tr("A CSV file in %1, separated by %2.")
                .replace("%1", table.encoding)
                .replace("%2", separator)
            )
        where = self.tr("The column headings are on row %1.").replace("%1", str(source.header_row))
        if source.rows_above_header:
            where += " " + self.tr("Title rows above them, skipped: %1.").replace(
                "%1", str(source.rows_above_header)
            )
        self.info.setText(f"{what} {where}")

    def isComplete(self) -> bool:
        return self.wiz().source is not None


class ColumnsPage(WizardPage):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("importColumnsStatus")
        self.every_row = ImportOptionsBox(self)
        self.every_row.changed.connect(self._changed)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.every_row)
        layout.addWidget(self.status)
        self.combos: list[QComboBox] = []
        self._asked: tuple[object, str] = (None, "")  # the date column's question, once
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What each column holds"))
        self.intro.setText(
            self.tr(
                "The app has guessed what each column of your file holds. Change any guess "
                "that is wrong, and choose “(not imported)” for columns to leave out."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in your file"), self.tr("Examples"), self.tr("Read as")]
        )
        self.table.setAccessibleName(self.tr("Columns of the file"))
        for combo in self.combos:
            for i in range(combo.count()):
                combo.setItemText(i, field_label(combo.itemData(i)))
        self._asked = (None, "")  # asked again in the new language
        self._show_status()

    def initializePage(self) -> None:
        source = self.wiz().source
        assert source is not None
        self._asked = (None, "")  # another file, perhaps
        mapping = self.wiz().mapping or source.guessed_mapping()
        header = source.header
        sample = source.body[:200]
        held = self.wiz().held_outputs()

        def used(column: int) -> bool:
            return (column < len(header) and bool(header[column].strip())) or any(
                column < len(cells) and cells[column].strip() for _line, cells in sample
            )

        # Workbooks often carry empty formatted columns at the right: leave those out.
        width = max([len(header)] + [len(cells) for _l, cells in sample])
        while width and not used(width - 1):
            width -= 1
        self.table.setRowCount(width)
        self.combos = []
        for column in range(width):
            title = header[column].strip() if column < len(header) else ""
            examples = [
                cells[column].strip()
                for _line, cells in sample
                if column < len(cells) and cells[column].strip()
            ][:EXAMPLES]
            self.table.setItem(column, 0, QTableWidgetItem(title or f"({column + 1})"))
            self.table.setItem(column, 1, QTableWidgetItem(" · ".join(examples)))
            combo = QComboBox(self.table)
            guessed = mapping[column] if column < len(mapping) else None
            offered = (None, *FIELDS, *output_fields(guessed, title, held))
            for field in offered:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(
                combo.findData(mapping[column] if column < len(mapping) else None)
            )
            combo.setAccessibleName(self.tr("Read “%1” as").replace("%1", title))
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(column, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self._changed()

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def _changed(self, _index: int = 0) -> None:
        self.wiz().mapping = self.mapping()
        self._show_status()
        self.completeChanged.emit()

    def _problem(self) -> str:
        chosen = [f for f in self.mapping() if f]
        given = [*chosen, *self.every_row.fixed()]
        if "activity" not in given:
            return problem_templates()["header.no_activity"] + "."
        twice_given = [f for f in self.every_row.fixed() if f in chosen]
        if twice_given:
            return problem_text(RowProblem.of(0, "", "header.set_and_mapped", field=twice_given[0]))
        missing = [f for f in REQUIRED_COLUMNS if f not in given]
        if missing:
            return self.tr("Choose a column for: %1.").replace(
                "%1", ", ".join(field_label(f) for f in missing)
            )
        twice = sorted({f for f in chosen if chosen.count(f) > 1})
        if twice:
            return self.tr("Only one column can be read as: %1.").replace(
                "%1", ", ".join(field_label(f) for f in twice)
            )
        no_person = no_person_problem(chosen, given)
        if no_person is not None:
            return problem_text(no_person) + "."
        return self._date_question()

    def _date_question(self) -> str:
        """Dates that could be read two ways, or have no year: asked here, not guessed."""
        source, mapping = self.wiz().source, self.mapping()
        options = self.every_row.options()
        key = (mapping.index("date") if "date" in mapping else -1, options.date_order, options.year)
        if source is None or key[0] < 0:
            return ""
        if self._asked[0] != key:
            questions = date_questions(mapping, source.body, options)
            self._asked = (key, problem_text(questions[0]) if questions else "")
        return self._asked[1]

    def _show_status(self) -> None:
        if self.wizard() is not None and self.combos:
            self.status.setText(self._problem())

    def isComplete(self) -> bool:
        return bool(self.combos) and not self._problem()


class CheckPage(WizardPage):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("importSummary")
        row = QHBoxLayout()
        self.only_problems = QCheckBox(self)
        self.recheck_button = QPushButton(self)
        row.addWidget(self.only_problems)
        row.addStretch(1)
        row.addWidget(self.recheck_button)
        self.busy = busy_bar(self)
        self.model = ImportPreviewModel()
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.only_problems.toggled.connect(self.model.show_only_problems)
        self.recheck_button.clicked.connect(lambda: self.wiz().recheck())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check every row"))
        self.only_problems.setText(self.tr("Show only rows with &problems"))
        self.recheck_button.setText(self.tr("Read the file &again"))
        self.recheck_button.setToolTip(
            self.tr("After correcting the file in your spreadsheet, save it and check again.")
        )
        self.view.setAccessibleName(self.tr("Rows to import"))
        self.show_check()

    def initializePage(self) -> None:
        self.summary.setText(self.tr("Checking every row…"))
        self.wiz().run_check()

    def show_check(self) -> None:
        wiz = self.wizard()
        checked = wiz.checked if wiz is not None else None  # type: ignore[attr-defined]
        if checked is None:
            return
        self.model.set_rows(checked.source.body, checked.mapping, checked.problems)
        self.view.resizeColumnsToContents()
        self.summary.setText(check_summary(checked))
        self.only_problems.setEnabled(not checked.ok)

    def isComplete(self) -> bool:
        checked = self.wiz().checked
        return bool(checked and checked.ok and checked.tables and checked.tables.has_changes)

    def validatePage(self) -> bool:
        if self.wiz().result is not None:
            return True  # imported: the wizard is closing
        self.wiz().start_import()
        return False  # the wizard closes itself once the import is in
