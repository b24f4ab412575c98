"""The CVC page: choose the returns received, combine them off the GUI thread (progress and
Cancel), see every file's status, the combined table with filters, a chart, and save it."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.domain.cvc.combine import ALL_WALES, CombinedRow
from volunteer_app.domain.cvc.received import ReceivedStatus
from volunteer_app.domain.errors import AppError
from volunteer_app.domain.periods import Period
from volunteer_app.services.cvc.combined_file import save_combined
from volunteer_app.services.cvc.combining import CombineResult, combine_paths
from volunteer_app.services.cvc.reading import Cancelled
from volunteer_app.ui.cvc import texts
from volunteer_app.ui.cvc.chart import measure_chart
from volunteer_app.ui.cvc.cvc_pdf import cvc_pdf_bytes
from volunteer_app.ui.cvc.models import CombinedModel, ReturnsModel
from volunteer_app.ui.kit import common
from volunteer_app.ui.kit.charts import make_view
from volunteer_app.ui.kit.page import Page, heading
from volunteer_app.ui.kit.progress import progress_dialog
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.ops import Changes


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread (a queued signal)."""

    moved = Signal(int, int)


class CvcPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("page_cvc")
        self.paths: list[Path] = []
        self.result: CombineResult | None = None
        self.rows: list[CombinedRow] = []
        self._cancel = threading.Event()
        self.progress_dialog: QProgressDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        self.heading = heading(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self._choose_row())
        self.summary = QLabel(self)
        self.summary.setObjectName("cvcSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The saving buttons sit beside the summary, so the page stays narrow enough.
        results = QHBoxLayout()
        results.addWidget(self.summary, 1)
        results.addWidget(self.save_button)
        results.addWidget(self.pdf_button)
        layout.addLayout(results)
        self.tabs = QTabWidget(self)
        self.returns_model = ReturnsModel(self)
        self.returns_view = self._table(self.returns_model, "cvcReturns")
        self.combined_model = CombinedModel(self)
        self.tabs.addTab(self.returns_view, "")
        self.tabs.addTab(self._combined_tab(), "")
        self.chart_holder = QWidget(self)
        self.chart_layout = QVBoxLayout(self.chart_holder)
        self.tabs.addTab(self.chart_holder, "")
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def _choose_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_files_button = QPushButton(self)
        self.add_files_button.clicked.connect(self.add_files)
        self.add_folder_button = QPushButton(self)
        self.add_folder_button.clicked.connect(self.add_folder)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)
        self.period_label = QLabel(self)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("cvcPeriod")
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_label.setBuddy(self.period_combo)
        self.combine_button = QPushButton(self)
        self.combine_button.setObjectName("cvcCombine")
        self.combine_button.clicked.connect(self.combine)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("cvcSave")
        self.save_button.clicked.connect(self.save_table)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("cvcPdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        widgets: list[QWidget] = [self.add_files_button, self.add_folder_button, self.clear_button]
        for widget in widgets:
            row.addWidget(widget)
        row.addSpacing(16)
        widgets = [self.period_label, self.period_combo, self.combine_button]
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _combined_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        filters = QHBoxLayout()
        self.measure_label, self.measure_combo = QLabel(tab), QComboBox(tab)
        self.measure_combo.setObjectName("cvcMeasure")
        self.measure_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.area_label, self.area_combo = QLabel(tab), QComboBox(tab)
        self.area_combo.setObjectName("cvcArea")
        self.area_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for label, combo in (
            (self.measure_label, self.measure_combo),
            (self.area_label, self.area_combo),
        ):
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(self.apply_filters)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.combined_view = self._table(self.combined_model, "cvcCombined")
        layout.addWidget(self.combined_view, 1)
        return tab

    def _table(self, model: ReturnsModel | CombinedModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Combine groups' returns (CVC)"))
        self.intro.setText(
            self.tr(
                "For a County Voluntary Council: add the summary files groups sent you. Each "
                "file is checked whole; damaged ones are set aside with the reason, a later "
                "file from a group replaces its earlier one, and the same file twice counts "
                "once. Figures from fewer than 3 groups, or where one group gives over 80%, "
                "are marked not for publication."
            )
        )
        self.add_files_button.setText(self.tr("Add &files…"))
        self.add_folder_button.setText(self.tr("Add a f&older…"))
        self.clear_button.setText(self.tr("C&lear"))
        self.period_label.setText(self.tr("&Period:"))
        self.combine_button.setText(self.tr("&Combine"))
        self.save_button.setText(self.tr("&Save the combined table…"))
        self.pdf_button.setText(self.tr("A4 summary (P&DF)…"))
        self.measure_label.setText(self.tr("&Measure:"))
        self.area_label.setText(self.tr("&Authority:"))
        self.tabs.setTabText(0, self.tr("Returns received"))
        self.tabs.setTabText(1, self.tr("Combined table"))
        self.tabs.setTabText(2, self.tr("Chart"))
        self.returns_view.setAccessibleName(self.tr("Returns received"))
        self.combined_view.setAccessibleName(self.tr("Combined table"))
        for model in (self.returns_model, self.combined_model):
            model.language = self.ctx.language
            model.relabel()
        self._fill_periods()
        self._fill_filters()
        self._show_summary()

    # Choosing files
    def add_files(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add returns"), folder, self.tr("Summary files (*.csv)")
        )
        self.add_paths([Path(c) for c in chosen])

    def add_folder(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of returns"), folder)
        if chosen:
            self.add_paths([Path(chosen)])

    def add_paths(self, paths: list[Path]) -> None:
        if paths:
            self.paths.extend(p for p in paths if p not in self.paths)
            self.combine()

    def clear(self) -> None:
        self.paths.clear()
        self.result = None
        self.rows = []
        self.returns_model.set_items([])
        self.combined_model.set_rows([])
        self._fill_periods()
        self._fill_filters()
        self._show_summary()

    # Combining, off the GUI thread
    def combine(self) -> None:
        if not self.paths:
            self._show_summary()
            return
        paths, period = list(self.paths), self.period_combo.currentData()
        periods = {p.code: p for p in self._periods()}
        chosen = periods.get(period) if period else None
        dialog = progress_dialog(
            self,
            self.tr("Combining"),
            self.tr("Reading and checking the returns…"),
            self.tr("Cancel"),
            shown_after_ms=400,
        )
        self._cancel.clear()
        dialog.canceled.connect(self._cancel.set)
        self.progress_dialog = dialog
        relay = _Progress(dialog)
        relay.moved.connect(self._moved)
        cancel = self._cancel
        self.ctx.runner.run(
            lambda: combine_paths(paths, chosen, (), relay.moved.emit, cancel),
            self._combined,
            self._failed,
        )

    def _moved(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setRange(0, total)
            self.progress_dialog.setValue(done)

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _combined(self, result: CombineResult) -> None:
        self._close_progress()
        self.result = result
        self.rows = result.rows
        self.returns_model.set_items(result.received)
        self.returns_view.resizeColumnsToContents()
        self.combined_model.set_rows(result.rows)
        self._fill_periods()
        self._fill_filters()
        self._show_summary()

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("Cancelled: nothing was combined."))
            return
        if not isinstance(exc, AppError):
            raise exc
        self.summary.setText(texts.reason_text(exc))

    # What is shown
    def _periods(self) -> list[Period]:
        received = self.result.received if self.result is not None else []
        return sorted({r.summary.period for r in received if r.summary is not None})

    def _fill_periods(self) -> None:
        current = self.period_combo.currentData()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        self.period_combo.addItem(self.tr("All periods"), "")
        for period in self._periods():
            self.period_combo.addItem(period.code, period.code)  # codes as str (item data)
        found = self.period_combo.findData(current or "")
        self.period_combo.setCurrentIndex(max(found, 0))
        self.period_combo.blockSignals(False)

    def _fill_filters(self) -> None:
        measure, area = self.measure_combo.currentData(), self.area_combo.currentData()
        for combo in (self.measure_combo, self.area_combo):
            combo.blockSignals(True)
            combo.clear()
        for code in dict.fromkeys(r.measure for r in self.rows):
            self.measure_combo.addItem(texts.measure_text(code), code)
        self.area_combo.addItem(self.tr("Every authority"), "")
        for code in sorted({r.area for r in self.rows}, key=lambda c: (c == ALL_WALES, c)):
            self.area_combo.addItem(texts.area_text(code, self.ctx.language), code)
        self.measure_combo.setCurrentIndex(max(self.measure_combo.findData(measure), 0))
        self.area_combo.setCurrentIndex(max(self.area_combo.findData(area or ""), 0))
        for combo in (self.measure_combo, self.area_combo):
            combo.blockSignals(False)
        self.apply_filters()

    def apply_filters(self) -> None:
        measure = self.measure_combo.currentData() or ""
        area = self.area_combo.currentData() or ""
        self.combined_model.filter(
            lambda r: (not measure or r.measure == measure) and (not area or r.area == area)
        )
        self.combined_view.resizeColumnsToContents()
        self._show_chart(measure, area)

    def _show_chart(self, measure: str, area: str) -> None:
        while self.chart_layout.count():
            item = self.chart_layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        if not self.rows or not measure:
            return
        view = make_view(measure_chart(self.rows, measure, area, self.ctx.language))
        view.setObjectName("cvcChart")
        self.chart_layout.addWidget(view)

    def _show_summary(self) -> None:
        self.save_button.setEnabled(bool(self.rows))
        self.pdf_button.setEnabled(bool(self.rows))
        result = self.result
        if result is None:
            self.summary.setText(
                self.tr("No returns yet: add files or a folder.") if not self.paths else ""
            )
            return
        count = result.count
        parts = [
            self.tr("%n return(s) combined", "", result.used),
            self.tr("%n rejected", "", count(ReceivedStatus.REJECTED)),
            self.tr("%n corrected", "", count(ReceivedStatus.CORRECTED)),
            self.tr("%n sent twice", "", count(ReceivedStatus.DUPLICATE)),
        ]
        text = "; ".join(parts) + "."
        if result.refused is not None:
            text = texts.reason_text(result.refused) + " " + text
        held = sum(not r.for_publication for r in self.rows)
        if self.rows:
            text += " " + self.tr("%n figure(s) not for publication.", "", held)
        self.summary.setText(text)

    # Saving
    def save_table(self) -> None:
        if not self.rows:
            return
        path = common.ask_save_path(
            self,
            self.tr("Save the combined table"),
            "vcs-combined.csv",
            self.tr("CSV file (*.csv);;Excel workbook (*.xlsx)"),
        )
        if path is None:
            return
        self.save_to(common.with_suffix(path, ".csv", ".xlsx"))

    def save_to(self, path: Path) -> None:
        received, rows = self.result.received if self.result is not None else [], self.rows
        self.ctx.ops.run(
            lambda: save_combined(path, rows, received),
            changes=Changes.NONE,  # a file of the returns: the group's data is untouched
            success=lambda target: self.bus.status_message.emit(
                self.tr("Saved %1.").replace("%1", target.name)
            ),
            failure=lambda text: common.inform(self, self.tr("Not saved"), text),
        )

    def pdf_period(self) -> Period | None:
        """The period chosen above, or else the latest one combined."""
        chosen = self.period_combo.currentData()
        periods = sorted({r.period for r in self.rows})
        picked = [p for p in periods if p.code == chosen] or periods[-1:]
        return picked[0] if picked else None

    def save_pdf(self) -> None:
        period = self.pdf_period()
        if period is None or self.result is None:
            return
        path = common.ask_save_path(
            self,
            self.tr("Save an A4 summary"),
            f"cvc-summary-{period.code}.pdf",
            self.tr("PDF file (*.pdf)"),
        )
        if path is None:
            return
        data = cvc_pdf_bytes(self.rows, period, self.result.used, self.ctx.language, date.today())
        problem = common.write_file(common.with_suffix(path, ".pdf"), data)
        if problem:
            common.inform(self, self.tr("Not saved"), problem)
        else:
            self.bus.status_message.emit(self.tr("Saved %1.").replace("%1", path.name))
