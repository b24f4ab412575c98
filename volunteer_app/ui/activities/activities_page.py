"""Activities: every activity logged, searchable and sortable, to correct, copy or delete."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.domain.activity import ActivityFilter, ActivityRecord, ActivityRow
from volunteer_app.ui.activities.activities_model import ActivitiesModel
from volunteer_app.ui.activities.edit_activity import EditActivityDialog
from volunteer_app.ui.kit import common
from volunteer_app.ui.kit.date_edit import DateEdit
from volunteer_app.ui.kit.dates import short_date
from volunteer_app.ui.kit.page import Page, heading
from volunteer_app.ui.kit.table_headers import fit_to_headings
from volunteer_app.ui.kit.widgets import EmptyHint, add_keyed_item, current_uuid, index_of_key
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.ops import Changes
from volunteer_app.ui.shell.undo import DeleteActivity, EditActivity, LogActivity

NO_DATE = QDate(2000, 1, 1)  # shown as "Any": QDateEdit cannot be empty


class ActivitiesPage(Page):
    watches = Changes.ACTIVITIES | Changes.TYPES | Changes.IMPORTS | Changes.PEOPLE

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("page_activities")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        self.heading = heading(self)
        layout.addWidget(self.heading)
        self.empty_hint = EmptyHint(self)
        layout.addWidget(self.empty_hint)
        layout.addLayout(self._filters())
        self.model = ActivitiesModel(self._fetch, self._count)
        self.table = QTableView(self)
        self.table.setObjectName("activitiesTable")
        self.table.setModel(self.model)
        # Newest first; the indicator is set before sorting is enabled so that it matches.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Type and title share the room the dates and figures leave.
        for column in (1, 2):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.edit_button, self.copy_button = QPushButton(self), QPushButton(self)
        self.delete_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.copy_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.count_label = QLabel(self)
        for widget in (self.edit_button, self.copy_button, self.delete_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.count_label, 1)
        layout.addLayout(buttons)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)  # search as the coordinator types, not per key
        self._debounce.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _t: self._debounce.start())
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self.apply_filters())
        self.type_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self._types_read = self._types_pending = False
        self.retranslate()

    def _filters(self) -> QHBoxLayout:
        """The search, the dates and the type, above the table."""
        filters = QHBoxLayout()
        self.search_label = QLabel(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("activitySearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_edit)
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.from_edit, self.to_edit = DateEdit(self), DateEdit(self)
        for label, edit in ((self.from_label, self.from_edit), (self.to_label, self.to_edit)):
            edit.setCalendarPopup(True)
            edit.setMinimumDate(NO_DATE)
            edit.setDate(NO_DATE)
            label.setBuddy(edit)
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("typeFilter")
        for widget in (
            self.search_label,
            self.search_edit,
            self.from_label,
            self.from_edit,
            self.to_label,
            self.to_edit,
            self.type_combo,
        ):
            filters.addWidget(widget)
        filters.setStretch(1, 1)
        return filters

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Activities"))
        self.search_label.setText(self.tr("&Search:"))
        self.search_edit.setPlaceholderText(self.tr("Type, title, place or notes"))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        for edit in (self.from_edit, self.to_edit):
            edit.setSpecialValueText(self.tr("Any"))
        self.from_edit.setAccessibleName(self.tr("From date"))
        self.to_edit.setAccessibleName(self.tr("To date"))
        self.type_combo.setAccessibleName(self.tr("Type of activity"))
        if self.type_combo.count():
            self.type_combo.setItemText(0, self.tr("All types"))
        self.model.headers = [
            self.tr("Date"),
            self.tr("Type"),
            self.tr("Title or place"),
            self.tr("Named"),
            self.tr("Unnamed"),
            self.tr("Participants"),
            self.tr("Hours"),
        ]
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        # Dates and figures as wide as they need, so the title keeps room on a small screen.
        widest_date = short_date(QDate(2026, 12, 28))
        fit_to_headings(
            self.table, [0], least=self.fontMetrics().horizontalAdvance(widest_date) + 16
        )
        fit_to_headings(self.table, range(3, 7))
        self.table.setAccessibleName(self.tr("Activities"))
        self.edit_button.setText(self.tr("&Open…"))
        self.copy_button.setText(self.tr("D&uplicate"))
        self.delete_button.setText(self.tr("De&lete"))
        self._show_count()

    def _fetch(self, flt: ActivityFilter, sort: str, desc: bool, offset: int, limit: int) -> list:  # type: ignore[type-arg]
        if self.ctx.services is None:  # the view asks as soon as it is shown
            return []
        return self.services.activities.page(flt, sort, desc, offset, limit)

    def _count(self, flt: ActivityFilter) -> int:
        return 0 if self.ctx.services is None else self.services.activities.count(flt)

    def refresh(self) -> None:
        if self._types_read or self.isVisible():
            self._fill_types()
        elif not self._types_pending:
            # Built unseen (ahead, in idle time): the rows first, the list of types at the
            # next turn of the event loop, still before the page is first shown, so that
            # the box is sized to the longest type as before.
            self._types_pending = True
            self.type_combo.blockSignals(True)  # its first item made current: no change
            self.type_combo.addItem(self.tr("All types"), None)
            self.type_combo.blockSignals(False)
            QTimer.singleShot(0, self, self._fill_types)
        self.apply_filters()

    def _fill_types(self) -> None:
        if self.ctx.services is None:  # closed meanwhile (a restore)
            return
        self._types_read = True
        current = self.type_combo.currentData()
        self.type_combo.blockSignals(True)
        self.type_combo.clear()
        self.type_combo.addItem(self.tr("All types"), None)
        for info in self.services.activities.types():
            add_keyed_item(self.type_combo, info.label, info.id)
        self.type_combo.setCurrentIndex(max(index_of_key(self.type_combo, current), 0))
        self.type_combo.blockSignals(False)

    def current_filter(self) -> ActivityFilter:
        def day(edit: QDateEdit) -> date | None:
            return None if edit.date() == NO_DATE else edit.date().toPython()  # type: ignore[return-value]

        type_id = current_uuid(self.type_combo)
        return ActivityFilter(
            text=self.search_edit.text(),
            date_from=day(self.from_edit),
            date_to=day(self.to_edit),
            type_id=type_id,
        )

    def apply_filters(self) -> None:
        flt = self.current_filter()
        # The first rows at once; the total (a read of every row, the slowest part on a
        # large file) is counted off the GUI thread and shown when known.
        self.model.reload(flt, count=False)
        self._show_count()
        self.run_latest(lambda: self._count(flt), lambda total: self._counted(flt, total))

    def _counted(self, flt: ActivityFilter, total: int) -> None:
        if self.model.set_total(flt, total):
            self._show_count()

    def _show_count(self) -> None:
        total = self.model.total
        self.count_label.setText(
            ""
            if total is None
            else self.tr("Activities shown: %1").replace("%1", QLocale().toString(total))
        )
        filtered = self.current_filter() != ActivityFilter()
        self.empty_hint.say(
            ""
            if self.model.rowCount()
            else self.tr("No activity matches these filters: clear the search or the dates.")
            if filtered
            else self.tr(
                "No activities yet. Log your first one on the Log page (Ctrl+1), or bring in "
                "a spreadsheet you already keep with File > Import a spreadsheet (Ctrl+I)."
            )
        )

    def selected_id(self) -> uuid.UUID | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.id if row else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
        return super().eventFilter(watched, event)

    def edit_selected(self) -> None:
        activity_id = self.selected_id()
        if activity_id is None:
            return
        service = self.services.activities
        before = service.load(activity_id)
        if before is None:
            return
        after = EditActivityDialog.ask(service, before, self.ctx.language, self.ctx.ops, self)
        if after is not None:  # saved by the dialog, which shows what to fix in place
            text = self.tr("edit %1").replace("%1", before.type_label)
            changes = Changes.ACTIVITIES | Changes.PEOPLE | Changes.PLACES | Changes.FUNDING
            self.ctx.ops.push_undo(EditActivity(service, before, after, text), changes)
            self.ctx.ops.announce(changes)

    def delete_selected(self) -> None:
        activity_id = self.selected_id()
        if activity_id is None:
            return
        service = self.services.activities
        self.ctx.ops.run(
            lambda: service.delete(activity_id),
            changes=Changes.ACTIVITIES | Changes.PEOPLE | Changes.PLACES,
            undo=lambda record: (
                None
                if record is None
                else DeleteActivity(
                    service, activity_id, self.tr("delete %1").replace("%1", record.type_label)
                )
            ),
            success=self._deleted,
        )

    def _deleted(self, record: ActivityRecord | None) -> None:
        if record is None:
            return
        day = short_date(record.activity_date)
        what = self.tr("%1 on %2 (%3 named people, %4 unnamed volunteers, %5 participants)")
        what = (
            what.replace("%1", record.type_label)
            .replace("%2", day)
            .replace("%3", str(len(record.people)))
            .replace("%4", str(record.volunteers_count))
            .replace("%5", str(record.participants_count))
        )
        self.bus.status_message.emit(
            self.tr("Deleted %1. Ctrl+Z brings it back.").replace("%1", what)
        )

    def duplicate_selected(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None or not self._confirm_duplicate(row):
            return
        activity_id, service = row.id, self.services.activities
        self.ctx.ops.run(
            lambda: service.duplicate(activity_id, date.today()),
            changes=Changes.ACTIVITIES | Changes.PEOPLE | Changes.PLACES,
            undo=lambda copy_id: LogActivity(service, copy_id, self.tr("duplicate")),
            success=lambda _copy_id: self.bus.status_message.emit(
                self.tr("Copied to today. Open it to change the details.")
            ),
        )

    def _confirm_duplicate(self, row: ActivityRow) -> bool:
        """A copy carries the people and their hours, so say so before making it."""
        text = (
            self.tr(
                "Copy %1 of %2 to today, %3, with the same people, hours and headcounts? "
                "You can open the copy afterwards to change it."
            )
            .replace("%1", " · ".join(p for p in (row.type_label, row.title) if p))
            .replace("%2", short_date(row.activity_date))
            .replace("%3", short_date(date.today()))
        )
        return common.confirm(self, self.tr("Duplicate"), text, self.tr("Copy to today"))
