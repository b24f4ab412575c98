"""People > Hours letter…: an A4 letter for one volunteer who asks, in English or Welsh,
for the dates chosen. The People page adds its button with one call."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from volunteer_app.ui.funding.hours_letter_pdf import hours_letter_pdf_bytes
from volunteer_app.ui.kit import common
from volunteer_app.ui.kit.date_edit import DateEdit
from volunteer_app.ui.kit.dialog_base import Dialog
from volunteer_app.ui.kit.widgets import LanguageCombo

if TYPE_CHECKING:
    from volunteer_app.ui.shell.context import UiContext


class HoursLetterDialog(Dialog):
    def __init__(
        self, ctx: UiContext, person_id: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hoursLetterDialog")
        self.ctx, self.person_id, self.name = ctx, person_id, name
        self.saved_to: str | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        form = QFormLayout()
        today = date.today()
        self.start, self.end = DateEdit(self), DateEdit(self)
        self.start.setDate(QDate(today - timedelta(days=365)))
        self.end.setDate(QDate(today))
        self.language = LanguageCombo(self)
        self.language.set_language(ctx.language)
        self.start_label, self.end_label, self.language_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        for label, field in (
            (self.start_label, self.start),
            (self.end_label, self.end),
            (self.language_label, self.language),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        self.ok_button, self.cancel_button = self.add_ok_cancel(layout, self.save)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hours letter"))
        self.intro.setText(
            self.tr(
                "A letter on the group's behalf saying how many hours %1 gave, for a job, a "
                "course or an award. It holds only their own figures."
            ).replace("%1", self.name)
        )
        self.start_label.setText(self.tr("&From:"))
        self.end_label.setText(self.tr("&To:"))
        self.language_label.setText(self.tr("&Language:"))
        self.ok_button.setText(self.tr("&Save…"))
        self.cancel_button.setText(self.tr("Cancel"))

    def letter_bytes(self) -> bytes:
        """The PDF drawn in the chosen language (switched for the moment of drawing)."""
        from volunteer_app.services.funding.letter import hours_letter_facts

        services = self.ctx.open_services()
        start, end = self.start.date().toPython(), self.end.date().toPython()
        facts = hours_letter_facts(services.database, self.person_id, start, end)
        group = services.group.info().name
        language, before = self.language.language(), self.ctx.language
        if language != before:
            self.ctx.switch_language(language, remember=False)
        try:
            return hours_letter_pdf_bytes(facts, group, date.today())
        finally:
            if language != before:
                self.ctx.switch_language(before, remember=False)

    def save(self) -> None:
        from volunteer_app.domain.errors import AppError
        from volunteer_app.ui.kit.messages import error_text

        try:
            data = self.letter_bytes()
        except AppError as exc:
            self.problem.setText(error_text(exc))
            return
        safe = "".join(c if c.isalnum() or c in " -_" else "-" for c in self.name).strip()
        path = common.ask_save_path(
            self,
            self.tr("Save the hours letter"),
            f"hours-{safe or 'letter'}.pdf",
            self.tr("PDF document (*.pdf)"),
        )
        if path is None:
            return
        path = common.with_suffix(path, ".pdf")
        problem = common.write_file(path, data)
        if problem:
            self.problem.setText(problem)
            return
        self.saved_to = str(path)
        self.accept()


class HoursLetterButton(QPushButton):
    def __init__(
        self, chosen: Callable[[], tuple[str, str] | None], ctx: UiContext, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hoursLetter")
        self.ctx, self.chosen = ctx, chosen
        self.clicked.connect(self.open_dialog)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("&Hours letter…"))
        self.setToolTip(self.tr("An A4 letter of one volunteer's hours, for them to keep."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_dialog(self) -> None:
        person = self.chosen()
        if person is None:
            return
        HoursLetterDialog(self.ctx, person[0], person[1], self.parentWidget()).exec()


def add_hours_letter_button(
    page: QWidget, ctx: UiContext, buttons: QBoxLayout, chosen: Callable[[], tuple[str, str] | None]
) -> HoursLetterButton:
    """The People page's one call: the button beside its others, for the one selected."""
    button = HoursLetterButton(chosen, ctx, page)
    buttons.addWidget(button)
    return button
