"""The pulse grid inside the activity dialog: folded away until asked for, filled with the
activity's tallies; the dialog saves them with the activity."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from volunteer_app.domain.pulse import PulseTally, validate_tally
from volunteer_app.ui.community.pulse_grid import PulseGrid


class PulseSection(QWidget):
    def __init__(self, tally: PulseTally, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pulseSection")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle = QPushButton(self)
        self.toggle.setObjectName("showPulse")
        self.toggle.setCheckable(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.grid = PulseGrid(self)
        self.loaded = tally
        self.grid.set_tally(self.loaded)
        layout.addWidget(self.toggle)
        layout.addWidget(self.note)
        layout.addWidget(self.grid)
        self.toggle.toggled.connect(self._show)
        self._show(not self.loaded.is_empty)
        self.toggle.setChecked(not self.loaded.is_empty)
        self.retranslate()

    def _show(self, shown: bool) -> None:
        self.grid.setVisible(shown)
        self.note.setVisible(shown)

    def retranslate(self) -> None:
        self.toggle.setText(self.tr("Event &pulse (anonymous cards)"))
        self.note.setText(
            self.tr(
                "Count the cards handed in, then for each statement how many ticked each "
                "answer. Only these totals are kept, never anyone's card."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def check(self) -> None:
        """Raises ValidationError for counts no stack of cards could give."""
        validate_tally(self.grid.tally())

    def tally(self) -> PulseTally:
        return self.grid.tally()
