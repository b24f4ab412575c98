"""File > Share with a co-coordinator…: every record this laptop holds, in one encrypted
file for the group's other laptops, opened with the group's passphrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from volunteer_app.domain.errors import AppError
from volunteer_app.ui.kit.dialog_base import Dialog
from volunteer_app.ui.kit.messages import error_text
from volunteer_app.ui.merging.file_row import SUFFIX, FileRow, passphrase_edit

if TYPE_CHECKING:
    from volunteer_app.ui.shell.context import UiContext


class ShareDialog(Dialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareDialog")
        assert ctx.services is not None
        self.ctx, self.merging = ctx, ctx.services.merging
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        form = QFormLayout()
        self.file_row = FileRow(self, save=True)
        self.passphrase = passphrase_edit(self)
        self.again = passphrase_edit(self)
        self.file_label, self.pass_label, self.again_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        for label, field in (
            (self.file_label, self.file_row),
            (self.pass_label, self.passphrase),
            (self.again_label, self.again),
        ):
            label.setBuddy(field.path_edit if isinstance(field, FileRow) else field)
            form.addRow(label, field)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        self.share_button, self.close_button = self.add_ok_cancel(layout, self.share)
        self.resize(620, 300)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Share with a co-coordinator"))
        self.intro.setText(
            self.tr(
                "Writes one file holding this laptop's records, locked with the passphrase "
                "your group chose. Give the file to your co-coordinator (a USB stick or "
                "email); their laptop brings it in with File > Bring in a co-coordinator's "
                "file. Tell them the passphrase another way, never with the file."
            )
        )
        self.file_label.setText(self.tr("&File:"))
        self.pass_label.setText(self.tr("&Passphrase:"))
        self.again_label.setText(self.tr("&Again:"))
        self.share_button.setText(self.tr("&Share"))
        self.close_button.setText(self.tr("Close"))
        self.file_row.retranslate()

    def share(self) -> None:
        target = self.file_row.path()
        if target is None:
            self.status.setText(self.tr("Choose where to save the file."))
            return
        if target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        if self.passphrase.text() != self.again.text():
            self.status.setText(self.tr("The two passphrases differ; nothing was written."))
            return
        words = self.passphrase.text()
        self.share_button.setEnabled(False)
        self.status.setText(self.tr("Writing the file…"))
        self.ctx.runner.run(
            lambda: (self.merging.share(target, words), target), self._shared, self._failed
        )

    def _shared(self, result: object) -> None:
        rows, target = result  # type: ignore[misc]
        self.share_button.setEnabled(True)
        text = self.tr("Shared %n records in %1.", "", rows).replace("%1", str(target))
        self.status.setText(text)
        self.ctx.bus.status_message.emit(text)

    def _failed(self, error: BaseException) -> None:
        self.share_button.setEnabled(True)
        if not isinstance(error, (AppError, OSError)):
            raise error
        self.status.setText(error_text(error) if isinstance(error, AppError) else str(error))
