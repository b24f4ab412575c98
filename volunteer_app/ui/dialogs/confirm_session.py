"""Confirm a regular session: who will be logged (the usual people, to change if need be)
shown before saving, in the one step that saves it."""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from volunteer_app.domain.activity import ActivityDraft
from volunteer_app.ui.dialogs.base import Dialog
from volunteer_app.ui.people_entry import PeopleEntry


class ConfirmSessionDialog(Dialog):
    def __init__(
        self,
        label: str,
        draft: ActivityDraft,
        known: list[tuple[uuid.UUID, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmSessionDialog")
        self._label, self._draft = label, draft
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("confirmSessionHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.people = PeopleEntry(self)
        self.people.set_known(known)
        self.people.name_edit.installEventFilter(self)
        self.people.default_minutes = draft.duration_minutes
        self.people.set_entries(draft.people)
        self.people.volunteers.setValue(draft.volunteers_count)
        self.people.participants.setValue(draft.participants_count)
        self.problem = QLabel(self)
        self.problem.setObjectName("confirmSessionProblem")
        self.problem.setWordWrap(True)
        for widget in (self.heading, self.hint, self.people, self.problem):
            layout.addWidget(widget)
        layout.setStretchFactor(self.people, 1)
        self.ok_button, self.cancel_button = self.add_ok_cancel(layout, self.save)
        self.resize(560, 520)
        self.retranslate()
        self.ok_button.setFocus()  # Enter logs it as shown: still one step

    def retranslate(self) -> None:
        day = QLocale().toString(self._draft.activity_date, "dddd d MMMM")
        self.setWindowTitle(self.tr("Confirm a regular session"))
        self.heading.setText(
            self.tr("Log %1 on %2 with these people?").replace("%1", self._label).replace("%2", day)
        )
        self.hint.setText(
            self.tr(
                "These came last time. Remove anyone who did not come (Delete), add anyone "
                "else by name, and count unnamed volunteers and participants."
            )
        )
        self.ok_button.setText(self.tr("&Log it"))
        self.cancel_button.setText(self.tr("Cancel"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the name box adds that person; it must not log the session too."""
        if (
            watched is self.people.name_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.people.add_typed()
            return True
        return super().eventFilter(watched, event)

    def answer(self) -> ActivityDraft:
        return replace(
            self._draft,
            people=self.people.entries(),
            volunteers_count=self.people.volunteers.value(),
            participants_count=self.people.participants.value(),
        )

    def save(self) -> None:
        draft = self.answer()
        if not draft.people and not draft.volunteers_count and not draft.participants_count:
            self.problem.setText(
                "⚠ " + self.tr("Add who came, or how many, before logging the session.")
            )
            self.people.name_edit.setFocus()
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        label: str,
        draft: ActivityDraft,
        known: list[tuple[uuid.UUID, str]],
        parent: QWidget | None,
    ) -> ActivityDraft | None:
        dialog = cls(label, draft, known, parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
