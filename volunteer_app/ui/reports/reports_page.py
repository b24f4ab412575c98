"""Reports: the chosen period at a glance, for the committee or a funder: six figures, two
charts (each can be saved as a PNG), and a one-page A4 summary to print."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

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

from volunteer_app.ui.community.community_section import CommunitySection
from volunteer_app.ui.kit import charts
from volunteer_app.ui.kit.page import Page, heading
from volunteer_app.ui.kit.period_picker import PeriodPicker
from volunteer_app.ui.kit.scroll_body import scrolling_body
from volunteer_app.ui.kit.widgets import EmptyHint
from volunteer_app.ui.reports.chart_box import ChartBox
from volunteer_app.ui.reports.project_filter import ProjectFilter, outputs_sentence
from volunteer_app.ui.reports.tiles import TILES, tile_texts
from volunteer_app.ui.shell.context import UiContext

if TYPE_CHECKING:
    from volunteer_app.domain.funding.values import ProjectInfo
    from volunteer_app.services.reports import PeriodReport


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
        self.project_filter = ProjectFilter(self)
        self.outputs_label = QLabel(self)
        self.outputs_label.setObjectName("reportsOutputs")
        self.outputs_label.setWordWrap(True)
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
        self.empty_hint = EmptyHint(self)
        for widget in (self.heading, self.intro, self.picker, self.project_filter, self.empty_hint):
            layout.addWidget(widget)
        layout.addLayout(grid)
        layout.addWidget(self.outputs_label)
        layout.addLayout(self.chart_row, 1)
        layout.addLayout(buttons)
        self.community = CommunitySection(ctx, self.picker, self)
        layout.addWidget(self.community)
        from volunteer_app.ui.funding.years_view import add_years_view

        self.years_view = add_years_view(ctx, layout, self)
        self.picker.changed.connect(lambda _p: self.refresh())
        self.project_filter.changed.connect(self._project_chosen)
        self.pdf_button.clicked.connect(self.save_summary_pdf)
        self.sheet_button.clicked.connect(self.print_sign_in_sheet)
        self.retranslate()

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
        if period is None:
            return
        reports, chosen = self.services.reports, self.project_filter.project_id()

        def job() -> tuple[list[ProjectInfo], PeriodReport]:
            projects = reports.projects()  # as they are now: one may have been added
            project = next((p for p in projects if p.id == chosen), None)
            return projects, reports.report(period, project)

        self.run_latest(job, self._loaded)

    def _project_chosen(self) -> None:
        self.community.set_project(self.project_filter.project_id())
        self.refresh()

    def _loaded(self, result: tuple[list[ProjectInfo], PeriodReport]) -> None:
        projects, report = result
        self.project_filter.set_projects(projects)
        if self.community.project_id != self.project_filter.project_id():
            # The project chosen is gone (the list fell back to every activity): the
            # Community section follows, or it would count a project no longer shown.
            self.community.set_project(self.project_filter.project_id())
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
        if self.report is None:
            return
        from volunteer_app.ui.reports.summary_pdf_dialog import SummaryPdfDialog

        SummaryPdfDialog(self.ctx, self.report, self).exec()

    def print_sign_in_sheet(self) -> None:
        from volunteer_app.ui.sign_in.sign_in_sheet_dialog import SignInSheetDialog

        SignInSheetDialog(self.ctx, self).exec()

    def _show(self) -> None:
        nothing = self.report is not None and self.report.figures.activities == 0
        if nothing and self.report is not None and self.report.project is not None:
            hint = self.tr(
                "None of this project's activities fall in this period. Choose another period, "
                "or All activities, above."
            )
        elif nothing:
            hint = self.tr(
                "Nothing logged in this period yet. Log an activity on the Log page (Ctrl+1), "
                "or choose another period above."
            )
        else:
            hint = ""
        self.empty_hint.say(hint)
        self.outputs_label.setText(
            outputs_sentence(self.report.outputs, self.ctx.language) if self.report else ""
        )
        self.outputs_label.setVisible(bool(self.outputs_label.text()))
        texts = tile_texts(self.report.figures if self.report else None)
        for key, (value, caption, explanation) in texts.items():
            self.tiles[key].show_value(value, caption, explanation)
