"""Before the sign-in screen: which activity is this? Type, title and place, filled in from
the next regular session (or the type used last), never from whatever the Log page shows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.domain.activity import ActivityTypeInfo
from volunteer_app.domain.series import SeriesSession
from volunteer_app.ui.dialogs.base import Dialog


@dataclass(frozen=True)
class SignInActivity:
    type_id: uuid.UUID
    type_label: str
    title: str
    location: str
    series_id: uuid.UUID | None  # set when this is today's session of a regular activity


class SignInSetupDialog(Dialog):
    def __init__(
        self,
        types: list[ActivityTypeInfo],
        session: SeriesSession | None,
        location: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInSetupDialog")
        self._types = {str(info.id): info for info in types}
        self._session, self._today = session, today
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        form = QFormLayout()
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("signInType")
        for info in types:
            self.type_combo.addItem(info.label, str(info.id))  # ids as text: compared by value
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("signInTitle")
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("signInPlace")
        self.labels = (QLabel(self), QLabel(self), QLabel(self))
        for label, field in zip(
            self.labels, (self.type_combo, self.title_edit, self.place_edit), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        self.session_note = QLabel(self)
        self.session_note.setObjectName("signInSessionNote")
        self.session_note.setWordWrap(True)
        for part in (self.intro, form, self.session_note):
            if isinstance(part, QFormLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        self.ok_button, self.cancel_button = self.add_ok_cancel(layout)
        if session is not None:
            self._select(session.series.activity_type_id)
            self.title_edit.setText(session.series.title)
            self.place_edit.setText(location)
        self.type_combo.currentIndexChanged.connect(lambda _i: self._show_note())
        self.setMinimumWidth(460)
        self.retranslate()

    def _select(self, type_id: uuid.UUID) -> None:
        for index in range(self.type_combo.count()):
            if str(self.type_combo.itemData(index)) == str(type_id):
                self.type_combo.setCurrentIndex(index)
                return

    def _todays_session(self) -> SeriesSession | None:
        """The regular session this sign-in logs: today's, and only while its type is kept."""
        session = self._session
        if session is None or session.session_date != self._today:
            return None
        same_type = str(self.type_combo.currentData()) == str(session.series.activity_type_id)
        return session if same_type else None

    def _show_note(self) -> None:
        session = self._session
        if self._todays_session() is not None:
            text = self.tr("Today's regular session: signing in logs it.")
        elif session is not None and session.session_date > self._today:
            day = QLocale().toString(session.session_date, QLocale.FormatType.LongFormat)
            text = self.tr("Filled in from the next regular session, on %1.").replace("%1", day)
        else:
            text = ""
        self.session_note.setText(text)
        self.session_note.setVisible(bool(text))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign-in screen"))
        self.intro.setText(
            self.tr("Which activity are people signing in to today? They tap their names next.")
        )
        for label, text in zip(
            self.labels,
            (self.tr("&Type:"), self.tr("T&itle (optional):"), self.tr("Pl&ace:")),
            strict=True,
        ):
            label.setText(text)
        self.ok_button.setText(self.tr("&Start signing in"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_note()

    def answer(self) -> SignInActivity:
        info = self._types[str(self.type_combo.currentData())]
        session = self._todays_session()
        return SignInActivity(
            info.id,
            info.label,
            self.title_edit.text().strip(),
            self.place_edit.text().strip(),
            session.series.id if session is not None else None,
        )

    @classmethod
    def ask(
        cls,
        types: list[ActivityTypeInfo],
        session: SeriesSession | None,
        location: str,
        today: date,
        parent: QWidget | None,
    ) -> SignInActivity | None:
        dialog = cls(types, session, location, today, parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
