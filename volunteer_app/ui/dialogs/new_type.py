"""A new activity type: the group's own name, mapped to one standard code."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.domain.codes import ActivityTypeCode
from volunteer_app.ui.labels import activity_code_label


@dataclass(frozen=True)
class NewType:
    label: str
    code: str


class NewTypeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newTypeDialog")
        self.setWindowTitle(self.tr("New activity type"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Use your group's own name. The kind lets your CVC add your "
                "figures to other groups'."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.label_edit = QLineEdit(self)
        self.label_edit.setPlaceholderText(self.tr("For example: Saturday litter pick"))
        self.code_combo = QComboBox(self)
        for code in ActivityTypeCode:
            self.code_combo.addItem(activity_code_label(code.value), code.value)
        name_label, kind_label = QLabel(self.tr("&Name:"), self), QLabel(self.tr("&Kind:"), self)
        name_label.setBuddy(self.label_edit)
        kind_label.setBuddy(self.code_combo)
        form.addRow(name_label, self.label_edit)
        form.addRow(kind_label, self.code_combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("&Add type"), self)
        self.ok_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), self)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        self.label_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip()))
        )
        self.ok_button.setEnabled(False)
        layout.addWidget(buttons)

    def answer(self) -> NewType:
        return NewType(self.label_edit.text(), str(self.code_combo.currentData()))

    @classmethod
    def ask(cls, parent: QWidget | None) -> NewType | None:
        dialog = cls(parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
