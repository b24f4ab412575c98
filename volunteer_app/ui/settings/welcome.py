"""First run: the group's name, local authority and language, and the kinds of activity it
runs. All skippable."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.starter_types import STARTER_TYPES
from volunteer_app.domain.validation import validate_group_profile
from volunteer_app.ui.kit.messages import error_text
from volunteer_app.ui.kit.page import heading
from volunteer_app.ui.settings.group_form import GroupAnswers, GroupForm
from volunteer_app.ui.shell.context import app_title

BRING_IN = 2  # the result when the laptop is to start from a co-coordinator's file


class WelcomeDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        layout = QVBoxLayout(self)
        self.heading = heading(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = GroupForm(self, with_cvc_ref=False)
        self.form.set_values("", None, "", language)
        self.form.set_display_language(language)
        self.types_box = QGroupBox(self)
        grid = QGridLayout(self.types_box)
        self.type_boxes: dict[str, QCheckBox] = {}
        for n, starter in enumerate(STARTER_TYPES):
            box = QCheckBox(self.types_box)
            box.setObjectName(f"starter_{starter.key}")
            self.type_boxes[starter.key] = box
            grid.addWidget(box, n // 2, n % 2)
        self.own_types = QLabel(self)
        self.own_types.setWordWrap(True)
        self.later = QLabel(self)
        self.later.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.skip_button = QPushButton(self)
        self.start_button = QPushButton(self)
        self.start_button.setDefault(True)
        # A second laptop of a group starts from a co-coordinator's file instead.
        self.bring_in_button = QPushButton(self)
        self.bring_in_button.setObjectName("welcomeBringIn")
        self.buttons.addButton(self.bring_in_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.bring_in_button.clicked.connect(lambda: self.done(BRING_IN))
        self.buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button.clicked.connect(self.reject)
        self.start_button.clicked.connect(self._try_accept)
        for widget in (
            self.heading,
            self.intro,
            self.form,
            self.types_box,
            self.own_types,
            self.later,
            self.buttons,
        ):
            layout.addWidget(widget)
        self.retranslate()
        self._fit()

    def _fit(self) -> None:
        """Tall enough for the wrapped texts at this width: Qt's minimum height assumes the
        widest layout, which squeezed the form's boxes to half their height."""
        layout = self.layout()
        layout.activate()
        width = self.width() if self.isVisible() else 560
        self.resize(width, layout.totalHeightForWidth(width))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome"))
        self.heading.setText(self.tr("Croeso · Welcome"))
        self.intro.setText(
            self.tr(
                "%1 keeps a simple record of your group's volunteering on this laptop, and makes "
                "an anonymised summary for your County Voluntary Council. A few quick questions "
                "to start:"
            ).replace("%1", app_title())
        )
        self.types_box.setTitle(self.tr("What does your group do? Tick any that fit:"))
        language = self.form.language_combo.language()
        for starter in STARTER_TYPES:
            self.type_boxes[starter.key].setText(starter.label(language))
        self.own_types.setText(
            self.tr(
                "Add your own types any time: type a new name in the Log page's Type box."
            )
        )
        self.later.setText(self.tr("You can skip these and change them any time in Settings."))
        self.skip_button.setText(self.tr("S&kip for now"))
        self.bring_in_button.setText(self.tr("Bring in a co-coordinator's file…"))
        self.start_button.setText(self.tr("&Start"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fit()  # the new words may wrap onto more lines
        super().changeEvent(event)

    def _try_accept(self) -> None:
        self.form.clear_errors()
        answers = self.form.answers()
        try:
            validate_group_profile(answers.name, answers.la_code, "")
        except ValidationError as exc:
            self.form.show_error(exc.field, error_text(exc))
            return
        self.accept()

    def answers(self) -> GroupAnswers:
        return self.form.answers()

    def starter_keys(self) -> list[str]:
        """The starter activity types ticked, in the list's order."""
        return [key for key, box in self.type_boxes.items() if box.isChecked()]
