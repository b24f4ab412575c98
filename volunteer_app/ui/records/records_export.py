"""File > Export all records: the group's own copy of everything, personal data included,
after a warning that it must not go to the CVC."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from volunteer_app.ui.kit import common
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.ops import Changes

if TYPE_CHECKING:
    from volunteer_app.services.full_export import FullExportResult as ExportResult

translate = QCoreApplication.translate


class _Counts(QObject):
    """Counts in their plural forms: lupdate finds plurals only in a QObject's tr()."""

    def words(self, activities: int, attendances: int, people: int) -> tuple[str, str, str]:
        return (
            self.tr("%Ln activities", "", activities),
            self.tr("%Ln attendances", "", attendances),
            self.tr("%Ln people", "", people),
        )


def export_all_records(parent: QWidget, ctx: UiContext) -> None:
    services = ctx.open_services()
    path = _ask_where(parent)
    if path is None:
        return
    language = ctx.language
    busy = QProgressDialog(translate("RecordsExport", "Saving all records…"), "", 0, 0, parent)
    busy.setCancelButton(None)  # one file write; it cannot stop half-way and still be whole
    busy.setWindowTitle(translate("RecordsExport", "Export all records"))
    busy.setMinimumDuration(300)
    busy.setValue(0)  # starts the clock after which the dialog shows itself
    from volunteer_app.services.full_export import export_everything

    def done(result: ExportResult) -> None:
        busy.close()
        ctx.bus.status_message.emit(translate("RecordsExport", "All records saved."))
        common.inform(
            parent,
            translate("RecordsExport", "Export all records"),
            _saved_text(result),
            icon=QMessageBox.Icon.Information,
        )

    def failed(message: str) -> None:
        busy.close()
        common.inform(parent, translate("RecordsExport", "Export all records"), message)

    ctx.ops.run(
        lambda: export_everything(services.database, path, language),
        changes=Changes.NONE,  # a copy of the data: the data itself is unchanged
        success=done,
        failure=failed,
    )


def _ask_where(parent: QWidget) -> Path | None:
    """The personal-data warning, then where to save; None if the coordinator stops."""
    if not common.confirm(
        parent,
        translate("RecordsExport", "Export all records"),
        translate(
            "RecordsExport",
            "This saves every activity, attendance and person, with names and contact "
            "details: it is personal data. Keep the file safe, share it only within the "
            "group, and never send it to the CVC (send the anonymised summary instead).",
        ),
        translate("RecordsExport", "Choose where to save…"),
    ):
        return None
    path = common.ask_save_path(
        parent,
        translate("RecordsExport", "Export all records"),
        f"volunteering-records-personal-data-{date.today().isoformat()}.xlsx",
        translate("RecordsExport", "Excel workbook (*.xlsx);;CSV files, one per sheet (*.csv)"),
    )
    return None if path is None else common.with_suffix(path, ".xlsx", ".csv")


def _saved_text(result: ExportResult) -> str:
    counts = _Counts().words(result.activities, result.participations, result.people)
    return (
        translate("RecordsExport", "Saved %1, %2 and %3 in:\n%4")
        .replace("%1", counts[0])
        .replace("%2", counts[1])
        .replace("%3", counts[2])
        .replace("%4", "\n".join(str(f) for f in result.files))
    )
