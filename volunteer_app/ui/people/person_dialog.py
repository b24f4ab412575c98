"""A person's details: only the name is needed; everything else is optional."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.domain.codes import AgeBand, WelshSpeaker
from volunteer_app.domain.values import PersonDetails
from volunteer_app.ui.kit.dialog_base import Dialog
from volunteer_app.ui.kit.labels import age_band_label, welsh_label
from volunteer_app.ui.shell.ops import Changes

if TYPE_CHECKING:
    from volunteer_app.ui.shell.context import UiContext


class PersonDialog(Dialog):
    def __init__(
        self, ctx: UiContext, details: PersonDetails, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self._ops, self._service, self.details = ctx.ops, ctx.open_services().people, details
        self.saved: PersonDetails | None = None
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        form = QFormLayout()
        self.name_edit = QLineEdit(details.name, self)
        self.contact_edit = QLineEdit(details.contact, self)
        self.age_combo = QComboBox(self)
        for band in AgeBand:
            self.age_combo.addItem("", band.value)
        self.age_combo.setCurrentIndex(max(self.age_combo.findData(details.age_band), 0))
        self.welsh_combo = QComboBox(self)
        for answer in WelshSpeaker:
            self.welsh_combo.addItem("", answer.value)
        self.welsh_combo.setCurrentIndex(max(self.welsh_combo.findData(details.welsh_speaker), 0))
        self.consent_contact = QCheckBox(self)
        self.consent_contact.setChecked(details.consent_contact)
        self.consent_photos = QCheckBox(self)
        self.consent_photos.setChecked(details.consent_photos)
        self.notes_edit = QPlainTextEdit(details.notes, self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(90)
        self.labels: list[QLabel] = []
        for field in (
            self.name_edit,
            self.contact_edit,
            self.age_combo,
            self.welsh_combo,
            self.notes_edit,
        ):
            label = QLabel(self)
            label.setBuddy(field)
            form.addRow(label, field)
            self.labels.append(label)
        form.addRow("", self.consent_contact)
        form.addRow("", self.consent_photos)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.save_button, self.cancel_button = self.add_ok_cancel(layout, self.save)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Person"))
        self.note.setText(self.tr("Only a name is needed. Record only what the person agreed to."))
        for i in range(self.age_combo.count()):
            self.age_combo.setItemText(i, age_band_label(self.age_combo.itemData(i)))
        for i in range(self.welsh_combo.count()):
            self.welsh_combo.setItemText(i, welsh_label(self.welsh_combo.itemData(i)))
        self.consent_contact.setText(self.tr("Happy to be contacted"))
        self.consent_photos.setText(self.tr("Happy to appear in photos"))
        texts = (
            self.tr("&Name:"),
            self.tr("&Contact (phone or email):"),
            self.tr("&Age band:"),
            self.tr("&Welsh speaker:"),
            self.tr("N&otes:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))

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
        people = self._service
        self.save_button.setEnabled(False)  # until the answer: a second click saves nothing
        self._ops.run(
            lambda: people.update(changed),
            changes=Changes.PEOPLE,
            success=self._saved,
            failure=self._refused,
        )

    def _saved(self, saved: PersonDetails) -> None:
        self.saved = saved if saved != self.details else None  # nothing changed, nothing to undo
        self.accept()

    def _refused(self, text: str) -> None:
        self.save_button.setEnabled(True)
        self.error_label.setText("⚠ " + text)
        self.error_label.show()
        self.name_edit.setFocus()

    @classmethod
    def ask(
        cls, ctx: UiContext, details: PersonDetails, parent: QWidget | None
    ) -> PersonDetails | None:
        dialog = cls(ctx, details, parent)
        dialog.exec()
        return dialog.saved
