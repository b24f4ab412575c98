"""The home page: log an activity in seconds, by headcount alone or with names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from volunteer_app.domain.errors import AppError, ValidationError
from volunteer_app.ui.activity_form import ActivityForm
from volunteer_app.ui.context import UiContext
from volunteer_app.ui.dialogs.new_type import NewTypeDialog
from volunteer_app.ui.messages import error_text
from volunteer_app.ui.pages.base import Page, heading
from volunteer_app.ui.undo import LogActivity

if TYPE_CHECKING:
    from volunteer_app.services.context import AppServices


class LogPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("page_log")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        top = QHBoxLayout()
        self.heading = heading(self)
        self.same_button = QPushButton(self)
        self.same_button.setObjectName("sameAsLastTime")
        self.same_button.clicked.connect(self.same_as_last_time)
        top.addWidget(self.heading, 1)
        top.addWidget(self.same_button)
        layout.addLayout(top)
        self.form = ActivityForm(ctx.language, self)
        self.form.new_type_button.clicked.connect(self.new_type)
        layout.addWidget(self.form, 1)
        bottom = QHBoxLayout()
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveActivity")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.form.clear_for_next)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("logResult")
        self.result_label.setWordWrap(True)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.clear_button)
        bottom.addWidget(self.result_label, 1)
        layout.addLayout(bottom)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("dataCounts")
        layout.addWidget(self.counts_label)
        self.setEnabled(False)
        ctx.bus.data_changed.connect(self.refresh)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Log")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Log an activity"))
        self.same_button.setText(self.tr("Same as last time (Ctrl+L)"))
        self.same_button.setToolTip(
            self.tr(
                "Fill in the people, roles, hours, times and place from the last activity of "
                "this type"
            )
        )
        self.save_button.setText(self.tr("&Save (Ctrl+Enter)"))
        self.clear_button.setText(self.tr("Clear"))
        self.refresh_counts()

    def install_shortcuts(self) -> None:
        """Ctrl+Enter saves from anywhere on the page (set after the first paint)."""
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.same_as_last_time)

    def set_services(self, services: AppServices) -> None:
        super().set_services(services)
        self.setEnabled(True)
        self.refresh()

    def refresh(self) -> None:
        if self.services is None:
            return
        self.form.set_types(self.services.activities.types())
        self.form.people.set_known(self.services.activities.known_names())
        self.refresh_counts()

    def refresh_counts(self) -> None:
        if self.services is None:
            self.counts_label.setText(self.tr("Opening your data…"))
            return
        activities, people = self.services.group.headline_counts()
        number = QLocale().toString
        self.counts_label.setText(
            self.tr("On this laptop: %1 activities and %2 people.")
            .replace("%1", number(activities))
            .replace("%2", number(people))
        )

    def new_type(self) -> None:
        if self.services is None:
            return
        answer = NewTypeDialog.ask(self)
        if answer is None:
            return
        try:
            info = self.services.activities.add_type(answer.label, answer.code)
        except ValidationError as exc:
            self.form.show_error("type", error_text(exc))
            return
        self.form.set_types(self.services.activities.types(), keep=info.id)

    def same_as_last_time(self) -> None:
        type_id = self.form.type_id()
        if self.services is None or type_id is None:
            self.form.show_error("type", self.tr("Choose the type of activity first."))
            return
        record = self.services.activities.same_as_last_time(type_id)
        if record is None:
            self.form.show_error("type", self.tr("Nothing of this type has been logged yet."))
            return
        self.form.hide_error()
        self.form.fill(record, with_date=False, with_counts=False, with_text=False)
        self.result_label.setText(
            self.tr("Filled in from %1. Check, then save.").replace(
                "%1", QLocale().toString(record.activity_date, QLocale.FormatType.LongFormat)
            )
        )

    def save(self) -> None:
        if self.services is None:
            return
        self.form.hide_error()
        draft = self.form.draft()
        try:
            activity_id = self.services.activities.log(draft)
        except ValidationError as exc:
            self.form.show_error(exc.field, error_text(exc))
            return
        except AppError as exc:
            self.form.show_error("", error_text(exc))
            return
        day = QLocale().toString(draft.activity_date, QLocale.FormatType.ShortFormat)
        label = self.form.type_combo.currentText()
        message = self.tr("Saved: %1 on %2.").replace("%1", label).replace("%2", day)
        self.ctx.push_undo(
            LogActivity(
                self.services.activities,
                activity_id,
                self.tr("log %1").replace("%1", label),
                self.bus.data_changed.emit,
            )
        )
        self.form.clear_for_next()
        self.result_label.setText(message)
        self.bus.status_message.emit(message)
        self.bus.data_changed.emit()
