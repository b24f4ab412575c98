"""Correcting a saved activity, with the same fields as the Log page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from volunteer_app.domain.activity import ActivityDraft, ActivityRecord
from volunteer_app.domain.errors import AppError, ValidationError
from volunteer_app.ui.activity_form import ActivityForm
from volunteer_app.ui.messages import error_text

if TYPE_CHECKING:
    from volunteer_app.services.activities import ActivityService


class EditActivityDialog(QDialog):
    def __init__(
        self,
        service: ActivityService,
        record: ActivityRecord,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editActivityDialog")
        self.setWindowTitle(self.tr("Edit activity"))
        self._service, self.record = service, record
        self.saved: ActivityDraft | None = None
        layout = QVBoxLayout(self)
        self.form = ActivityForm(language, self)
        self.form.new_type_button.hide()
        self.form.set_types(service.types(), keep=record.activity_type_id)
        self.form.people.set_known(service.known_names())
        self.form.fill(record)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save changes"), self)
        self.save_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(960, 560)

    def save(self) -> None:
        draft = self.form.draft()
        try:
            self._service.update(self.record.id, draft)
        except ValidationError as exc:
            self.form.show_error(exc.field, error_text(exc))
            return
        except AppError as exc:
            self.form.show_error("", error_text(exc))
            return
        self.saved = draft
        self.accept()

    @classmethod
    def ask(
        cls, service: ActivityService, record: ActivityRecord, language: str, parent: QWidget | None
    ) -> ActivityDraft | None:
        """Show the dialog; the saved version, or None if nothing was changed."""
        dialog = cls(service, record, language, parent)
        dialog.exec()
        return dialog.saved
