"""The pulse grid for an activity not saved yet (the Log page): counted in a small dialog,
held with the form, and stored with the activity when it is saved."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.pulse import PulseTally, validate_tally
from volunteer_app.ui.community.pulse_grid import PulseGrid
from volunteer_app.ui.kit.dialog_base import Dialog
from volunteer_app.ui.kit.messages import error_text


class PulseDialog(Dialog):
    def __init__(self, tally: PulseTally, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pulseDialog")
        self.result_tally: PulseTally | None = None
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.grid = PulseGrid(self)
        self.grid.set_tally(tally)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addWidget(self.grid)
        layout.addWidget(self.problem)
        self.ok_button, self.cancel_button = self.add_ok_cancel(layout, self.keep)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Event pulse"))
        self.note.setText(
            self.tr(
                "Count the cards handed in, then for each statement how many ticked each "
                "answer. Only these totals are kept, never anyone's card."
            )
        )
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))

    def keep(self) -> None:
        tally = self.grid.tally()
        try:
            validate_tally(tally)  # refused here, before anything is saved
        except ValidationError as exc:
            self.problem.setText("⚠ " + error_text(exc))
            return
        self.result_tally = tally
        self.accept()


class LogPulseButton(QPushButton):
    """Beside Save on the Log page: the pulse waits here and is saved with the activity."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logPulse")
        self.pending = PulseTally()
        self.clicked.connect(self.edit)
        self.retranslate()

    def retranslate(self) -> None:
        if self.pending.is_empty:
            self.setText(self.tr("Pulse cards…"))
        else:
            self.setText(self.tr("Pulse cards (%1)…").replace("%1", str(self.pending.cards)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def edit(self) -> None:
        dialog = PulseDialog(self.pending, self)
        dialog.exec()
        if dialog.result_tally is not None:
            self.pending = dialog.result_tally
            self.retranslate()

    def reset(self) -> None:
        self.pending = PulseTally()
        self.retranslate()
