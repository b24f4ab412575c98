"""The years side by side on A4 for a funder: the group, the kind of year, the project if
one is chosen, the table of figures with the change on the year before and on the first
year, and the chart. Text stays text in the PDF."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from volunteer_app.domain.funding.figures import Figure
from volunteer_app.services.funding.years import YearsReport
from volunteer_app.ui.funding.years_chart import years_chart
from volunteer_app.ui.funding.years_texts import (
    TENTHS,
    change_text,
    figure_names,
    kind_name,
    value_text,
    year_heading,
)
from volunteer_app.ui.kit import charts
from volunteer_app.ui.kit.pdf_page import a4_pdf, font, mm
from volunteer_app.ui.shell.context import app_title

translate = QCoreApplication.translate


def years_pdf_bytes(report: YearsReport, group_name: str, language: str, today: date) -> bytes:
    return a4_pdf(
        translate("YearsPdf", "Over the years"),
        lambda writer, painter: _draw(painter, writer.width(), report, group_name, language, today),
    )


def table_cells(report: YearsReport, language: str) -> list[list[str]]:
    """Header and rows as the page prints them (the figure's name first)."""
    years = report.years
    header = ["", *(year_heading(y.year) for y in years)]
    if len(years) > 1:
        header += [
            translate("YearsView", "Change on the year before"),
            translate("YearsView", "Change since %1").replace("%1", years[0].year.label),
        ]
    names = figure_names()
    keyed: list[tuple[str, Figure | str, bool]] = [(names[f], f, f in TENTHS) for f in Figure]
    keyed += [(o.shown_name(language), o.id, False) for o in report.outputs]
    rows = [header]
    for name, key, tenths in keyed:
        values = report.values(key)
        row = [
            name,
            *(value_text(v, tenths, y.has_data) for v, y in zip(values, years, strict=True)),
        ]
        if len(years) > 1:
            row += [change_text(c, tenths) for c in report.changes(key)]
        rows.append(row)
    return rows


def _line(
    painter: QPainter,
    x: float,
    y: float,
    width: float,
    text: str,
    size: float,
    bold: bool = False,
    grey: bool = False,
) -> float:
    painter.setFont(font(size, bold))
    painter.setPen(QColor("#444444" if grey else "black"))
    flags = Qt.TextFlag.TextWordWrap
    box = painter.boundingRect(QRectF(x, y, width, mm(60)), flags, text)
    painter.drawText(QRectF(x, y, width, box.height()), flags, text)
    return y + box.height()


def _draw(
    painter: QPainter, width: int, report: YearsReport, group_name: str, language: str, today: date
) -> None:
    margin = mm(15)
    x, y, inner = margin, margin, width - 2 * margin
    y = _line(painter, x, y, inner, group_name, 20, bold=True) + mm(1)
    title = translate("YearsPdf", "Over the years: %1").replace("%1", kind_name(report.kind))
    y = _line(painter, x, y, inner, title, 13) + mm(1)
    if report.project is not None:
        funded = (
            translate("YearsPdf", "%1 (%2): activities funded")
            .replace("%1", report.project.name)
            .replace("%2", report.project.funder or "—")
        )
        y = _line(painter, x, y, inner, funded, 12, bold=True) + mm(1)
    made = (
        translate("YearsPdf", "Made with %1 on %2. Exact figures for the group's own use.")
        .replace("%1", app_title())
        .replace("%2", QLocale().toString(today, QLocale.FormatType.LongFormat))
    )
    y = _line(painter, x, y, inner, made, 8.5, grey=True) + mm(5)
    y = _table(painter, x, y, inner, table_cells(report, language)) + mm(6)
    chart_height = mm(85)
    chart = years_chart(report)
    charts.apply_palette(chart, paper=True)
    charts.render_chart(
        chart, painter, QRectF(x, y, inner, chart_height), QSizeF(760, 760 * chart_height / inner)
    )
    chart.deleteLater()
    y += chart_height + mm(4)
    note = translate(
        "YearsPdf",
        "Volunteers are counted once a year however often they came. New volunteers came "
        "for the first time that year; retention is the share of the year before's "
        "volunteers who came again. A year marked (to date) is not over yet.",
    )
    _line(painter, x, y, inner, note, 8.5, grey=True)


def _widths(inner: float, count: int, changes: bool) -> list[float]:
    """The figure's name, then the years, then the two wider change columns."""
    name = inner * 0.24
    change_w = inner * 0.16 if changes else 0.0
    years = count - 1 - (2 if changes else 0)
    year_w = (inner - name - 2 * change_w) / max(years, 1)
    return [name, *([year_w] * years), *([change_w] * (2 if changes else 0))]


def _row_height(
    painter: QPainter, row: list[str], widths: list[float], changes: bool, bold: bool
) -> float:
    """The tallest wrapped cell of the row: a long Welsh name takes two lines, never cut."""
    tallest = 0.0
    for column, cell in enumerate(row):
        is_change = changes and column >= len(row) - 2
        painter.setFont(font(7.5 if is_change else 8.5, bold=bold))
        box = painter.boundingRect(
            QRectF(0, 0, widths[column] - mm(1.6), mm(40)), Qt.TextFlag.TextWordWrap, cell
        )
        tallest = max(tallest, box.height())
    return tallest + mm(1.2)


def _table(painter: QPainter, x: float, y: float, inner: float, rows: list[list[str]]) -> float:
    count = len(rows[0])
    changes = count > 3
    widths = _widths(inner, count, changes)
    for index, row in enumerate(rows):
        painter.setPen(QColor("black"))
        height = _row_height(painter, row, widths, changes, index == 0)
        left = x
        for column, cell in enumerate(row):
            is_change = changes and column >= count - 2
            painter.setFont(font(7.5 if is_change else 8.5, bold=index == 0))
            align = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
            painter.drawText(
                QRectF(left + mm(0.8), y, widths[column] - mm(1.6), height),
                int(align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap),
                cell,
            )
            left += widths[column]
        y += height
        painter.setPen(QPen(QColor("#bbbbbb" if index else "#555555"), mm(0.2)))
        painter.drawLine(int(x), int(y), int(x + inner), int(y))
    return y
