"""Asking for the group's local authority when an export needs it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.ui.widgets import LocalAuthorityCombo


class SetAreaDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setAreaDialog")
        self.setWindowTitle(self.tr("Local authority"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The summary says which local authority your group is based in, "
                "so your CVC can combine it with other groups' summaries."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.combo = LocalAuthorityCombo(self)
        self.combo.set_language(language)
        self.combo.setAccessibleName(self.tr("Local authority"))
        label = QLabel(self.tr("&Local authority:"))
        label.setBuddy(self.combo)
        form.addRow(label, self.combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("&Set"), self)
        self.ok_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), self)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        self.combo.currentIndexChanged.connect(
            lambda _i: self.ok_button.setEnabled(self.combo.code() is not None)
        )
        self.ok_button.setEnabled(False)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, language: str) -> str | None:
        dialog = cls(language, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.combo.code() if accepted else None
