"""One measure's combined totals as bars: across authorities for the latest period, or
across periods for one authority (or all returns). Published sums; bars not for
publication are grey."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont

from volunteer_app.domain.cvc.combine import ALL_WALES, CombinedRow
from volunteer_app.ui.cvc import texts
from volunteer_app.ui.kit.charts import COLOURS, apply_palette

translate = QCoreApplication.translate


def chart_points(
    rows: Sequence[CombinedRow], measure: str, area: str, language: str
) -> tuple[str, list[tuple[str, int, bool]]]:
    """What the bars are of (an authority, or the latest period), and (label, published
    sum, for publication) for each bar."""
    totals = [r for r in rows if r.measure == measure and r.breakdown == "none"]
    if area:  # one authority (or all returns) across the periods
        picked = sorted((r for r in totals if r.area == area), key=lambda r: r.period)
        points = [(r.period.code, r.published_sum, r.for_publication) for r in picked]
        return texts.area_text(area, language), points
    periods = sorted({r.period for r in totals})
    if not periods:
        return "", []
    latest = periods[-1]
    picked = [r for r in totals if r.period == latest and r.area != ALL_WALES]
    points = [
        (texts.area_text(r.area, language), r.published_sum, r.for_publication) for r in picked
    ]
    return latest.code, points


def measure_chart(rows: Sequence[CombinedRow], measure: str, area: str, language: str) -> QChart:
    subject, points = chart_points(rows, measure, area, language)
    chart = QChart()
    chart.setTitle(
        translate("Cvc", "%1, %2: sum of published figures (grey: not for publication)")
        .replace("%1", texts.measure_text(measure))
        .replace("%2", subject)
    )
    series = QBarSeries()
    shown, held = (
        QBarSet(translate("Cvc", "Can be published")),
        QBarSet(translate("Cvc", "Not for publication")),
    )
    for bar_set, colour in ((shown, COLOURS[0]), (held, COLOURS[6])):
        bar_set.setColor(QColor(colour))
        bar_set.setBorderColor(QColor(colour))
        series.append(bar_set)
    for _, value, ok in points:
        shown.append(float(value) if ok else 0.0)
        held.append(0.0 if ok else float(value))
    series.setBarWidth(0.9)
    chart.addSeries(series)
    x_axis = QBarCategoryAxis()
    x_axis.append([label for label, _, _ in points])
    if len(points) > 6:
        x_axis.setLabelsAngle(-90)
    y_axis = QValueAxis()
    y_axis.setLabelFormat("%.0f")
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    y_axis.setRange(0, max(max((v for _, v, _ in points), default=0) * 1.1, 5.0))
    y_axis.applyNiceNumbers()
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)
    apply_palette(chart)
    return chart
