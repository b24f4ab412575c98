"""Sessions of regular activities waiting to be confirmed, each in one click."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from volunteer_app.domain.series import SeriesSession

Handler = Callable[[SeriesSession], None]


class SeriesPanel(QGroupBox):
    def __init__(
        self, on_confirm: Handler, on_open: Handler, on_skip: Handler, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("seriesPanel")
        self._handlers = (on_confirm, on_open, on_skip)
        self._layout = QVBoxLayout(self)
        self.sessions: list[SeriesSession] = []
        self.rows: list[tuple[QLabel, QPushButton, QPushButton, QPushButton]] = []
        self.hide()

    def set_sessions(self, sessions: list[SeriesSession]) -> None:
        self.sessions = sessions[:6]  # the next few; the rest follow as these are done
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        for session in self.sessions:
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(row)
            confirm, open_, skip = QPushButton(row), QPushButton(row), QPushButton(row)
            confirm.clicked.connect(lambda _c=False, s=session: self._handlers[0](s))
            open_.clicked.connect(lambda _c=False, s=session: self._handlers[1](s))
            skip.clicked.connect(lambda _c=False, s=session: self._handlers[2](s))
            line.addWidget(label, 1)
            for button in (confirm, open_, skip):
                line.addWidget(button)
            self._layout.addWidget(row)
            self.rows.append((label, confirm, open_, skip))
        self.retranslate()
        self.setVisible(bool(self.sessions))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Regular sessions to confirm"))
        locale = QLocale()
        for session, (label, confirm, open_, skip) in zip(self.sessions, self.rows, strict=True):
            day = locale.toString(session.session_date, "ddd d MMM")
            name = session.series.title or session.series.type_label
            label.setText(f"{day} · {name}")
            confirm.setText(self.tr("Confirm"))
            confirm.setToolTip(self.tr("Log it as usual, with the usual people"))
            confirm.setAccessibleName(self.tr("Confirm %1").replace("%1", label.text()))
            open_.setText(self.tr("Change…"))
            open_.setAccessibleName(self.tr("Change %1 before saving").replace("%1", label.text()))
            skip.setText(self.tr("Didn't happen"))
            skip.setAccessibleName(self.tr("Skip %1").replace("%1", label.text()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
