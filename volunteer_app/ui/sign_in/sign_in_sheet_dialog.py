"""Reports > Print a sign-in sheet: which activity, which day, how many blank rows; the
regulars' names come from the last few sessions of that activity."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.ui.kit import common
from volunteer_app.ui.kit.date_edit import DateEdit
from volunteer_app.ui.kit.dialog_base import Dialog
from volunteer_app.ui.kit.widgets import add_keyed_item, current_uuid, select_key
from volunteer_app.ui.sign_in.sign_in_sheet_pdf import (
    MAX_BLANK_ROWS,
    SheetDetails,
    sign_in_sheet_pdf_bytes,
)

if TYPE_CHECKING:
    from volunteer_app.ui.shell.context import UiContext


class SignInSheetDialog(Dialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInSheetDialog")
        self.ctx = ctx
        self.services = ctx.open_services()
        self.saved_to: str | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        form = QFormLayout()
        self.activity = QComboBox(self)
        for info in self.services.activities.types():
            add_keyed_item(self.activity, info.label, info.id)
        self.day: QDateEdit = DateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDate(date.today())
        self.blank = QSpinBox(self)
        self.blank.setRange(0, MAX_BLANK_ROWS)
        self.blank.setValue(12)
        self.activity_label, self.day_label, self.blank_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        for label, field in (
            (self.activity_label, self.activity),
            (self.day_label, self.day),
            (self.blank_label, self.blank),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        self.ok_button, self.cancel_button = self.add_ok_cancel(layout, self.save)
        self._start_from_next_session()
        self.retranslate()

    def _start_from_next_session(self) -> None:
        """The next regular session, if there is one, is the likeliest sheet to print."""
        today = date.today()
        for session in self.services.series.upcoming():
            if session.session_date >= today:
                select_key(self.activity, session.series.activity_type_id)
                self.day.setDate(QDate(session.session_date))
                self.session = session
                return
        self.session = None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign-in sheet"))
        self.intro.setText(
            self.tr(
                "An A4 sheet for the door, laid out like the sign-in screen: your regulars' "
                "names, then blank rows for newcomers, with the time in and out and a tick for "
                "anyone new. Type it in afterwards in the same order."
            )
        )
        self.activity_label.setText(self.tr("&Activity:"))
        self.day_label.setText(self.tr("&Date:"))
        self.blank_label.setText(self.tr("&Blank rows:"))
        self.ok_button.setText(self.tr("&Save PDF…"))
        self.cancel_button.setText(self.tr("Cancel"))

    def details(self) -> SheetDetails:
        type_id = current_uuid(self.activity)
        names = [name for _id, name in self.services.activities.regulars(type_id)]
        day = self.day.date().toPython()
        session = self.session
        matches = (
            session is not None
            and session.series.activity_type_id == type_id
            and session.session_date == day
        )
        return SheetDetails(
            group_name=self.services.group.info().name,
            activity=self.activity.currentText(),
            day=day,  # type: ignore[arg-type]
            start=session.series.start_time if matches and session else None,
            location=session.series.location if matches and session else "",
            names=names,
            blank_rows=self.blank.value(),
        )

    def save(self) -> None:
        if self.activity.currentData() is None:
            self.problem.setText(self.tr("Add an activity first, on the Log page."))
            return
        details = self.details()
        path = common.ask_save_path(
            self,
            self.tr("Save the sign-in sheet"),
            f"sign-in-{details.day.isoformat()}.pdf",
            self.tr("PDF document (*.pdf)"),
        )
        if path is None:
            return
        path = common.with_suffix(path, ".pdf")
        problem = common.write_file(path, sign_in_sheet_pdf_bytes(details))
        if problem:
            self.problem.setText(problem)
            return
        self.saved_to = str(path)
        common.offer_open(
            self,
            self.tr("Sign-in sheet"),
            self.tr("Saved the sign-in sheet as %1. Open it to print.").replace("%1", str(path)),
            path,
        )
        self.accept()
