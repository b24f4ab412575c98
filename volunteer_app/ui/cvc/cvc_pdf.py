"""The CVC's one-page A4 summary of a combined period, for its own reports: each authority's
totals for the five measures, and a chart of volunteer hours across authorities. Figures the
publication gate holds back are printed as a dash, never as a number."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from volunteer_app.domain.cvc.combine import ALL_WALES, CombinedRow
from volunteer_app.domain.periods import Period
from volunteer_app.ui.cvc import texts
from volunteer_app.ui.cvc.chart import measure_chart
from volunteer_app.ui.kit import charts
from volunteer_app.ui.kit.pdf_page import a4_pdf, font, mm
from volunteer_app.ui.shell.context import app_title

translate = QCoreApplication.translate
MEASURES = (
    "events_held",
    "volunteers_unique",
    "volunteer_sessions",
    "volunteer_hours",
    "participants_attendance",
)
HELD = "–"


def cvc_pdf_bytes(
    rows: Sequence[CombinedRow], period: Period, returns: int, language: str, today: date
) -> bytes:
    picked = [r for r in rows if r.period == period and r.breakdown == "none"]
    return a4_pdf(
        translate("CvcPdf", "Combined volunteering returns"),
        lambda writer, painter: _draw(
            painter, writer.width(), picked, period, returns, language, today
        ),
    )


def _cell(row: CombinedRow | None) -> str:
    if row is None:
        return ""
    return QLocale().toString(row.published_sum) if row.for_publication else HELD


def _draw(
    painter: QPainter,
    width: int,
    rows: Sequence[CombinedRow],
    period: Period,
    returns: int,
    language: str,
    today: date,
) -> None:
    margin = mm(15)
    x, y, inner = margin, margin, width - 2 * margin
    painter.setPen(QColor("black"))
    painter.setFont(font(18, bold=True))
    line = painter.fontMetrics().height()
    title = translate("CvcPdf", "Volunteering in %1: combined returns").replace("%1", period.code)
    painter.drawText(QRectF(x, y, inner, line), Qt.AlignmentFlag.AlignLeft, title)
    y += line + mm(1)
    painter.setFont(font(8.5))
    painter.setPen(QColor("#444444"))
    made = (
        translate(
            "CvcPdf",
            "Made with %1 on %2 from %3 groups' returns. Sums of the figures the groups "
            "published; %4 marks a figure from fewer than 3 groups or mostly from one, "
            "which is not for publication.",
        )
        .replace("%1", app_title())
        .replace(
            "%2",
            QLocale().toString(
                QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat
            ),
        )
        .replace("%3", QLocale().toString(returns))
        .replace("%4", HELD)
    )
    painter.drawText(QRectF(x, y, inner, mm(10)), Qt.TextFlag.TextWordWrap, made)
    y += mm(12)
    y = _draw_table(painter, x, y, inner, rows, language)
    chart = measure_chart(rows, "volunteer_hours", "", language)
    charts.apply_palette(chart, paper=True)
    chart_height = min(mm(95), mm(282) - y)
    charts.render_chart(
        chart,
        painter,
        QRectF(x, y + mm(4), inner, chart_height),
        QSizeF(620, 620 * chart_height / inner),
    )
    chart.deleteLater()


def _draw_table(
    painter: QPainter, x: float, y: float, inner: float, rows: Sequence[CombinedRow], language: str
) -> float:
    first = mm(52)
    column = (inner - first) / len(MEASURES)
    painter.setFont(font(8, bold=True))
    painter.setPen(QColor("black"))
    head = mm(9)
    painter.drawText(
        QRectF(x, y, first, head),
        Qt.AlignmentFlag.AlignBottom,
        translate("CvcPdf", "Local authority"),
    )
    for i, measure in enumerate(MEASURES):
        painter.drawText(
            QRectF(x + first + i * column, y, column - mm(1), head),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap,
            texts.measure_text(measure),
        )
    y += head + mm(1)
    painter.setPen(QPen(QColor("#999999"), mm(0.2)))
    painter.drawLine(int(x), int(y), int(x + inner), int(y))
    by_area: dict[str, dict[str, CombinedRow]] = {}
    for row in rows:
        by_area.setdefault(row.area, {})[row.measure] = row
    areas = sorted(by_area, key=lambda a: (a == ALL_WALES, texts.area_text(a, language)))
    painter.setFont(font(8))
    line = painter.fontMetrics().height() * 1.25
    for area in areas:
        bold = area == ALL_WALES
        painter.setFont(font(8, bold=bold))
        painter.setPen(QColor("black"))
        painter.drawText(
            QRectF(x, y, first, line),
            Qt.AlignmentFlag.AlignVCenter,
            texts.area_text(area, language),
        )
        for i, measure in enumerate(MEASURES):
            painter.drawText(
                QRectF(x + first + i * column, y, column - mm(1), line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                _cell(by_area[area].get(measure)),
            )
        y += line
    return y
