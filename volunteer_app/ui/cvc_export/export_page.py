"""Export: the anonymised summary for the CVC, previewed row by row before it is saved."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from volunteer_app.domain.disclosure import Status
from volunteer_app.domain.errors import AppError
from volunteer_app.services.cvc.datapackage import write_datapackage
from volunteer_app.ui.cvc_export.outbox_view import OutboxView
from volunteer_app.ui.cvc_export.set_area import SetAreaDialog
from volunteer_app.ui.cvc_export.summary_model import SummaryTableModel
from volunteer_app.ui.kit import common
from volunteer_app.ui.kit.messages import error_text
from volunteer_app.ui.kit.page import Page, heading
from volunteer_app.ui.kit.period_picker import PeriodPicker, period_label
from volunteer_app.ui.kit.scroll_body import scrolling_body
from volunteer_app.ui.kit.widgets import EmptyHint, NoticeBar
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.ops import Changes

FIXED_COLUMNS = 12  # schema_version .. activity_la_code: the same on every row

if TYPE_CHECKING:
    from volunteer_app.services.summary_export import SummaryPreview


class ExportPage(Page):
    watches = Changes.ALL  # the summary counts everything, and needs the group's area

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("page_export")
        self.preview: SummaryPreview | None = None
        layout = scrolling_body(self)  # the preview keeps its rows on a small screen
        self.heading = heading(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        controls = QHBoxLayout()
        self.picker = PeriodPicker(today or date.today(), self)
        self.include_name = QCheckBox(self)
        self.include_name.setObjectName("includeGroupName")
        self.include_name.setChecked(True)
        self.datapackage = QCheckBox(self)  # a native save dialog cannot carry a tick box
        self.datapackage.setObjectName("writeDatapackage")
        controls.addWidget(self.picker, 1)
        controls.addWidget(self.include_name)
        self.notice = NoticeBar(self.set_local_authority, self)
        self.notice_text, self.set_area_button = self.notice.text, self.notice.button
        self.explanation = QLabel(self)
        self.explanation.setObjectName("exportExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self._build_table()
        self.fixed_values = QLabel(self)
        self.fixed_values.setObjectName("fixedValues")
        self.fixed_values.setWordWrap(True)
        self.fixed_values.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.all_columns = QCheckBox(self)
        self.all_columns.setObjectName("showAllColumns")
        self.all_columns.toggled.connect(self._show_columns)
        self.row_reason = QLabel(self)
        self.row_reason.setWordWrap(True)
        buttons = self._buttons()
        self.outbox = OutboxView(self)
        self.empty_hint = EmptyHint(self)
        for widget in (self.heading, self.intro, self.empty_hint):
            layout.addWidget(widget)
        layout.addLayout(controls)
        layout.addWidget(self.notice)
        layout.addWidget(self.explanation)
        layout.addWidget(self.fixed_values)
        layout.addWidget(self.all_columns)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.row_reason)
        layout.addLayout(buttons)
        layout.addWidget(self.outbox, 1)
        self.picker.changed.connect(lambda _p: self.refresh())
        self.include_name.toggled.connect(lambda _on: self.refresh())
        self.retranslate()

    def _buttons(self) -> QHBoxLayout:
        """Saving, and where the file went."""
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveSummary")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self._saved_to: str | None = None  # said again in the new language after a switch
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.datapackage)  # about the saving, so beside its button
        buttons.addWidget(self.result_label, 1)
        return buttons

    def _build_table(self) -> None:
        """Every row of the file, as it will be saved."""
        self.model = SummaryTableModel()
        self.table = QTableView(self)
        self.table.setObjectName("summaryPreview")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setMinimumHeight(9 * (self.fontMetrics().height() + 8))  # eight rows
        self.table.selectionModel().currentRowChanged.connect(self._show_row_reason)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Summary for your CVC"))
        self.intro.setText(
            self.tr(
                "An anonymised summary to send to your County Voluntary Council. Only the counts "
                "below leave this laptop: no names, contacts, notes or places."
            )
        )
        self.include_name.setText(self.tr("Include the group's &name"))
        self.datapackage.setText(self.tr("Also save a &datapackage.json (for open-data tools)"))
        self.set_area_button.setText(self.tr("Set local &authority…"))
        self.save_button.setText(self.tr("&Save file for the CVC…"))
        self.table.setAccessibleName(self.tr("Every row of the file, as it will be saved"))
        self.all_columns.setText(self.tr("Show e&very column in the table"))
        if self.model.columnCount():  # the headings' and the plain words follow the language
            last = self.model.columnCount() - 1
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
            words = self.model.words_column
            self.model.dataChanged.emit(
                self.model.index(0, words), self.model.index(self.model.rowCount() - 1, words)
            )
            self._show_columns()
        self._show_saved()
        self._explain()
        self._say_if_empty()
        self.outbox.retranslate()

    def refresh(self) -> None:
        period = self.picker.period()
        if period is None:
            return
        include, summary = self.include_name.isChecked(), self.services.summary
        self.run_latest(lambda: summary.preview(period, include), self._show, self._failed)
        self.outbox.set_entries(summary.outbox())

    def _show(self, preview: SummaryPreview) -> None:
        self.preview = preview
        self._say_if_empty()
        self.notice.hide()
        self.model.set_preview(preview.records, preview.rows)
        self.all_columns.show()
        self._show_columns()
        self.save_button.setEnabled(True)
        self._explain()

    def _say_if_empty(self) -> None:
        rows = self.preview.rows if self.preview else []
        held = next((r.raw for r in rows if r.measure == "events_held"), None)
        self.empty_hint.say(
            self.tr(
                "Nothing was logged in this period, so the file would hold only zeros. Log "
                "activities on the Log page (Ctrl+1), or choose another period above."
            )
            if held == 0 and not any(r.raw for r in rows)
            else ""
        )

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, AppError):
            raise exc
        self.preview = None
        self.model.clear()
        self.all_columns.hide()
        self.save_button.setEnabled(False)
        self.notice_text.setText(
            self.tr(
                "The summary needs your group's local authority, so your CVC knows where the "
                "volunteering happened."
            )
            if exc.code == "export.no_local_authority"
            else error_text(exc)
        )
        self.set_area_button.setVisible(exc.code == "export.no_local_authority")
        self.notice.show()
        self._explain()

    def _show_columns(self) -> None:
        """The first columns hold the same value on every row; by default they are listed once
        above the table so that the figures fit on screen. Nothing is left out either way."""
        show_all = self.all_columns.isChecked()
        for column in range(FIXED_COLUMNS):
            self.table.setColumnHidden(column, not show_all)
        # The plain words sit first among the figures, beside each row; the file's own
        # column order is untouched (only the view's order moves).
        header = self.table.horizontalHeader()
        words = self.model.words_column
        if not self.model.columnCount():
            return
        if header.visualIndex(words) != FIXED_COLUMNS:
            header.moveSection(header.visualIndex(words), FIXED_COLUMNS)
        # Wide enough to read, narrow enough that the figures stay in view; the whole
        # sentence is in its tooltip, and the column can be widened by hand.
        header.setSectionResizeMode(words, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(words, min(self.table.sizeHintForColumn(words), 420))

    def _explain(self) -> None:
        preview = self.preview
        if preview is None:
            self.explanation.clear()
            self.fixed_values.clear()
            return
        header, first = preview.records[0], preview.records[1]
        empty = self.tr("(empty)")
        pairs = [f"{header[i]} = {first[i] or empty}" for i in range(FIXED_COLUMNS)]
        self.fixed_values.setText(
            self.tr("Every row also carries: %1").replace("%1", "; ".join(pairs))
        )
        rows = preview.rows
        primary = sum(r.status is Status.SUPPRESSED for r in rows)
        secondary = sum(r.status is Status.SECONDARY_SUPPRESSED for r in rows)
        lines = [
            self.tr("%1: %2 rows, one per figure.")
            .replace("%1", period_label(preview.period))
            .replace("%2", str(len(rows))),
            self.tr(
                "Numbers of people, sessions and hours are rounded to the nearest 5, and "
                "each total is rounded on its own, so a breakdown may not add up to it."
            ),
            self.tr(
                "Hidden because fewer than 5 people are behind them (marked “suppressed”): %1."
            ).replace("%1", str(primary)),
            self.tr(
                "Hidden as well, so those cannot be worked out from a total (marked "
                "“secondary_suppressed”): %1."
            ).replace("%1", str(secondary)),
        ]
        self.explanation.setText("<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>")

    def _show_row_reason(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.preview is None:
            self.row_reason.clear()
            return
        from volunteer_app.ui.cvc_export.summary_model import row_explanation

        row = self.model.row_at(index.row())
        self.row_reason.setText(f"{row.measure} · {row.category}: {row_explanation(row)}")

    def set_local_authority(self) -> None:
        code = SetAreaDialog.ask(self, self.ctx.language)
        if code is None:
            return
        group = self.services.group

        def update() -> object:
            info = group.info()
            return group.update(info.name, code, info.cvc_ref)

        self.ctx.ops.run(update, changes=Changes.GROUP)

    def save(self) -> None:
        preview = self.preview
        if preview is None:
            return
        allow_overlap = False
        if preview.changed_since is not None and not common.confirm(
            self,
            self.tr("Numbers have changed"),
            self.tr(
                "You sent a summary for this period on %1. The numbers have changed "
                "since, so the new file will differ from the one your CVC has."
            ).replace("%1", preview.changed_since.exported_at.strftime("%Y-%m-%d")),
            self.tr("Save a new file"),
        ):
            return
        if preview.overlapping:
            other = preview.overlapping[0].period
            if not common.confirm(
                self,
                self.tr("Different periods overlap"),
                self.tr(
                    "You already sent %1. This period overlaps it without matching it. "
                    "Someone holding both files could subtract one from the other and "
                    "uncover small numbers. Groups should report on one grid: the same "
                    "kind of period each time."
                ).replace("%1", period_label(other)),
                self.tr("Save anyway"),
            ):
                return
            allow_overlap = True
        target = common.ask_save_path(
            self,
            self.tr("Save the summary for your CVC"),
            preview.file_name,
            self.tr("CSV files (*.csv)"),
        )
        if target is None:
            return
        summary, datapackage = self.services.summary, self.datapackage.isChecked()

        def save() -> None:
            summary.save(preview, target, allow_overlap=allow_overlap)
            if datapackage:
                write_datapackage(target, preview.content, preview.version)

        self.ctx.ops.run(
            save,
            changes=Changes.EXPORTS,
            success=lambda _none: self._saved(str(target)),
            failure=lambda text: common.inform(self, self.tr("Not saved"), text),
        )

    def _saved(self, target: str) -> None:
        self._saved_to = target
        self._show_saved()
        self.bus.status_message.emit(self.tr("Summary saved."))

    def _show_saved(self) -> None:
        if self._saved_to is not None:
            text = self.tr("Saved %1. Email it to your CVC.").replace("%1", self._saved_to)
            self.result_label.setText(text)
