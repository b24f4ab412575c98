"""The Community section of Reports: pulse cards collected and, from 10 cards, the share who
agreed with each statement (the number of cards always beside it); a chart of activities and
participants by type of place; the printable card and tally sheet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from volunteer_app.domain.summary_community import PULSE_MIN_CARDS, PULSE_STATEMENT_CODES
from volunteer_app.ui.kit import charts, common
from volunteer_app.ui.kit.community_words import place_type_label, statement_short
from volunteer_app.ui.shell.ops import Changes

if TYPE_CHECKING:
    from volunteer_app.services.community.report import CommunityReport
    from volunteer_app.ui.kit.period_picker import PeriodPicker
    from volunteer_app.ui.shell.context import UiContext

translate = QCoreApplication.translate


def share_text(report: CommunityReport, code: str) -> str:
    """'62% agreed (231 of 375 cards)', or why no share is shown."""
    share = next(s for s in report.statements if s.code == code)
    locale = QLocale()
    if share.percent is None:
        return (
            translate("CommunitySection", "not enough cards yet (%1 of %2)")
            .replace("%1", locale.toString(report.cards))
            .replace("%2", locale.toString(PULSE_MIN_CARDS))
        )
    return (
        translate("CommunitySection", "%1% agreed (%2 of %3 cards)")
        .replace("%1", locale.toString(share.percent))
        .replace("%2", locale.toString(share.agreed))
        .replace("%3", locale.toString(report.cards))
    )


def place_chart(report: CommunityReport) -> QChart:
    """Activities and participants by type of place (types with neither left out)."""
    shown = [p for p in report.places if p.activities or p.participants]
    chart = QChart()
    series = QHorizontalBarSeries()
    activities = QBarSet(translate("CommunitySection", "Activities"))
    people = QBarSet(translate("CommunitySection", "Participants"))
    for place in reversed(shown):  # the first type at the top
        activities.append(place.activities)
        people.append(place.participants)
    series.append(activities)
    series.append(people)
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append([place_type_label(p.place_type) for p in reversed(shown)] or [""])
    values = QValueAxis()
    values.setLabelFormat("%d")
    values.setMin(0)
    values.setMax(max([1] + [max(p.activities, p.participants) for p in shown]))
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(names)
    series.attachAxis(values)
    chart.setTitle(translate("CommunitySection", "Activities and participants by type of place"))
    charts.apply_palette(chart)
    return chart


class CommunitySection(QWidget):
    def __init__(self, ctx: UiContext, picker: PeriodPicker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("communitySection")
        self.ctx, self.picker = ctx, picker
        self.report: CommunityReport | None = None
        self.project_id: str | None = None  # None: every activity
        self._latest = 0  # only the newest request's answer is shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        big = QFont(self.heading.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.heading.setFont(big)
        self.cards = QLabel(self)
        self.cards.setObjectName("pulseCardsCollected")
        self.cards.setWordWrap(True)
        grid = QGridLayout()
        self.names: dict[str, QLabel] = {}
        self.shares: dict[str, QLabel] = {}
        for row, code in enumerate(PULSE_STATEMENT_CODES):
            self.names[code], self.shares[code] = QLabel(self), QLabel(self)
            self.shares[code].setObjectName(f"share_{code}")
            grid.addWidget(self.names[code], row, 0)
            grid.addWidget(self.shares[code], row, 1)
        grid.setColumnStretch(2, 1)
        self.view = charts.make_view(QChart())
        self.view.setObjectName("placeChart")
        self.view.setMinimumHeight(260)
        buttons = QHBoxLayout()
        self.cards_button = QPushButton(self)
        self.cards_button.setObjectName("pulseCardsPdf")
        self.tally_button = QPushButton(self)
        self.tally_button.setObjectName("pulseTallyPdf")
        buttons.addWidget(self.cards_button)
        buttons.addWidget(self.tally_button)
        buttons.addStretch(1)
        for widget in (self.heading, self.cards):
            layout.addWidget(widget)
        layout.addLayout(grid)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.cards_button.clicked.connect(self.save_cards)
        self.tally_button.clicked.connect(self.save_tally)
        picker.changed.connect(lambda _p: self.refresh())
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Community"))
        self.cards_button.setText(self.tr("Print pulse &cards (PDF)…"))
        self.cards_button.setToolTip(
            self.tr(
                "Four anonymous cards to an A4 page, in English and Welsh, to tick and hand in."
            )
        )
        self.tally_button.setText(self.tr("Print a pulse &tally sheet (PDF)…"))
        for code, label in self.names.items():
            label.setText(statement_short(code))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # the data may have opened, or the period changed, while hidden

    def set_project(self, project_id: str | None) -> None:
        """Count one project's activities only (None: every activity), as Reports does."""
        self.project_id = project_id
        self.refresh()
    def _on_changed(self, changes: Changes) -> None:
        if changes & (Changes.ACTIVITIES | Changes.PLACES) and self.isVisible():
            self.refresh()  # when hidden, showEvent refreshes

    def refresh(self) -> None:
        period = self.picker.period()
        services = self.ctx.services
        if services is None or period is None:
            return
        # Off the GUI thread, as the rest of Reports: on ten years of data the sums take a
        # moment, and the page stays usable meanwhile.
        community, project_id = services.community.report, self.project_id
        self._latest += 1
        request = self._latest

        def done(report: CommunityReport) -> None:
            if request == self._latest:
                self.report = report
                self._show()

        self.ctx.runner.run(lambda: community.report(period, project_id), done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        from volunteer_app.domain.errors import AppError
        from volunteer_app.ui.kit.messages import error_text

        if not isinstance(exc, AppError):
            raise exc  # a bug: to the crash handler
        self.ctx.bus.status_message.emit(error_text(exc))

    def _show(self) -> None:
        report = self.report
        if report is None:
            return
        locale = QLocale()
        if report.cards:
            self.cards.setText(
                self.tr("Pulse cards collected: %1. Shares are shown from %2 cards.")
                .replace("%1", locale.toString(report.cards))
                .replace("%2", locale.toString(PULSE_MIN_CARDS))
            )
        else:
            self.cards.setText(
                self.tr("No pulse cards in this period: print some below for your next activity.")
            )
        for code, label in self.shares.items():
            label.setText(share_text(report, code))
        self.view.setChart(place_chart(report))
        layout = self.layout()
        if layout is not None:
            layout.activate()  # lay the new texts out now, not on the next event loop turn

    def save_cards(self) -> None:
        from volunteer_app.ui.community.pulse_pdf import pulse_cards_pdf_bytes

        self._save(self.tr("Save pulse cards"), "pulse-cards.pdf", pulse_cards_pdf_bytes())

    def save_tally(self) -> None:
        from volunteer_app.ui.community.pulse_pdf import tally_sheet_pdf_bytes

        self._save(self.tr("Save a pulse tally sheet"), "pulse-tally.pdf", tally_sheet_pdf_bytes())

    def _save(self, title: str, name: str, data: bytes) -> None:
        path = common.ask_save_path(self, title, name, self.tr("PDF document (*.pdf)"))
        if path is None:
            return
        path = common.with_suffix(path, ".pdf")
        problem = common.write_file(path, data)
        if problem:
            self.cards.setText(problem)
            return
        common.offer_open(
            self, title, self.tr("Saved as %1. Open it to print.").replace("%1", str(path)), path
        )
