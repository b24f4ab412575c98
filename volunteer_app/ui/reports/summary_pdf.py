"""The one-page A4 summary for an AGM or a funder, drawn with Qt's PDF writer: the group,
the period, the six figures, both charts and, if the group wants it, the value of its
volunteering at a rate it chose. Text stays text in the PDF, so it can be searched and
read aloud."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from volunteer_app.domain.values import hours_tenths
from volunteer_app.services.community.report import CommunityReport
from volunteer_app.services.reports import PeriodReport, value_of_volunteering
from volunteer_app.ui.community.community_pdf import BLOCK_MM, draw_community
from volunteer_app.ui.kit import charts
from volunteer_app.ui.kit.pdf_page import a4_pdf, font, mm
from volunteer_app.ui.kit.period_picker import period_label
from volunteer_app.ui.reports.project_filter import outputs_sentence, project_sentence
from volunteer_app.ui.reports.tiles import TILES, tile_texts
from volunteer_app.ui.shell.context import app_title

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ValueRate:
    pence_per_hour: int
    source: str
    year: int


def money(pence: int) -> str:
    return "£" + QLocale().toString(pence / 100, "f", 2)


def value_sentence(minutes: int, rate: ValueRate) -> str:
    total = value_of_volunteering(minutes, rate.pence_per_hour)
    return (
        translate(
            "SummaryPdf",
            "Value of volunteering: %1 (%2 hours at %3 an hour; rate from %4, %5).",
        )
        .replace("%1", money(total))
        .replace("%2", QLocale().toString(hours_tenths(minutes) / 10, "f", 1))
        .replace("%3", money(rate.pence_per_hour))
        .replace("%4", rate.source)
        .replace("%5", str(rate.year))
    )


def summary_pdf_bytes(
    report: PeriodReport,
    group_name: str,
    rate: ValueRate | None,
    today: date,
    community: CommunityReport | None = None,
    language: str = "en",
) -> bytes:
    """``language`` names the outputs (their Welsh names, when the group gave them)."""
    outputs = outputs_sentence(report.outputs, language)
    return a4_pdf(
        translate("SummaryPdf", "Volunteering summary"),
        lambda writer, painter: _draw(
            painter,
            writer.width(),
            writer.height(),
            report,
            group_name,
            rate,
            today,
            community,
            outputs,
        ),
    )


def _draw(
    painter: QPainter,
    width: int,
    height: int,
    report: PeriodReport,
    group_name: str,
    rate: ValueRate | None,
    today: date,
    community: CommunityReport | None = None,
    outputs: str = "",
) -> None:
    margin = mm(15)
    x, y = margin, margin
    inner = width - 2 * margin
    y = _draw_heading(painter, x, y, inner, report, group_name, today)
    taken = y
    y = _draw_project(painter, x, y, inner, report)
    y = _draw_tiles(painter, x, y, inner, report)
    y = _draw_outputs(painter, x, y, inner, outputs)
    taken = y - taken - (2 * mm(22) + mm(3) + mm(5))  # what the project and outputs took
    shrink = mm(BLOCK_MM / 2) if community is not None else 0.0  # room for Community
    shrink += taken / 2
    for kind, chart_height in (("hours", mm(88) - shrink), ("volunteers", mm(70) - shrink)):
        logical = QSizeF(620, 620 * chart_height / inner)  # text a little larger than on screen
        charts.draw_on_paper(
            kind, report.monthly, painter, QRectF(x, y, inner, chart_height), logical
        )
        y += chart_height + mm(4)
    if community is not None:
        y = draw_community(painter, x, y, inner, community)
    painter.setPen(QColor("black"))
    notes = [
        translate(
            "SummaryPdf",
            "Volunteers are counted once however often they came; participants and "
            "headcounts count every time. Hours include unnamed helpers for the whole activity.",
        )
    ]
    if rate is not None:
        painter.setFont(font(11, bold=True))
        line = painter.fontMetrics().height() * 2
        text = value_sentence(report.figures.volunteer_minutes, rate)
        painter.drawText(QRectF(x, y, inner, line), Qt.TextFlag.TextWordWrap, text)
        y += line + mm(2)
    painter.setFont(font(8.5))
    painter.setPen(QColor("#444444"))
    for note in notes:
        painter.drawText(QRectF(x, y, inner, mm(12)), Qt.TextFlag.TextWordWrap, note)


def _draw_heading(
    painter: QPainter,
    x: float,
    y: float,
    inner: float,
    report: PeriodReport,
    group_name: str,
    today: date,
) -> float:
    """The group, the period, and when and with what it was made; returns the next y."""
    painter.setPen(QColor("black"))
    painter.setFont(font(20, bold=True))
    line = painter.fontMetrics().height()
    painter.drawText(QRectF(x, y, inner, line), Qt.AlignmentFlag.AlignLeft, group_name)
    y += line + mm(1)
    painter.setFont(font(13))
    line = painter.fontMetrics().height()
    heading = translate("SummaryPdf", "Volunteering summary: %1").replace(
        "%1", period_label(report.period)
    )
    painter.drawText(QRectF(x, y, inner, line), Qt.AlignmentFlag.AlignLeft, heading)
    y += line + mm(1)
    painter.setFont(font(8.5))
    painter.setPen(QColor("#444444"))
    made = (
        translate("SummaryPdf", "Made with %1 on %2. Exact figures for the group's own use.")
        .replace("%1", app_title())
        .replace("%2", QLocale().toString(today, QLocale.FormatType.LongFormat))
    )
    line = painter.fontMetrics().height()
    painter.drawText(QRectF(x, y, inner, line), Qt.AlignmentFlag.AlignLeft, made)
    y += line + mm(5)
    return y


def _draw_project(
    painter: QPainter, x: float, y: float, inner: float, report: PeriodReport
) -> float:
    """Which project's activities the figures count: its name, funder and dates."""
    if report.project is None:
        return y
    painter.setPen(QColor("black"))
    painter.setFont(font(11, bold=True))
    height = _wrapped(painter, x, y, inner, project_sentence(report.project))
    return y + height + mm(2)


