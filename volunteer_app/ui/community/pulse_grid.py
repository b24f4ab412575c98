"""The event pulse as a small grid: cards handed in, then for each statement how many agreed,
were not sure or disagreed, and how many cards agreed with all three of the first three."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from volunteer_app.domain.pulse import ANSWERS, CARD_STATEMENTS, Answer, PulseTally
from volunteer_app.domain.pulse.tally import MAX_CARDS
from volunteer_app.ui.kit.community_words import answer_label, statement_short


def _spin(parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(0, MAX_CARDS)
    return box


class PulseGrid(QWidget):
    """Tallies only: nothing here is about any one person."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pulseGrid")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.cards_label = QLabel(self)
        self.cards = _spin(self)
        self.cards.setObjectName("pulseCards")
        self.cards_label.setBuddy(self.cards)
        grid.addWidget(self.cards_label, 0, 0)
        grid.addWidget(self.cards, 0, 1)
        self.headings = [QLabel(self) for _ in ANSWERS]
        for column, heading in enumerate(self.headings, start=1):
            grid.addWidget(heading, 1, column)
        self.row_labels: dict[str, QLabel] = {}
        self.counts: dict[tuple[str, Answer], QSpinBox] = {}
        for row, statement in enumerate(CARD_STATEMENTS, start=2):
            self.row_labels[statement] = QLabel(self)
            grid.addWidget(self.row_labels[statement], row, 0)
            for column, answer in enumerate(ANSWERS, start=1):
                box = _spin(self)
                box.setObjectName(f"pulse_{statement}_{answer.value}")
                self.counts[(statement, answer)] = box
                grid.addWidget(box, row, column)
        self.all_three_label = QLabel(self)
        self.all_three = _spin(self)
        self.all_three.setObjectName("pulseAllThree")
        self.all_three_label.setBuddy(self.all_three)
        last = len(CARD_STATEMENTS) + 2
        grid.addWidget(self.all_three_label, last, 0)
        grid.addWidget(self.all_three, last, 1)
        for box in (self.cards, self.all_three, *self.counts.values()):
            box.valueChanged.connect(self.changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.cards_label.setText(self.tr("Pulse &cards handed in:"))
        for heading, answer in zip(self.headings, ANSWERS, strict=True):
            heading.setText(answer_label(answer.value))
        for statement, label in self.row_labels.items():
            label.setText(statement_short(statement))
            for answer in ANSWERS:
                self.counts[(statement, answer)].setAccessibleName(
                    self.tr("%1: %2").replace("%1", statement_short(statement))
                    .replace("%2", answer_label(answer.value))
                )  # fmt: skip
        self.all_three_label.setText(self.tr("Agreed with &all three of the first three:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_tally(self, tally: PulseTally) -> None:
        self.cards.setValue(tally.cards)
        for (statement, answer), box in self.counts.items():
            box.setValue(tally.count(statement, answer))
        self.all_three.setValue(tally.all_three)

    def tally(self) -> PulseTally:
        counts = {s: {a: self.counts[(s, a)].value() for a in ANSWERS} for s in CARD_STATEMENTS}
        return PulseTally(self.cards.value(), counts, self.all_three.value())
