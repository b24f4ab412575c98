"""Reports: the chosen period at a glance, for the committee or a funder: six figures, two
charts (each can be saved as a PNG), and a one-page A4 summary to print."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.domain.values import DashboardFigures, hours_tenths
from volunteer_app.ui import charts
from volunteer_app.ui.chart_box import ChartBox
from volunteer_app.ui.context import UiContext
from volunteer_app.ui.pages.base import Page, heading
from volunteer_app.ui.period_picker import PeriodPicker
from volunteer_app.ui.scroll_body import scrolling_body

if TYPE_CHECKING:
    from volunteer_app.services.reports import PeriodReport

translate = QCoreApplication.translate
TILES = (
    "activities",
    "distinct_volunteers",
    "new_volunteers",
    "volunteer_hours",
    "participants",
    "unnamed_volunteers",
)


def tile_texts(f: DashboardFigures | None) -> dict[str, tuple[str, str, str]]:
    """Each tile's number, caption and explanation, in the app's language (the A4 summary
    shows the same)."""
    locale = QLocale()

    def number(value: int | None) -> str:
        return "—" if value is None else locale.toString(value)

    hours = None if f is None else locale.toString(hours_tenths(f.volunteer_minutes) / 10, "f", 1)
    return {
        "activities": (
            number(f and f.activities),
            translate("ReportsPage", "Activities"),
            translate("ReportsPage", "Group activities and individual help logged"),
        ),
        "distinct_volunteers": (
            number(f and f.distinct_volunteers),
            translate("ReportsPage", "Volunteers (people)"),
            translate("ReportsPage", "Named people who volunteered, each counted once"),
        ),
        "new_volunteers": (
            number(f and f.new_volunteers),
            translate("ReportsPage", "New volunteers"),
            translate("ReportsPage", "Named volunteers whose first time was in this period"),
        ),
        "volunteer_hours": (
            hours or "—",
            translate("ReportsPage", "Volunteer hours"),
            translate(
                "ReportsPage",
                "Named volunteers' hours plus unnamed helpers' for the whole activity",
            ),
        ),
        "participants": (
            number(f and f.participants),
            translate("ReportsPage", "Participants (attendances)"),
            translate("ReportsPage", "Each participant counted at every activity they came to"),
        ),
        "unnamed_volunteers": (
            number(f and f.unnamed_volunteers),
            translate("ReportsPage", "Unnamed helpers (headcount)"),
            translate(
                "ReportsPage", "Volunteers counted without names, summed over the activities"
            ),
        ),
    }


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
        self.report: PeriodReport | None = None
        # On a small screen a year's two charts, one above the other, are taller than the
        # window; squeezed, they would cut their month names short.
        layout = scrolling_body(self)
        self.heading = heading(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.picker = PeriodPicker(today or date.today(), self, allow_custom=True)
        grid = QGridLayout()
        self.tiles = {key: Tile(self) for key in TILES}
        for index, key in enumerate(TILES):
            grid.addWidget(self.tiles[key], index // 3, index % 3)
        self.chart_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.hours_box = ChartBox("hours", self)
        self.volunteers_box = ChartBox("volunteers", self)
        self.chart_row.addWidget(self.hours_box, 3)
        self.chart_row.addWidget(self.volunteers_box, 2)
        buttons = QHBoxLayout()
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("summaryPdf")
        self.sheet_button = QPushButton(self)
        self.sheet_button.setObjectName("signInSheet")
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.sheet_button)
        buttons.addStretch(1)
        for widget in (self.heading, self.intro, self.picker):
            layout.addWidget(widget)
        layout.addLayout(grid)
        layout.addLayout(self.chart_row, 1)
        layout.addLayout(buttons)
        from volunteer_app.ui.funding.years_view import add_years_view

        self.years_view = add_years_view(ctx, layout, self)
        self.picker.changed.connect(lambda _p: self.refresh())
        self.pdf_button.clicked.connect(self.save_summary_pdf)
        self.sheet_button.clicked.connect(self.print_sign_in_sheet)
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
        self.pdf_button.setText(self.tr("Save an A4 &summary (PDF)…"))
        self.pdf_button.setToolTip(
            self.tr("One page for the AGM or a funder: these figures and both charts.")
        )
        self.sheet_button.setText(self.tr("Print a sign-&in sheet…"))
        self.sheet_button.setToolTip(
            self.tr("A paper sheet for the door, with your regulars' names and blank rows.")
        )
        self._show()

    def refresh(self) -> None:
        self.years_view.refresh()
        period = self.picker.period()
        if self.services is None or period is None:
            return
        reports = self.services.reports
        self.run_latest(lambda: reports.report(period), self._loaded)

    def _loaded(self, report: PeriodReport) -> None:
        self.report = report
        self._show()
        # The charts follow the language and the theme by themselves once given figures.
        self.hours_box.show_figures(report.monthly)
        self.volunteers_box.show_figures(report.monthly)
        self._arrange_charts()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_charts()

    def _arrange_charts(self) -> None:
        """Side by side when both fit with every month named, else one above the other
        (a year's charts on a laptop screen)."""
        months = len(self.report.monthly.months) if self.report else 0
        room = self.width() - 2 * 24 - self.chart_row.spacing()
        least = charts.least_width("hours", months) + charts.least_width("volunteers", months)
        side_by_side = least <= room
        self.chart_row.setDirection(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )

    def save_summary_pdf(self) -> None:
        if self.report is None or self.services is None:
            return
        from volunteer_app.ui.dialogs.summary_pdf_dialog import SummaryPdfDialog

        SummaryPdfDialog(self.ctx, self.report, self).exec()

    def print_sign_in_sheet(self) -> None:
        if self.services is None:
            return
        from volunteer_app.ui.dialogs.sign_in_sheet_dialog import SignInSheetDialog

        SignInSheetDialog(self.ctx, self).exec()

    def _show(self) -> None:
        texts = tile_texts(self.report.figures if self.report else None)
        for key, (value, caption, explanation) in texts.items():
            self.tiles[key].show_value(value, caption, explanation)
