"""The Reports page's charts (QtCharts): hours per month by activity type, and volunteers
active per month. Built from MonthlyFigures; themed from the palette so they read in
light and dark; drawn again into the A4 summary."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsScene

from volunteer_app.domain.values import MonthlyFigures

translate = QCoreApplication.translate
TYPES_SHOWN = 5
# Okabe-Ito colours: told apart with the common colour-vision differences, and on white
# or on a dark background.
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999")


def month_labels(monthly: MonthlyFigures) -> list[str]:
    """Short month names; within a year each name says which month it is (the period is
    named above the chart), so the year is added only to longer ranges."""
    locale = QLocale()
    long_range = len(monthly.months) > 12
    return [
        locale.monthName(m.month, QLocale.FormatType.ShortFormat)
        + (f" {m.year % 100:02d}" if long_range else "")
        for m in monthly.months
    ]


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


MANY_MONTHS = 6  # beyond this, month names stand upright
# QtCharts cuts an upright name to "⋮" when its column is narrower than about this (pixels).
UPRIGHT_COLUMN = 28
LEGEND_WIDTH = 240  # room for the legend's activity names beside the bars


def least_width(kind: str, months: int) -> int:
    """The narrowest chart whose month names are all shown whole: a column per month, the
    value axis and, for hours, the legend."""
    if months <= MANY_MONTHS:
        return 0
    return months * UPRIGHT_COLUMN + 90 + (LEGEND_WIDTH if kind == "hours" else 0)


def _axes(
    chart: QChart, series: QBarSeries | QStackedBarSeries, labels: list[str], highest: float
) -> None:
    x_axis = QBarCategoryAxis()
    x_axis.append(labels)
    if len(labels) > MANY_MONTHS:  # many months: upright names, so that none is cut short
        x_axis.setLabelsAngle(-90)
    y_axis = QValueAxis()
    y_axis.setLabelFormat("%.0f")
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    # An explicit range: an empty period would otherwise give the axis no range at all.
    y_axis.setRange(0, max(highest * 1.1, 5.0))
    y_axis.applyNiceNumbers()


def hours_chart(monthly: MonthlyFigures) -> QChart:
    chart = QChart()
    chart.setTitle(translate("Charts", "Volunteer hours per month, by activity"))
    series = QStackedBarSeries()
    shown = monthly.top_types(TYPES_SHOWN, translate("Charts", "Other activities"))
    for index, (label, minutes) in enumerate(shown.items()):
        bar_set = QBarSet(label)
        bar_set.append([round(m / 60, 1) for m in minutes])
        bar_set.setColor(QColor(COLOURS[index % len(COLOURS)]))
        bar_set.setBorderColor(QColor(COLOURS[index % len(COLOURS)]))
        series.append(bar_set)
    chart.addSeries(series)
    stacked = [sum(v[i] for v in shown.values()) / 60 for i in range(len(monthly.months))]
    _axes(chart, series, month_labels(monthly), max(stacked, default=0))
    _finish(chart, legend=True)
    return chart


def volunteers_chart(monthly: MonthlyFigures) -> QChart:
    chart = QChart()
    chart.setTitle(translate("Charts", "Volunteers active each month (people)"))
    series = QBarSeries()
    bar_set = QBarSet(translate("Charts", "Volunteers"))
    bar_set.append([float(v) for v in monthly.volunteers])
    bar_set.setColor(QColor(COLOURS[2]))
    bar_set.setBorderColor(QColor(COLOURS[2]))
    series.append(bar_set)
    series.setLabelsVisible(len(monthly.months) <= 12)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    _axes(chart, series, month_labels(monthly), max(monthly.volunteers, default=0))
    _finish(chart, legend=False)
    return chart


def _finish(chart: QChart, legend: bool) -> None:
    chart.legend().setVisible(legend)
    # At the side, where activity names have room to be read whole.
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    chart.legend().setShowToolTips(True)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    title_font = QFont(chart.titleFont())
    title_font.setBold(True)
    chart.setTitleFont(title_font)


def apply_palette(chart: QChart, palette: QPalette | None = None, paper: bool = False) -> None:
    """Colours from the platform palette (light or dark); ``paper`` is black on white."""
    palette = palette or QApplication.palette()
    if paper:
        background, text, grid = QColor("white"), QColor("black"), QColor("#cccccc")
    else:
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        grid = palette.color(QPalette.ColorRole.Mid)
    chart.setBackgroundBrush(background)
    chart.setBackgroundRoundness(0)
    chart.setTitleBrush(text)
    chart.legend().setLabelColor(text)
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setLinePenColor(grid)
        axis.setGridLineColor(grid)
    for series in chart.series():
        if isinstance(series, QBarSeries | QStackedBarSeries):
            for bar_set in series.barSets():
                bar_set.setLabelColor(text)


def chart_description(title: str, monthly: MonthlyFigures, values: list[float]) -> str:
    """The chart's numbers as text, for screen readers."""
    pairs = ", ".join(
        f"{label} {QLocale().toString(value, 'f', 1 if value % 1 else 0)}"
        for label, value in zip(month_labels(monthly), values, strict=True)
    )
    return f"{title}: {pairs}"


def build_chart(kind: str, monthly: MonthlyFigures) -> QChart:
    """``hours`` or ``volunteers``."""
    return hours_chart(monthly) if kind == "hours" else volunteers_chart(monthly)


def draw_on_paper(
    kind: str, monthly: MonthlyFigures, painter: QPainter, target: QRectF, size: QSizeF
) -> None:
    """The chart black on white (a PNG to save, a PDF page), laid out at ``size``."""
    chart = build_chart(kind, monthly)
    apply_palette(chart, paper=True)
    render_chart(chart, painter, target, size)
    chart.deleteLater()


def render_chart(chart: QChart, painter: QPainter, target: QRectF, size: QSizeF) -> None:
    """Draw a chart laid out at ``size`` into ``target`` of any painter (PDF, image):
    text and bars stay vector in a PDF."""
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(size)
    chart.layout().activate()  # lay out axes and legend now, not on the next event loop
    QCoreApplication.sendPostedEvents()
    scene.render(painter, target, QRectF(QPointF(0, 0), size))
    scene.removeItem(chart)


def make_view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    return view
