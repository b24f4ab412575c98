"""File > Imports…: every file imported, with what it added, and removing one whole (its
activities, attendances and the people it alone created), its totals shown first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from volunteer_app.domain.errors import AppError
from volunteer_app.ui.importing.import_summary import hours_text, import_error_text, totals_lines
from volunteer_app.ui.importing.import_undo import RemoveImport
from volunteer_app.ui.kit import common
from volunteer_app.ui.kit.dates import short_date_time
from volunteer_app.ui.kit.list_dialog import ListDialog
from volunteer_app.ui.shell.ops import Changes

if TYPE_CHECKING:
    from volunteer_app.services.importing.importer import ImportEntry
    from volunteer_app.ui.shell.context import UiContext


class ImportsDialog(ListDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__("importsDialog", 6, stretch=1, size=(760, 420), parent=parent)
        self.ctx, self.importer = ctx, ctx.open_services().importer
        self.entries: list[ImportEntry] = []
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeImport")
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._selected)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Imports"))
        self.intro.setText(
            self.tr(
                "Every file imported, newest first, with what it added. Removing one takes "
                "away its activities, its attendances and the people only it brought in."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("File"),
                self.tr("Activities"),
                self.tr("Attendances"),
                self.tr("Volunteer hours"),
                self.tr("Unnamed volunteers"),
            ]
        )
        self.table.setAccessibleName(self.tr("Imports"))
        self.remove_button.setText(self.tr("&Remove this import…"))
        self.close_button.setText(self.tr("Close"))
        self._fill()

    def reload(self) -> None:
        self.entries = [e for e in self.importer.imports() if not e.removed]
        self._fill()
        if self.entries:
            self.table.selectRow(0)

    def _fill(self) -> None:
        locale = QLocale()
        self.table.setRowCount(len(self.entries))
        for number, entry in enumerate(self.entries):
            totals = entry.totals
            cells = (
                short_date_time(entry.imported_at.astimezone(), locale),
                entry.file_name,
                locale.toString(totals.activities),
                locale.toString(totals.attendances),
                hours_text(totals.volunteer_minutes),
                locale.toString(totals.volunteers_count),
            )
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self._selected()

    def _selected(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        entry = self.entries[rows[0].row()]
        try:
            held = self.importer.held_totals(entry.id)
            text = self.tr("Remove the import of “%1”? This takes away:").replace(
                "%1", entry.file_name
            )
            text += "\n" + "\n".join(totals_lines(held))
        except AppError as exc:
            self.status.setText(import_error_text(exc))
            return
        if not common.confirm(
            self, self.tr("Remove an import"), text, self.tr("&Remove"), destructive=True
        ):
            return
        step = self.tr("remove the import of %1").replace("%1", entry.file_name)
        self.ctx.ops.run(
            lambda: self.importer.remove_import(entry.id),
            changes=Changes.ALL,  # an import brings activities, people, types and places
            undo=lambda _none: RemoveImport(self.importer, entry.id, step),
            success=lambda _none: self._removed(entry),
            failure=self.status.setText,
            explain=import_error_text,
        )

    def _removed(self, entry: ImportEntry) -> None:
        self.status.setText(
            self.tr("Removed the import of “%1” (Ctrl+Z brings it back).").replace(
                "%1", entry.file_name
            )
        )
        self.reload()
