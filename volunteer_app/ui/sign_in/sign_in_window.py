"""Sign-in mode: a full-window screen for the laptop at the door.

Regulars tap their name to sign in and out; "+1" tallies count unnamed helpers and
participants; a newcomer types just a name. Every tap is saved at once. Leaving needs the
coordinator's deliberate Ctrl+Shift+F, so a passer-by cannot browse the data.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.domain.errors import AppError
from volunteer_app.domain.sign_in import SignInSheet, totals
from volunteer_app.ui.kit import common
from volunteer_app.ui.kit.messages import error_text

if TYPE_CHECKING:
    from volunteer_app.services.activities import ActivityService

COLUMNS = 4


def _big(widget: QWidget, scale: float = 1.6) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)


class SignInWindow(QWidget):
    def __init__(
        self,
        service: ActivityService,
        type_id: uuid.UUID,
        type_label: str,
        clock: Callable[[], datetime] = datetime.now,
        on_change: Callable[[], None] = lambda: None,
        title: str = "",
        location: str = "",
        series_id: uuid.UUID | None = None,
        on_finish: Callable[[str], None] = lambda _said: None,
    ) -> None:
        super().__init__()
        self.setObjectName("signInWindow")
        self._service, self._clock, self._on_change = service, clock, on_change
        self._on_finish = on_finish
        self._label = title or type_label
        self._location = location
        now = clock()
        self.sheet = SignInSheet(
            type_id, now.date(), now, title=title, location=location, series_id=series_id
        )
        self.activity_id: uuid.UUID | None = None
        self._finishing = False
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)  # a long title or place must not widen the screen
        _big(self.title, 2.0)
        layout.addWidget(self.title)
        self.hint = QLabel(self)
        layout.addWidget(self.hint)
        grid_host = QWidget(self)
        self.grid = QGridLayout(grid_host)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)  # names stay together at the top
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(grid_host)
        layout.addWidget(self.scroll, 1)
        self.buttons: dict[str, QPushButton] = {}
        for person_id, name in service.regulars(type_id):
            self.sheet.offer(name, person_id)
            self._add_button(name)
        layout.addLayout(self._newcomer_row())
        layout.addLayout(self._tally_row())
        self.status = QLabel(self)
        self.status.setObjectName("signInStatus")
        _big(self.status, 1.2)
        layout.addWidget(self.status)
        QShortcut(QKeySequence("Ctrl+Shift+F"), self, activated=self.finish)
        self._ticker = QTimer(self)
        self._ticker.timeout.connect(self.retranslate)
        self._ticker.start(30_000)
        self.retranslate()

    def _tally_row(self) -> QHBoxLayout:
        """Unnamed helpers and participants, counted with a tap (and taken back)."""
        tallies = QHBoxLayout()
        self.helper_button, self.participant_button = QPushButton(self), QPushButton(self)
        self.helper_button.clicked.connect(lambda: self._tally("helpers", 1))
        self.participant_button.clicked.connect(lambda: self._tally("participants", 1))
        self.undo_helper, self.undo_participant = QPushButton("−1", self), QPushButton("−1", self)
        self.undo_helper.clicked.connect(lambda: self._tally("helpers", -1))
        self.undo_participant.clicked.connect(lambda: self._tally("participants", -1))
        for button in (
            self.helper_button,
            self.undo_helper,
            self.participant_button,
            self.undo_participant,
        ):
            _big(button, 1.5)
            button.setMinimumHeight(64)
            tallies.addWidget(button)
        return tallies

    def _newcomer_row(self) -> QHBoxLayout:
        """A newcomer types their name."""
        new_row = QHBoxLayout()
        self.new_label = QLabel(self)
        self.new_edit = QLineEdit(self)
        self.new_edit.setObjectName("newcomerName")
        self.new_label.setBuddy(self.new_edit)
        self.new_button = QPushButton(self)
        self.new_edit.returnPressed.connect(self.add_newcomer)
        self.new_button.clicked.connect(self.add_newcomer)
        for widget in (self.new_label, self.new_edit, self.new_button):
            _big(widget, 1.3)
            new_row.addWidget(widget)
        return new_row

    def _add_button(self, name: str) -> QPushButton:
        button = QPushButton(name, self)
        button.setCheckable(True)
        button.setMinimumHeight(72)
        _big(button)
        button.clicked.connect(lambda _checked=False, n=name: self.tap(n))
        index = len(self.buttons)
        self.grid.addWidget(button, index // COLUMNS, index % COLUMNS)
        self.buttons[name.casefold()] = button
        return button

    def retranslate(self) -> None:
        day = QLocale().toString(self.sheet.day, QLocale.FormatType.LongFormat)
        self.setWindowTitle(self.tr("Sign in"))
        where = f"{self._label} · {self._location}" if self._location else self._label
        self.title.setText(
            self.tr("%1 · %2 — tap your name to sign in or out")
            .replace("%1", where)
            .replace("%2", day)
        )
        self.hint.setText(self.tr("Coordinator: press Ctrl+Shift+F to finish."))
        self.new_label.setText(self.tr("&New? Type your name:"))
        self.new_button.setText(self.tr("Sign me in"))
        self.helper_button.setText(self.tr("+1 helper (%1)").replace("%1", str(self.sheet.helpers)))
        self.participant_button.setText(
            self.tr("+1 participant (%1)").replace("%1", str(self.sheet.participants))
        )
        self.undo_helper.setAccessibleName(self.tr("One helper fewer"))
        self.undo_participant.setAccessibleName(self.tr("One participant fewer"))
        locale = QLocale()
        for key, button in self.buttons.items():
            person = self.sheet.attendees[key]
            button.setChecked(person.is_in)
            if person.is_in and person.arrived is not None:
                state = self.tr("in since %1").replace(
                    "%1", locale.toString(person.arrived.time(), QLocale.FormatType.ShortFormat)
                )
            elif person.arrived is not None:
                state = self.tr("signed out")
            else:
                state = ""
            button.setText(f"{person.name}\n{state}" if state else person.name)
            button.setAccessibleName(f"{person.name} {state}".strip())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def tap(self, name: str) -> None:
        self.sheet.tap(name, self._clock())
        self._save()

    def add_newcomer(self) -> None:
        person = self.sheet.add_new(self.new_edit.text(), self._clock())
        self.new_edit.clear()
        if person is None:
            return
        button = self.buttons.get(person.name.casefold())
        if button is None:
            button = self._add_button(person.name)
        self._save()
        self.status.setText(self.tr("Welcome, %1: you are signed in.").replace("%1", person.name))
        # Their button goes after the regulars' and may be below the fold: bring it into view
        # once the grid has been laid out again.
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(button))

    def _tally(self, which: str, step: int) -> None:
        setattr(self.sheet, which, max(getattr(self.sheet, which) + step, 0))
        self._save()

    def _save(self) -> None:
        """Every change is saved at once; nothing waits for the end."""
        draft = self.sheet.draft(self._clock())
        self.retranslate()
        if not draft.people and not draft.volunteers_count and not draft.participants_count:
            if self.activity_id is not None:  # the only tap was taken back
                self._service.delete(self.activity_id)
                self.activity_id = None
                self._on_change()
            return
        try:
            if self.activity_id is None:
                self.activity_id = self._service.log(draft)
            else:
                self._service.update(self.activity_id, draft)
        except AppError as exc:
            self.status.setText("⚠ " + error_text(exc))
            return
        self.status.setText(self.tr("Saved."))
        self._on_change()

    def _nobody(self) -> bool:
        draft = self.sheet.draft(self._clock())
        return not draft.people and not draft.volunteers_count and not draft.participants_count

    def totals_text(self, finished: bool = False) -> str:
        """What is (or will be) recorded, counting everyone still in until now."""
        draft = self.sheet.draft(self._clock())
        if self._nobody():
            if finished:
                return self.tr("Nothing was recorded: nobody signed in.")
            return self.tr("Nobody has signed in yet: nothing will be recorded.")
        found = totals(draft)
        number = QLocale().toString
        hours = QLocale().toString(found.volunteer_minutes / 60, "f", 1)
        return (
            self.tr("%1: named people %2, unnamed helpers %3, participants %4, volunteer hours %5.")
            .replace("%1", self._label)
            .replace("%2", number(found.people))
            .replace("%3", number(found.helpers))
            .replace("%4", number(found.participants))
            .replace("%5", hours)
        )

    def finish(self) -> None:
        said = self.totals_text()
        if not self._nobody():
            said = self.tr("Everyone still signed in is counted until now.") + "\n\n" + said
        if common.confirm(self, self.tr("Finish signing in?"), said, self.tr("Finish")):
            self.finish_now()

    def finish_now(self) -> None:
        self._save()
        said = self.totals_text(finished=True)
        if self.activity_id is not None and not self._kept_if_logged_twice():
            said = self.tr("Not recorded twice: the same activity was already saved.")
        elif self.activity_id is not None:
            said = self.tr("Recorded from the sign-in screen: %1").replace("%1", said)
        self._finishing = True
        self.close()
        self._on_finish(said)

    def _kept_if_logged_twice(self) -> bool:
        """The same session logged on the Log page as well is asked about; No (the default)
        takes back this copy, which holds nothing the other does not."""
        assert self.activity_id is not None
        draft = self.sheet.draft(self._clock())
        saved_at = self._service.likely_duplicate(draft, besides=self.activity_id)
        if saved_at is None:
            return True
        keep = common.confirm(
            self,
            self.tr("Logged twice?"),
            self.tr("This looks the same as the activity saved at %1. Keep this one as well?")
            .replace("%1", saved_at.astimezone().strftime("%H:%M")),
            self.tr("Keep &both"),
            destructive=True,
        )
        if not keep:
            self._service.delete(self.activity_id)
            self.activity_id = None
            self._on_change()
        return keep

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._finishing:
            event.ignore()  # only the coordinator's Ctrl+Shift+F ends sign-in
            self.status.setText(self.tr("Coordinator: press Ctrl+Shift+F to finish."))
            return
        self._ticker.stop()
        super().closeEvent(event)
