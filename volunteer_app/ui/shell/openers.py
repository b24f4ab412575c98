"""What the menus open: each feature's dialog, imported on first use so that start-up
loads none of them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from volunteer_app.about import __version__
from volunteer_app.ui.shell.context import UiContext, app_title


def show_template(parent: QWidget, ctx: UiContext, name: str) -> None:
    from volunteer_app.ui.importing.template_dialog import TemplateDialog

    TemplateDialog(name, ctx.language, parent).exec()


def show_import(parent: QWidget, ctx: UiContext) -> None:
    from volunteer_app.ui.importing.import_wizard import ImportWizard

    ImportWizard(ctx, parent).exec()


def show_imports(parent: QWidget, ctx: UiContext) -> None:
    from volunteer_app.ui.importing.imports_dialog import ImportsDialog

    ImportsDialog(ctx, parent).exec()


def show_series(parent: QWidget, ctx: UiContext) -> None:
    from volunteer_app.ui.series.series_list_dialog import SeriesListDialog

    SeriesListDialog(ctx, parent).exec()


def show_places(parent: QWidget, ctx: UiContext) -> None:
    from volunteer_app.ui.community.places_dialog import PlacesDialog

    PlacesDialog(ctx, parent).exec()


def show_types(parent: QWidget, ctx: UiContext) -> None:
    from volunteer_app.ui.log.types_dialog import TypesDialog

    dialog = TypesDialog(ctx, parent)
    dialog.exec()
    dialog.deleteLater()


def export_all(parent: QWidget, ctx: UiContext) -> None:
    from volunteer_app.ui.records.records_export import export_all_records

    export_all_records(parent, ctx)


def open_folder(folder: Path) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_shortcuts(parent: QWidget) -> None:
    from volunteer_app.ui.shell.shortcuts import ShortcutsDialog

    ShortcutsDialog(parent).exec()


def show_about(parent: QWidget) -> None:
    from PySide6.QtWidgets import QMessageBox

    from volunteer_app.ui.kit import common

    common.inform(
        parent,
        QCoreApplication.translate("MainWindow", "About"),
        QCoreApplication.translate(
            "MainWindow",
            "%1, version %2.\n\nYour records stay on this laptop. The app never connects to "
            "the internet.",
        )
        .replace("%1", app_title())
        .replace("%2", __version__),
        icon=QMessageBox.Icon.Information,
    )
