"""Asking for the group's local authority when an export needs it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.ui.kit.dialog_base import Dialog
from volunteer_app.ui.kit.widgets import LocalAuthorityCombo


class SetAreaDialog(Dialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setAreaDialog")
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.combo = LocalAuthorityCombo(self)
        self.combo.set_language(language)
        self.label = QLabel(self)
        self.label.setBuddy(self.combo)
        form.addRow(self.label, self.combo)
        layout.addLayout(form)
        self.ok_button, self.cancel_button = self.add_ok_cancel(layout)
        self.combo.currentIndexChanged.connect(
            lambda _i: self.ok_button.setEnabled(self.combo.code() is not None)
        )
        self.ok_button.setEnabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Local authority"))
        self.intro.setText(
            self.tr(
                "The summary says which local authority your group is based "
                "in, so your CVC can combine it with other groups' summaries."
            )
        )
        self.combo.setAccessibleName(self.tr("Local authority"))
        self.label.setText(self.tr("&Local authority:"))
        self.ok_button.setText(self.tr("&Set"))
        self.cancel_button.setText(self.tr("Cancel"))

    @classmethod
    def ask(cls, parent: QWidget | None, language: str) -> str | None:
        dialog = cls(language, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.combo.code() if accepted else None
