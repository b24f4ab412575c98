"""The group's profile fields, shared by the welcome dialog and the Settings page."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from volunteer_app.ui.kit.widgets import LanguageCombo, LocalAuthorityCombo


@dataclass(frozen=True)
class GroupAnswers:
    name: str
    la_code: str | None
    cvc_ref: str
    language: str


class GroupForm(QWidget):
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, with_cvc_ref: bool = True) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("groupName")
        self.la_combo = LocalAuthorityCombo(self)
        self.la_combo.setObjectName("localAuthority")
        self.cvc_edit = QLineEdit(self)
        self.cvc_edit.setObjectName("cvcRef")
        self.language_combo = LanguageCombo(self)
        self.language_combo.setObjectName("language")
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language_combo.language())
        )
        self.labels = {key: QLabel(self) for key in ("name", "la", "cvc", "language")}
        self.errors = {key: QLabel(self) for key in ("group_name", "local_authority", "cvc_ref")}
        for label in self.errors.values():
            label.setObjectName("fieldError")
            label.setWordWrap(True)
            label.hide()
        rows = [("name", self.name_edit, "group_name"), ("la", self.la_combo, "local_authority")]
        if with_cvc_ref:
            rows.append(("cvc", self.cvc_edit, "cvc_ref"))
        else:
            self.cvc_edit.hide()
            self.labels["cvc"].hide()
        for key, field, error_key in rows:
            self.labels[key].setBuddy(field)
            self.form.addRow(self.labels[key], field)
            self.form.addRow("", self.errors[error_key])
        self.labels["language"].setBuddy(self.language_combo)
        self.form.addRow(self.labels["language"], self.language_combo)
        self.retranslate()

    def retranslate(self) -> None:
        self.labels["name"].setText(self.tr("Group &name:"))
        self.labels["la"].setText(self.tr("&Local authority:"))
        self.labels["cvc"].setText(self.tr("&CVC reference (optional):"))
        self.labels["language"].setText(self.tr("Lang&uage:"))
        self.name_edit.setPlaceholderText(self.tr("For example: Llanfair Repair Café"))
        self.name_edit.setAccessibleName(self.tr("Group name"))
        self.la_combo.setAccessibleName(self.tr("Local authority"))
        self.la_combo.setAccessibleDescription(
            self.tr(
                "The area where the group is based; it is included in the summary for your CVC."
            )
        )
        self.cvc_edit.setAccessibleName(self.tr("CVC reference"))
        self.language_combo.setAccessibleName(self.tr("Language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_display_language(self, language: str) -> None:
        self.la_combo.set_language(language)

    def show_language(self, language: str) -> None:
        """Show a language without announcing it as a new choice."""
        self.language_combo.blockSignals(True)
        self.language_combo.set_language(language)
        self.language_combo.blockSignals(False)

    def set_values(self, name: str, la_code: str | None, cvc_ref: str, language: str) -> None:
        self.name_edit.setText(name)
        self.la_combo.set_code(la_code)
        self.cvc_edit.setText(cvc_ref)
        self.show_language(language)

    def answers(self) -> GroupAnswers:
        return GroupAnswers(
            self.name_edit.text(),
            self.la_combo.code(),
            self.cvc_edit.text(),
            self.language_combo.language(),
        )

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_error(self, field: str, text: str) -> None:
        """Show a message at the field; the text says what to fix (not colour alone)."""
        label = self.errors.get(field) or self.errors["group_name"]
        label.setText("⚠ " + text)
        label.show()
        widget = {
            "group_name": self.name_edit,
            "local_authority": self.la_combo,
            "cvc_ref": self.cvc_edit,
        }.get(field, self.name_edit)
        widget.setFocus()
