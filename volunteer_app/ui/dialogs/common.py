"""Small modal questions, each one function so tests can replace it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from volunteer_app.domain.errors import AppError
from volunteer_app.services.files import atomic_write_bytes
from volunteer_app.ui.dialogs.base import give_back_keyboard
from volunteer_app.ui.messages import error_text

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


def ask_save_path(
    parent: QWidget | None, title: str, suggested_name: str, file_filter: str
) -> Path | None:
    """The platform's own save dialog, starting in Documents with the suggested name."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = str(Path(folder) / suggested_name) if folder else suggested_name
    chosen, _ = QFileDialog.getSaveFileName(parent, title, start, file_filter)
    return Path(chosen) if chosen else None


def ask_open_path(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getOpenFileName(parent, title, folder, file_filter)
    return Path(chosen) if chosen else None
