"""A chart of the years side by side: volunteers (new and returning) per year, and the
activities, for the screen and the A4 report."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont

from volunteer_app.services.funding.years import YearsReport
from volunteer_app.ui.funding.years_texts import year_heading
from volunteer_app.ui.kit.charts import COLOURS

translate = QCoreApplication.translate


def years_chart(report: YearsReport) -> QChart:
    chart = QChart()
    chart.setTitle(translate("YearsView", "Volunteers and activities, year by year"))
    series = QBarSeries()
    rows = (
        (translate("YearsView", "New volunteers"), [y.new_volunteers for y in report.years]),
        (
            translate("YearsView", "Returning volunteers"),
            [y.returning_volunteers for y in report.years],
        ),
        (translate("YearsView", "Activities"), [y.activities for y in report.years]),
    )
    for index, (name, values) in enumerate(rows):
        bar_set = QBarSet(name)
        bar_set.append([float(v) for v in values])
        bar_set.setColor(QColor(COLOURS[index]))
        bar_set.setBorderColor(QColor(COLOURS[index]))
        series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    x_axis = QBarCategoryAxis()
    x_axis.append([year_heading(y.year) for y in report.years])
    if len(report.years) > 3:  # five years with "(to date)" must fit under their bars
        small = QFont(x_axis.labelsFont())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 6.0))
        x_axis.setLabelsFont(small)
    y_axis = QValueAxis()
    y_axis.setLabelFormat("%.0f")
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    highest = max((max(values, default=0) for _n, values in rows), default=0)
    y_axis.setRange(0, max(highest * 1.15, 5.0))  # room for the labels above the bars
    y_axis.applyNiceNumbers()
    chart.legend().setVisible(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    title_font = QFont(chart.titleFont())
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    return chart
