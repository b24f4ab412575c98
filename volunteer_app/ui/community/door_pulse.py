"""The pulse at the door: each person taps one answer per statement and hands in their
"card" with one button; the screen resets for the next. Only the activity's tallies go up:
nothing is kept about anyone, not even the moment they answered.

The sign-in screen offers it with a button (``offer_pulse_mode``); it needs the activity the
sign-in has logged, so it opens once someone has signed in."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.domain.errors import AppError
from volunteer_app.domain.pulse import ANSWERS, CARD_STATEMENTS, STATEMENT_TEXTS, Answer
from volunteer_app.domain.pulse.tally import ANSWER_TEXTS
from volunteer_app.ui.kit.messages import error_text

if TYPE_CHECKING:
    from volunteer_app.services.community.pulse import PulseService


def _big(widget: QWidget, scale: float) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)


class DoorPulseWindow(QWidget):
    def __init__(self, service: PulseService, activity_id: uuid.UUID) -> None:
        super().__init__()
        self.setObjectName("doorPulseWindow")
        self._service, self._activity_id = service, activity_id
        self.cards_today = 0
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        _big(self.title, 1.8)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        grid = QGridLayout()
        self.groups: dict[str, QButtonGroup] = {}
        for row, statement in enumerate(CARD_STATEMENTS):
            en, cy = STATEMENT_TEXTS[statement]
            # The public at the door may read either language: both, always.
            label = QLabel(f"{en}\n{cy}", self)
            label.setWordWrap(True)
            _big(label, 1.15)
            grid.addWidget(label, row, 0)
            group = QButtonGroup(self)
            for column, answer in enumerate(ANSWERS, start=1):
                en_a, cy_a = ANSWER_TEXTS[answer]
                button = QPushButton(f"{en_a}\n{cy_a}", self)
                button.setObjectName(f"door_{statement}_{answer.value}")
                button.setCheckable(True)
                button.setMinimumSize(150, 64)
                # A tick as well as the pressed look: plain to see from a step away.
                button.toggled.connect(
                    lambda on, b=button, t=f"{en_a}\n{cy_a}": b.setText(f"✓ {t}" if on else t)
                )
                _big(button, 1.2)
                group.addButton(button, column - 1)
                grid.addWidget(button, row, column)
            self.groups[statement] = group
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid, 1)
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("handInCard")
        self.done_button.setMinimumHeight(72)
        _big(self.done_button, 1.5)
        self.done_button.clicked.connect(self.hand_in)
        layout.addWidget(self.done_button)
        self.status = QLabel(self)
        self.status.setObjectName("doorPulseStatus")
        _big(self.status, 1.2)
        layout.addWidget(self.status)
        QShortcut(QKeySequence("Ctrl+Shift+F"), self, activated=self.close)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pulse cards"))
        self.title.setText(
            "How do you feel about this area? · Sut ydych chi'n teimlo am yr ardal hon?"
        )
        self.hint.setText(
            self.tr(
                "Tap one answer for each line, then hand in your card. It is anonymous: only "
                "the totals are kept. Coordinator: Ctrl+Shift+F goes back to signing in."
            )
        )
        self.done_button.setText(
            "Hand in my card · Rhoi fy ngherdyn i mewn"
        )  # both languages at the door, as on the printed card

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def answers(self) -> dict[str, Answer]:
        return {
            statement: ANSWERS[group.checkedId()]
            for statement, group in self.groups.items()
            if group.checkedId() >= 0
        }

    def hand_in(self) -> None:
        answers = self.answers()
        if not answers:
            self.status.setText(self.tr("Tap at least one answer first."))
            return
        try:
            self._service.add_card(self._activity_id, answers)
        except AppError as exc:
            self.status.setText(error_text(exc))
            return
        self.cards_today += 1
        self.reset()
        self.status.setText(
            self.tr("Thank you! Cards handed in here: %1.").replace("%1", str(self.cards_today))
        )

    def reset(self) -> None:
        """Ready for the next person: nothing of the last one's answers stays on screen."""
        for group in self.groups.values():
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reset()
        super().closeEvent(event)


class PulseModeButton(QPushButton):
    """On the sign-in screen: opens the door pulse for the activity being signed in to."""

    def __init__(self, sign_in: QWidget, service: PulseService) -> None:
        super().__init__(sign_in)
        self.setObjectName("pulseMode")
        self.setMinimumHeight(64)
        _big(self, 1.3)
        self._sign_in, self._service = sign_in, service
        self.door: DoorPulseWindow | None = None
        self.clicked.connect(self.open_door)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Pulse cards on screen…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_door(self) -> None:
        activity_id = getattr(self._sign_in, "activity_id", None)
        status = getattr(self._sign_in, "status", None)
        if activity_id is None:
            if isinstance(status, QLabel):
                status.setText(self.tr("Sign someone in first: the pulse belongs to the activity."))
            return
        self.door = DoorPulseWindow(self._service, activity_id)
        self.door.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.door.setGeometry(self._sign_in.geometry())
        self.door.show()


def offer_pulse_mode(sign_in: QWidget, service: PulseService) -> PulseModeButton:
    """Adds the pulse button to the sign-in screen, above its status line."""
    button = PulseModeButton(sign_in, service)
    layout = sign_in.layout()
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(max(layout.count() - 1, 0), button)
    return button
