"""A person's details: only the name is needed; everything else is optional."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.domain.codes import AgeBand, WelshSpeaker
from volunteer_app.domain.errors import AppError
from volunteer_app.domain.values import PersonDetails
from volunteer_app.ui.labels import age_band_label, welsh_label
from volunteer_app.ui.messages import error_text

if TYPE_CHECKING:
    from volunteer_app.services.people import PeopleService


class PersonDialog(QDialog):
    def __init__(
        self, service: PeopleService, details: PersonDetails, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self.setWindowTitle(self.tr("Person"))
        self._service, self.details = service, details
        self.saved: PersonDetails | None = None
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Only a name is needed. Record only what the person agreed to."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.name_edit = QLineEdit(details.name, self)
        self.contact_edit = QLineEdit(details.contact, self)
        self.age_combo = QComboBox(self)
        for band in AgeBand:
            self.age_combo.addItem(age_band_label(band.value), band.value)
        self.age_combo.setCurrentIndex(max(self.age_combo.findData(details.age_band), 0))
        self.welsh_combo = QComboBox(self)
        for answer in WelshSpeaker:
            self.welsh_combo.addItem(welsh_label(answer.value), answer.value)
        self.welsh_combo.setCurrentIndex(max(self.welsh_combo.findData(details.welsh_speaker), 0))
        self.consent_contact = QCheckBox(self.tr("Happy to be contacted"), self)
        self.consent_contact.setChecked(details.consent_contact)
        self.consent_photos = QCheckBox(self.tr("Happy to appear in photos"), self)
        self.consent_photos.setChecked(details.consent_photos)
        self.notes_edit = QPlainTextEdit(details.notes, self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(90)
        for text, field in (
            (self.tr("&Name:"), self.name_edit),
            (self.tr("&Contact (phone or email):"), self.contact_edit),
            (self.tr("&Age band:"), self.age_combo),
            (self.tr("&Welsh speaker:"), self.welsh_combo),
            (self.tr("N&otes:"), self.notes_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.consent_contact)
        form.addRow("", self.consent_photos)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        changed = replace(
            self.details,
            name=self.name_edit.text(),
            contact=self.contact_edit.text(),
            age_band=str(self.age_combo.currentData()),
            welsh_speaker=str(self.welsh_combo.currentData()),
            consent_contact=self.consent_contact.isChecked(),
            consent_photos=self.consent_photos.isChecked(),
            notes=self.notes_edit.toPlainText(),
        )
        try:
            self.saved = self._service.update(changed)
        except AppError as exc:
            self.error_label.setText("⚠ " + error_text(exc))
            self.error_label.show()
            self.name_edit.setFocus()
            return
        self.accept()

    @classmethod
    def ask(
        cls, service: PeopleService, details: PersonDetails, parent: QWidget | None
    ) -> PersonDetails | None:
        dialog = cls(service, details, parent)
        dialog.exec()
        return dialog.saved
