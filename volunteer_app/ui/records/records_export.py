"""File > Export all records: the group's own copy of everything, personal data included,
after a warning that it must not go to the CVC."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from volunteer_app.domain.errors import AppError
from volunteer_app.ui.kit import common
from volunteer_app.ui.kit.messages import error_text
from volunteer_app.ui.shell.context import UiContext

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
    services = ctx.services
    if services is None:
        return
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
        return
    path = common.ask_save_path(
        parent,
        translate("RecordsExport", "Export all records"),
        f"volunteering-records-personal-data-{date.today().isoformat()}.xlsx",
        translate("RecordsExport", "Excel workbook (*.xlsx);;CSV files, one per sheet (*.csv)"),
    )
    if path is None:
        return
    path = common.with_suffix(path, ".xlsx", ".csv")
    language = ctx.language
    busy = QProgressDialog(translate("RecordsExport", "Saving all records…"), "", 0, 0, parent)
    busy.setCancelButton(None)  # one file write; it cannot stop half-way and still be whole
    busy.setWindowTitle(translate("RecordsExport", "Export all records"))
    busy.setMinimumDuration(300)
    busy.setValue(0)  # starts the clock after which the dialog shows itself
    from volunteer_app.services.full_export import export_everything

    def done(result: object) -> None:
        busy.close()
        files = getattr(result, "files", ())
        counts = _Counts().words(
            int(getattr(result, "activities", 0)),
            int(getattr(result, "participations", 0)),
            int(getattr(result, "people", 0)),
        )
        text = (
            translate("RecordsExport", "Saved %1, %2 and %3 in:\n%4")
            .replace("%1", counts[0])
            .replace("%2", counts[1])
            .replace("%3", counts[2])
            .replace("%4", "\n".join(str(f) for f in files))
        )
        ctx.bus.status_message.emit(translate("RecordsExport", "All records saved."))
        common.inform(
            parent,
            translate("RecordsExport", "Export all records"),
            text,
            icon=QMessageBox.Icon.Information,
        )

    def failed(exc: BaseException) -> None:
        busy.close()
        if isinstance(exc, AppError):
            message = error_text(exc)
        elif isinstance(exc, OSError):
            message = translate(
                "RecordsExport",
                "The file could not be saved: %1. Nothing was written; choose another folder.",
            ).replace("%1", exc.strerror or type(exc).__name__)
        else:
            raise exc
        common.inform(parent, translate("RecordsExport", "Export all records"), message)

    target: Path = path
    ctx.runner.run(lambda: export_everything(services.database, target, language), done, failed)
