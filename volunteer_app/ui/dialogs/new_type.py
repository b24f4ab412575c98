"""A new activity type: the group's own name, mapped to one standard code."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.domain.codes import ActivityTypeCode
from volunteer_app.ui.dialogs.base import Dialog
from volunteer_app.ui.labels import activity_code_label
from volunteer_app.ui.widgets import select_key


@dataclass(frozen=True)
class NewType:
    label: str
    code: str


class NewTypeDialog(Dialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newTypeDialog")
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.label_edit = QLineEdit(self)
        self.code_combo = QComboBox(self)
        for code in ActivityTypeCode:
            self.code_combo.addItem("", code.value)
        self.name_label, self.kind_label = QLabel(self), QLabel(self)
        self.name_label.setBuddy(self.label_edit)
        self.kind_label.setBuddy(self.code_combo)
        form.addRow(self.name_label, self.label_edit)
        form.addRow(self.kind_label, self.code_combo)
        layout.addLayout(form)
        self.ok_button, self.cancel_button = self.add_ok_cancel(layout)
        self.label_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip()))
        )
        self.ok_button.setEnabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New activity type"))
        self.intro.setText(
            self.tr(
                "Use your group's own name. The kind lets your CVC add your "
                "figures to other groups'."
            )
        )
        self.label_edit.setPlaceholderText(self.tr("For example: Saturday litter pick"))
        for i in range(self.code_combo.count()):
            self.code_combo.setItemText(i, activity_code_label(self.code_combo.itemData(i)))
        self.name_label.setText(self.tr("&Name:"))
        self.kind_label.setText(self.tr("&Kind:"))
        self.ok_button.setText(self.tr("&Add type"))
        self.cancel_button.setText(self.tr("Cancel"))

    def answer(self) -> NewType:
        return NewType(self.label_edit.text(), str(self.code_combo.currentData()))

    def prefill(self, label: str, code: str) -> None:
        """A name already typed on the form: only the kind is left to choose."""
        self.label_edit.setText(label)
        select_key(self.code_combo, code)
        self.code_combo.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, label: str = "", code: str = "") -> NewType | None:
        dialog = cls(parent)
        if label:
            dialog.prefill(label, code)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
