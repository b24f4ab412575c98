"""File > Import a spreadsheet: a wizard that reads, maps, checks, then imports all or nothing.

Reading, checking and writing run off the GUI thread; the write reports progress and can
be cancelled, which rolls the whole import back.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget, QWizard

from volunteer_app.domain.errors import AppError
from volunteer_app.ui.importing.import_pages import CheckPage, ColumnsPage, FilePage
from volunteer_app.ui.importing.import_summary import hours_text, import_error_text
from volunteer_app.ui.importing.import_texts import located_problem_text
from volunteer_app.ui.kit import common
from volunteer_app.ui.kit.progress import progress_dialog
from volunteer_app.ui.shell.ops import Changes

if TYPE_CHECKING:
    from volunteer_app.services.importing.importer import ImportCheck, ImportResult, ImportSource
    from volunteer_app.ui.shell.context import UiContext


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread (a queued signal)."""

    moved = Signal(int, int)


class ImportWizard(QWizard):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.ctx = ctx
        self.source: ImportSource | None = None
        self.mapping: list[str | None] | None = None
        self.checked: ImportCheck | None = None
        self.result: ImportResult | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._cancel = threading.Event()
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.file_page, self.columns_page, self.check_page = FilePage(), ColumnsPage(), CheckPage()
        for page in (self.file_page, self.columns_page, self.check_page):
            self.addPage(page)
        self.resize(860, 600)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        # Our own button texts: Qt ships no Welsh for the wizard's buttons.
        buttons = {
            QWizard.WizardButton.BackButton: self.tr("< &Back"),
            QWizard.WizardButton.NextButton: self.tr("&Next >"),
            QWizard.WizardButton.FinishButton: self.tr("&Import"),
            QWizard.WizardButton.CancelButton: self.tr("Cancel"),
        }
        for which, text in buttons.items():
            self.setButtonText(which, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def held_outputs(self) -> list[str]:
        """The group's outputs: a column of any heading can be read as one of them."""
        if self.ctx.services is None:
            return []
        from volunteer_app.services.funding.projects import FundingService

        return [o.name for o in FundingService(self.ctx.services.database).outputs()]

    # Step 1: the file
    def choose_file(self) -> None:
        path = common.ask_open_path(
            self,
            self.tr("Import a spreadsheet"),
            self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path, sheet: str | None = None) -> None:
        importer = self.ctx.open_services().importer
        self.source = self.checked = None
        self.mapping = None
        self.file_page.path_edit.setText(str(path))
        self.file_page.info.setText(self.tr("Reading the file…"))
        self.file_page.busy.show()
        self.file_page.completeChanged.emit()
        self.ctx.runner.run(lambda: importer.open_file(path, sheet), self._opened, self._not_opened)

    def _opened(self, source: ImportSource) -> None:
        self.file_page.busy.hide()
        self.source = source
        self.file_page.show_sheets(source.table.sheets, source.table.sheet)
        self.file_page.show_opened()
        self.file_page.completeChanged.emit()

    def _not_opened(self, exc: BaseException) -> None:
        self.file_page.busy.hide()
        self.file_page.show_sheets([], "")
        self.file_page.info.setText(self._explain(exc))

    # Step 3: every row checked
    def run_check(self) -> None:
        assert self.source is not None
        importer, source = self.ctx.open_services().importer, self.source
        mapping = list(self.mapping or source.guessed_mapping())
        options = self.columns_page.every_row.options()
        self.checked = None
        self.check_page.busy.show()
        self.check_page.completeChanged.emit()
        self.ctx.runner.run(
            lambda: importer.check(source, mapping, options), self._checked, self._failed
        )

    def recheck(self) -> None:
        """Read the file again (the user corrected it) and check it with the same columns."""
        assert self.source is not None
        importer, old = self.ctx.open_services().importer, self.source
        mapping = list(self.mapping or old.guessed_mapping())
        options = self.columns_page.every_row.options()

        def work() -> ImportCheck:
            source = importer.open_file(old.path, old.table.sheet or None)
            if len(source.header) != len(old.header):  # the columns moved: guess again
                return importer.check(source, source.guessed_mapping(), options)
            return importer.check(source, mapping, options)

        self.check_page.summary.setText(self.tr("Checking every row…"))
        self.check_page.busy.show()
        self.ctx.runner.run(work, self._rechecked, self._failed)

    def _rechecked(self, checked: ImportCheck) -> None:
        self.source, self.mapping = checked.source, checked.mapping
        self._checked(checked)

    def _checked(self, checked: ImportCheck) -> None:
        self.check_page.busy.hide()
        self.checked = checked
        self.check_page.show_check()
        self.check_page.completeChanged.emit()

    # Step 4: the write, all or nothing
    def start_import(self) -> None:
        assert self.checked is not None
        importer, checked = self.ctx.open_services().importer, self.checked
        dialog = progress_dialog(
            self,
            self.tr("Importing"),
            self.tr("Saving the rows…"),
            self.tr("Cancel"),
            shown_after_ms=0,
        )
        dialog.canceled.connect(self._cancel.set)
        self.progress_dialog = dialog
        relay = _Progress(dialog)
        relay.moved.connect(self._moved)
        self._cancel.clear()

        def carry_on(done: int, total: int) -> bool:
            relay.moved.emit(done, total)
            return not self._cancel.is_set()

        from volunteer_app.services.importing.importer import ImportCancelled
        from volunteer_app.ui.importing.import_undo import ImportFile

        def write() -> ImportResult | None:
            try:
                return importer.write(checked, carry_on)
            except ImportCancelled:
                return None  # rolled back: nothing from the file was saved

        dialog.show()
        step = self.tr("import of %1").replace("%1", checked.source.path.name)
        self.ctx.ops.run(
            write,
            changes=Changes.ALL,  # activities, people, types and places may all be new
            undo=lambda result: (
                None
                if result is None or result.import_id is None
                else ImportFile(importer, result.import_id, step)
            ),
            success=self._imported,
            failure=self._write_failed,
            explain=self._explain,
        )

    def _moved(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setRange(0, total)
            self.progress_dialog.setValue(done)

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _imported(self, result: ImportResult | None) -> None:
        self._close_progress()
        if result is None:
            common.inform(
                self,
                self.tr("Import cancelled"),
                self.tr("The import was cancelled. Nothing from the file was saved."),
                icon=QMessageBox.Icon.Information,
            )
            return
        self.result = result
        locale = QLocale()
        text = (
            self.tr("Imported %1 activities with %2 named attendances (%3 new people).")
            .replace("%1", locale.toString(result.activities))
            .replace("%2", locale.toString(result.participations))
            .replace("%3", locale.toString(result.new_people))
        )
        text += " " + self.tr("Volunteer hours: %1; unnamed volunteers: %2.").replace(
            "%1", hours_text(result.totals.volunteer_minutes)
        ).replace("%2", locale.toString(result.totals.volunteers_count))
        if result.skipped_rows:
            text += " " + self.tr("Rows already in your data, skipped: %1.").replace(
                "%1", locale.toString(result.skipped_rows)
            )
        self.ctx.bus.status_message.emit(text)
        common.inform(self, self.tr("Import finished"), text, icon=QMessageBox.Icon.Information)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        self.check_page.busy.hide()
        common.inform(self, self.tr("Import"), self._explain(exc))

    def _write_failed(self, text: str) -> None:
        self._close_progress()
        common.inform(self, self.tr("Import"), text)

    def _explain(self, exc: BaseException) -> str:
        problems: list[Any] = getattr(exc, "problems", [])
        if problems:
            return "\n".join(located_problem_text(p) for p in problems[:5])
        if isinstance(exc, AppError):
            return import_error_text(exc)
        if isinstance(exc, OSError):
            return self.tr("The file could not be read: %1").replace("%1", exc.strerror or "")
        raise exc
