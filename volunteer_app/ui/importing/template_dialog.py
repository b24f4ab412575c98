"""Help > privacy notice and complaints procedure: templates for the group to adapt."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.resources import template_text
from volunteer_app.ui.kit.dialog_base import Dialog


class TemplateDialog(Dialog):
    def __init__(self, name: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateDialog")
        self._name, self._language = name, language
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setPlainText(template_text(name, language))
        layout.addWidget(self.intro)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(self)
        self.copy_button, self.close_button = QPushButton(self), QPushButton(self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.text.toPlainText())
        )
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.retranslate()

    def retranslate(self) -> None:
        titles = {
            "privacy_notice": self.tr("Privacy notice (template)"),
            "complaints": self.tr("Complaints procedure (template)"),
        }
        self.setWindowTitle(titles[self._name])
        self.intro.setText(
            self.tr(
                "A starting point: fill in the parts in [brackets], change "
                "what does not fit your group, then copy it into your own "
                "document."
            )
        )
        self.text.setAccessibleName(titles[self._name])
        self.copy_button.setText(self.tr("&Copy text"))
        self.close_button.setText(self.tr("Close"))
