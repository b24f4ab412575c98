"""One chart on the Reports page with its "Save as image…" button."""

from __future__ import annotations

from PySide6.QtCharts import QChart
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from volunteer_app.domain.values import MonthlyFigures
from volunteer_app.ui import charts
from volunteer_app.ui.dialogs import common

IMAGE_SIZE = QSize(1600, 1000)


def chart_png(kind: str, monthly: MonthlyFigures, size: QSize = IMAGE_SIZE) -> bytes:
    """The chart drawn black on white, large enough to print or put in a report."""
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    logical = QSizeF(size.width() / 2, size.height() / 2)  # drawn at twice the screen size
    charts.draw_on_paper(kind, monthly, painter, QRectF(0, 0, size.width(), size.height()), logical)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class ChartBox(QWidget):
    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.monthly: MonthlyFigures | None = None
        self.view = charts.make_view(QChart())
        self.view.setMinimumHeight(240)
        self.view.setObjectName(f"chart_{kind}")
        self.save_button = QPushButton(self)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_png)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save chart as image…"))
        if self.monthly is not None:
            self.show_figures(self.monthly)  # chart titles and month names in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            charts.apply_palette(self.view.chart(), self.palette())  # light or dark switched
        super().changeEvent(event)

    def show_figures(self, monthly: MonthlyFigures) -> None:
        self.monthly = monthly
        self.view.setMinimumWidth(charts.least_width(self.kind, len(monthly.months)))
        chart = charts.build_chart(self.kind, monthly)
        charts.apply_palette(chart, self.palette())
        old = self.view.chart()
        self.view.setChart(chart)
        old.deleteLater()
        if self.kind == "hours":
            totals = [
                sum(v[i] for v in monthly.minutes_by_type.values()) / 60
                for i in range(len(monthly.months))
            ]
        else:
            totals = [float(v) for v in monthly.volunteers]
        self.view.setAccessibleName(chart.title())
        self.view.setAccessibleDescription(charts.chart_description(chart.title(), monthly, totals))
        self.save_button.setAccessibleName(f"{self.save_button.text()} {chart.title()}")
        self.save_button.setEnabled(True)

    def save_png(self) -> None:
        if self.monthly is None:
            return
        title = self.view.chart().title()
        name = "volunteer-hours.png" if self.kind == "hours" else "volunteers-per-month.png"
        path = common.ask_save_path(
            self, self.tr("Save chart as image"), name, self.tr("PNG image (*.png)")
        )
        if path is None:
            return
        path = common.with_suffix(path, ".png")
        problem = common.write_file(path, chart_png(self.kind, self.monthly))
        if problem:
            common.inform(self, self.tr("Save chart as image"), problem)
            return
        common.inform(
            self,
            self.tr("Save chart as image"),
            self.tr("Saved “%1” as %2.").replace("%1", title).replace("%2", str(path)),
            icon=QMessageBox.Icon.Information,
        )
