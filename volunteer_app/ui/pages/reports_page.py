"""Reports: the chosen period at a glance, for the committee or a funder."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from volunteer_app.domain.values import DashboardFigures
from volunteer_app.ui.context import UiContext
from volunteer_app.ui.pages.base import Page, heading
from volunteer_app.ui.period_picker import PeriodPicker

TILES = (
    "activities",
    "distinct_volunteers",
    "new_volunteers",
    "volunteer_hours",
    "participants",
    "unnamed_volunteers",
)


class Tile(QFrame):
    """A big number with what it counts underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.number = QLabel("—", self)
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def show_value(self, value: str, caption: str, explanation: str) -> None:
        self.number.setText(value)
        self.caption.setText(caption)
        self.setToolTip(explanation)
        self.setAccessibleName(f"{caption}: {value}")


class ReportsPage(Page):
    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("page_reports")
        self.figures: DashboardFigures | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        self.heading = heading(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.picker = PeriodPicker(today or date.today(), self)
        grid = QGridLayout()
        self.tiles = {key: Tile(self) for key in TILES}
        for index, key in enumerate(TILES):
            grid.addWidget(self.tiles[key], index // 3, index % 3)
        self.coming = QLabel(self)
        self.coming.setWordWrap(True)
        for widget in (self.heading, self.intro, self.picker):
            layout.addWidget(widget)
        layout.addLayout(grid)
        layout.addWidget(self.coming)
        layout.addStretch(1)
        self.picker.changed.connect(lambda _p: self.refresh())
        ctx.bus.data_changed.connect(self.refresh)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Reports")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Reports"))
        self.intro.setText(
            self.tr(
                "Your group's figures for a period, exact and for your own use: they stay on this "
                "laptop. People are counted once however often they came; sessions count each "
                "time."
            )
        )
        self.coming.setText(
            self.tr("Charts by month and a one-page A4 summary to print are coming to this page.")
        )
        self._show()

    def refresh(self) -> None:
        period = self.picker.period()
        if self.services is None or period is None:
            return
        reports = self.services.reports
        self.run_latest(lambda: reports.dashboard(period), self._loaded)

    def _loaded(self, figures: DashboardFigures) -> None:
        self.figures = figures
        self._show()

    def _show(self) -> None:
        f = self.figures
        locale = QLocale()

        def number(value: int | None) -> str:
            return "—" if value is None else locale.toString(value)

        hours = None if f is None else locale.toString(f.volunteer_minutes / 60, "f", 1)
        texts = {
            "activities": (
                number(f and f.activities),
                self.tr("Activities"),
                self.tr("Group activities and individual help logged"),
            ),
            "distinct_volunteers": (
                number(f and f.distinct_volunteers),
                self.tr("Volunteers (people)"),
                self.tr("Named people who volunteered, each counted once"),
            ),
            "new_volunteers": (
                number(f and f.new_volunteers),
                self.tr("New volunteers"),
                self.tr("Named volunteers whose first time was in this period"),
            ),
            "volunteer_hours": (
                hours or "—",
                self.tr("Volunteer hours"),
                self.tr("Named volunteers' hours plus unnamed helpers' for the whole activity"),
            ),
            "participants": (
                number(f and f.participants),
                self.tr("Participants (attendances)"),
                self.tr("Each participant counted at every activity they came to"),
            ),
            "unnamed_volunteers": (
                number(f and f.unnamed_volunteers),
                self.tr("Unnamed helpers (headcount)"),
                self.tr("Volunteers counted without names, summed over the activities"),
            ),
        }
        for key, (value, caption, explanation) in texts.items():
            self.tiles[key].show_value(value, caption, explanation)