def _wrapped(painter: QPainter, x: float, y: float, inner: float, text: str) -> float:
    """Draw wrapped text whole, however many lines a long name takes; returns its height."""
    flags = Qt.TextFlag.TextWordWrap
    height = painter.boundingRect(QRectF(x, y, inner, mm(100)), flags, text).height()
    painter.drawText(QRectF(x, y, inner, height), flags, text)
    return height


def _draw_outputs(painter: QPainter, x: float, y: float, inner: float, text: str) -> float:
    """What the activities produced (bags of litter, meals served), when the group counts."""
    if not text:
        return y
    painter.setPen(QColor("black"))
    painter.setFont(font(10))
    lines = painter.fontMetrics().height() * 2  # the room the page kept for them
    return y + max(_wrapped(painter, x, y - mm(2), inner, text), lines)


def _draw_tiles(painter: QPainter, x: float, y: float, inner: float, report: PeriodReport) -> float:
    texts = tile_texts(report.figures)
    gap = mm(3)
    tile_w = (inner - 2 * gap) / 3
    tile_h = mm(22)
    for index, key in enumerate(TILES):
        value, caption, _explanation = texts[key]
        left = x + (index % 3) * (tile_w + gap)
        top = y + (index // 3) * (tile_h + gap)
        painter.setPen(QPen(QColor("#999999"), mm(0.3)))
        painter.drawRect(QRectF(left, top, tile_w, tile_h))
        painter.setPen(QColor("black"))
        painter.setFont(font(18, bold=True))
        pad = mm(2.5)
        number_h = painter.fontMetrics().height()
        painter.drawText(QRectF(left + pad, top + pad, tile_w - 2 * pad, number_h), 0, value)
        painter.setFont(font(9))
        painter.drawText(
            QRectF(left + pad, top + pad + number_h, tile_w - 2 * pad, tile_h - number_h - pad),
            Qt.TextFlag.TextWordWrap,
            caption,
        )
    return y + 2 * tile_h + gap + mm(5)
