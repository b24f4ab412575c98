"""Small modal questions, each one function so tests can replace it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from volunteer_app.domain.errors import AppError
from volunteer_app.services.files import atomic_write_bytes
from volunteer_app.ui.kit.dialog_base import give_back_keyboard
from volunteer_app.ui.kit.messages import error_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog

translate = QCoreApplication.translate


def confirm(
    parent: QWidget | None, title: str, text: str, action: str, destructive: bool = False
) -> bool:
    """Ask before acting. For what cannot be taken back, Cancel is the default button, so a
    stray Enter does no harm."""
    icon = QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel if destructive else yes)
    box.exec()
    give_back_keyboard(box)
    return box.clickedButton() is yes


def inform(
    parent: QWidget | None,
    title: str,
    text: str,
    detail: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> None:
    """A message with our own translated OK: Qt ships no Welsh for its standard buttons."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if detail:
        box.setInformativeText(detail)
    box.addButton(translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    give_back_keyboard(box)


def offer_open(parent: QWidget | None, title: str, text: str, path: Path) -> None:
    """Say a file was saved, with a button to open it in the laptop's own viewer."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    open_button = box.addButton(translate("Dialogs", "Open"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Dialogs", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.exec()
    give_back_keyboard(box)
    if box.clickedButton() is open_button:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def with_suffix(path: Path, *suffixes: str) -> Path:
    """The name chosen, given the first suffix when it ends in none of them."""
    return path if path.suffix.lower() in suffixes else path.with_suffix(suffixes[0])


def write_file(path: Path, data: bytes) -> str:
    """Save the file whole or not at all; "" when saved, else why not, to show."""
    try:
        atomic_write_bytes(path, data)
    except AppError as exc:  # the data file itself, or one of its backups
        return error_text(exc)
    except OSError as exc:
        return translate(
            "Dialogs", "The file could not be saved: %1. Choose another folder."
        ).replace("%1", exc.strerror or type(exc).__name__)
    return ""


def file_dialog(
    parent: QWidget | None, title: str, start: str, file_filter: str, save: bool
) -> QFileDialog:
    """The file dialog every save and open goes through. In Welsh it is Qt's own: the
    platform's dialog cannot be translated, Qt's reads its words from qtbase_cy."""
    # Imported here: PySide makes a Qt class (and its enums) on first use, and these cost
    # ~8 ms that the first window and the home page do not need.
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QFileDialog, QHeaderView, QListView, QTreeView

    dialog = QFileDialog(parent, title, start, file_filter)
    welsh = QLocale().language() == QLocale.Language.Welsh
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, welsh)
    sidebar = dialog.findChild(QListView, "sidebar")
    if sidebar is not None:  # Qt's own: room for "Cyfrifiadur" and for whole dates
        sidebar.setMinimumWidth(sidebar.sizeHintForColumn(0) + 24)
        dialog.resize(max(dialog.width(), 820), max(dialog.height(), 460))
        details = dialog.findChild(QTreeView, "treeView")
        if details is not None:
            details.header().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def _chosen(dialog: QFileDialog) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    accepted = dialog.exec() == QFileDialog.DialogCode.Accepted and dialog.selectedFiles()
    chosen = dialog.selectedFiles()[0] if accepted else ""
    dialog.deleteLater()
    return Path(chosen) if chosen else None


def ask_save_path(
    parent: QWidget | None, title: str, suggested_name: str, file_filter: str
) -> Path | None:
    """A save dialog, starting in Documents with the suggested name."""
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = str(Path(folder) / suggested_name) if folder else suggested_name
    return _chosen(file_dialog(parent, title, start, file_filter, save=True))


def ask_open_path(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return _chosen(file_dialog(parent, title, folder, file_filter, save=False))
