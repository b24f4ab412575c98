"""Reports > Over the years: up to five years side by side, with the change on the year
before and on the first year shown, and a chart. The Reports page adds it with one call."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.domain.funding.figures import Figure
from volunteer_app.domain.funding.years import MAX_YEARS
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
from volunteer_app.ui.kit.page import heading
from volunteer_app.ui.kit.widgets import LanguageCombo
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.ops import Changes

if TYPE_CHECKING:
    from volunteer_app.domain.funding.values import ProjectInfo
    from volunteer_app.services.funding.years import YearsReport


class YearsView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.setObjectName("overTheYears")
        self.ctx = ctx
        self.today = today or date.today()
        self.report: YearsReport | None = None
        self.projects: list[ProjectInfo] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        self.heading = heading(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        # The kind of year is the group's, chosen once in Settings: said here, not asked.
        self.kind = QLabel(self)
        self.kind.setObjectName("yearsKind")
        self.kind.setWordWrap(False)  # one line: a wrapped one is squeezed to the fields' width
        self.kind.setTextFormat(Qt.TextFormat.RichText)
        self.kind.linkActivated.connect(lambda _link: ctx.bus.page_wanted.emit("settings"))
        self.count = QSpinBox(self)
        self.count.setRange(1, MAX_YEARS)
        self.count.setValue(3)
        self.project = QComboBox(self)
        form = QFormLayout()
        self.kind_label, self.count_label, self.project_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        form.addRow(self.kind_label, self.kind)
        for label, field in ((self.count_label, self.count), (self.project_label, self.project)):
            label.setBuddy(field)
            form.addRow(label, field)
        row = self._results()
        self.pdf_language = LanguageCombo(self)
        self.pdf_language.set_language(ctx.language)
        self.pdf_language_label = QLabel(self)
        self.pdf_language_label.setBuddy(self.pdf_language)
        form.addRow(self.pdf_language_label, self.pdf_language)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("yearsPdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        top = QHBoxLayout()
        top.addLayout(form)
        top.addStretch(1)
        for widget in (self.heading, self.intro):
            layout.addWidget(widget)
        layout.addLayout(top)
        layout.addLayout(row)
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.pdf_button)
        pdf_row.addWidget(self.problem, 1)
        layout.addLayout(pdf_row)
        ctx.bus.changed.connect(self._on_changed)  # the kind of year may change
        self.count.valueChanged.connect(lambda _v: self.refresh())
        self.project.currentIndexChanged.connect(lambda _i: self.refresh())
        self._latest = 0  # only the newest request's answer is shown
        self.retranslate()

    def _results(self) -> QBoxLayout:
        """The years side by side: the table, and the chart under it."""
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.chart_view = charts.make_view(years_chart_placeholder())
        self.chart_view.setMinimumHeight(260)
        row = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        row.addWidget(self.table)
        row.addWidget(self.chart_view)
        return row

    def _on_changed(self, changes: Changes) -> None:
        if changes & Changes.GROUP:
            self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Over the years"))
        self.intro.setText(
            self.tr(
                "The same figures for each year, as funders ask for them; the year in progress "
                "counts what is logged so far. The kind of year is kept for the group."
            )
        )
        self.kind_label.setText(self.tr("Kind of year:"))
        self.count_label.setText(self.tr("&Years shown:"))
        self.project_label.setText(self.tr("&Project:"))
        self.pdf_language_label.setText(self.tr("Language of the &A4 report:"))
        self.pdf_button.setText(self.tr("Save an A4 report for a &funder (PDF)…"))
        self.pdf_button.setToolTip(
            self.tr("These years side by side, the table and the chart, on one page.")
        )
        self.table.setAccessibleName(self.tr("Over the years"))
        self._fill_projects()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_projects(self) -> None:
        chosen = self.project.currentData() or ""
        self.project.blockSignals(True)
        self.project.clear()
        self.project.addItem(self.tr("All activities"), "")
        for project in self.projects:
            self.project.addItem(project.name, project.id)
        self.project.setCurrentIndex(max(self.project.findData(chosen), 0))
        self.project.blockSignals(False)

    def refresh(self) -> None:
        """Read the years again (the Reports page calls this when the data changes)."""
        services = self.ctx.services
        if services is None:
            return
        from volunteer_app.services.funding.projects import FundingService
        from volunteer_app.services.funding.years import YearsService

        years, funding = YearsService(services.database), FundingService(services.database)
        count, today = self.count.value(), self.today
        project_id = self.project.currentData() or ""

        def job() -> tuple[YearsReport, list[ProjectInfo]]:
            projects = funding.projects()
            chosen = next((p for p in projects if p.id == project_id), None)
            return years.report(count, today, None, chosen), projects  # the group's kind

        self._latest += 1
        request = self._latest

        def done(result: tuple[YearsReport, list[ProjectInfo]]) -> None:
            if request == self._latest:
                self._loaded(result)

        self.ctx.runner.run(job, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        from volunteer_app.domain.errors import AppError
        from volunteer_app.ui.kit.messages import error_text

        if not isinstance(exc, AppError):
            raise exc
        self.ctx.bus.status_message.emit(error_text(exc))

    def _loaded(self, result: tuple[YearsReport, list[ProjectInfo]]) -> None:
        self.report, self.projects = result
        self._fill_projects()
        self._show()

    def rows(self) -> list[tuple[str, Figure | str, bool]]:
        if self.report is None:
            return []
        names = figure_names()
        shown: list[tuple[str, Figure | str, bool]] = [(names[f], f, f in TENTHS) for f in Figure]
        shown += [(o.shown_name(self.ctx.language), o.id, False) for o in self.report.outputs]
        return shown

    def _show(self) -> None:
        report = self.report
        if report is None:
            return
        self.kind.setText(
            self.tr('%1, as chosen for the group in <a href="settings">Settings</a>.').replace(
                "%1", kind_name(report.kind)
            )
        )
        years = report.years
        headers = [year_heading(y.year) for y in years]
        if len(years) > 1:
            headers += [self.tr("Change on the year before"),
                        self.tr("Change since %1").replace("%1", years[0].year.label)]  # fmt: skip
        rows = self.rows()
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setVerticalHeaderLabels([name for name, _k, _t in rows])
        for r, (_name, key, tenths) in enumerate(rows):
            values = report.values(key)
            cells = [value_text(v, tenths, y.has_data) for v, y in zip(values, years, strict=True)]
            if len(years) > 1:
                cells += [change_text(c, tenths) for c in report.changes(key)]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self._fit_table()
        chart = years_chart(report)
        charts.apply_palette(chart, self.palette())
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        old.deleteLater()

    def pdf_bytes(self) -> bytes:
        """The A4 report in the chosen language (switched for the moment of drawing)."""
        from volunteer_app.ui.funding.years_pdf import years_pdf_bytes

        assert self.report is not None and self.ctx.services is not None
        group = self.ctx.services.group.info().name
        language, before = self.pdf_language.language(), self.ctx.language
        if language != before:
            self.ctx.switch_language(language, remember=False)
        try:
            return years_pdf_bytes(self.report, group, language, date.today())
        finally:
            if language != before:
                self.ctx.switch_language(before, remember=False)

    def save_pdf(self) -> None:
        from volunteer_app.ui.kit import common

        if self.report is None or self.ctx.services is None:
            return
        path = common.ask_save_path(
            self,
            self.tr("Save the A4 report"),
            f"over-the-years-{self.report.years[-1].year.label}.pdf",
            self.tr("PDF document (*.pdf)"),
        )
        if path is None:
            return
        path = common.with_suffix(path, ".pdf")
        problem = common.write_file(path, self.pdf_bytes())
        self.problem.setText(problem)
        if not problem:
            common.offer_open(
                self,
                self.tr("A4 report"),
                self.tr("Saved the report as %1.").replace("%1", str(path)),
                path,
            )

    def _fit_table(self) -> None:
        """Every row shown: the page scrolls, not the table inside it."""
        table = self.table
        table.resizeRowsToContents()
        height = table.verticalHeader().length() + table.horizontalHeader().sizeHint().height()
        height += 2 * table.frameWidth() + table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(height)


def years_chart_placeholder():  # type: ignore[no-untyped-def]
    from PySide6.QtCharts import QChart

    return QChart()


def add_years_view(ctx: UiContext, layout: QBoxLayout, parent: QWidget) -> YearsView:
    """The Reports page's one call: the view at the end of its layout."""
    view = YearsView(ctx, parent)
    layout.addWidget(view)
    return view
