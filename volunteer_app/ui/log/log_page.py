"""The home page: log an activity in seconds, by headcount alone or with names."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from volunteer_app.domain.activity import ActivityDraft, ActivityTypeInfo
from volunteer_app.domain.activity_extras import ActivityExtras
from volunteer_app.domain.starter_types import likely_code
from volunteer_app.ui.kit import common
from volunteer_app.ui.kit.activity_form import ActivityForm
from volunteer_app.ui.kit.dates import short_date
from volunteer_app.ui.kit.page import Page, heading
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.first_paint import on_first_paint
from volunteer_app.ui.shell.ops import Changes

# The dialogs and the undo steps are imported when first used: the home page is built
# before its counts show, and they are not on it.
if TYPE_CHECKING:
    from volunteer_app.services.context import AppServices
    from volunteer_app.ui.shell.undo import LogActivity


# What logging an activity changes (its people may be new; its place, the places list).
LOGGED = Changes.ACTIVITIES | Changes.PEOPLE | Changes.PLACES | Changes.FUNDING


class LogPage(Page):
    """The form, and room for what the shell adds (regular sessions, sign-in): buttons
    beside the heading, a section above the form; ``refreshed`` tells them to reload."""

    watches = Changes.ALL & ~(Changes.EXPORTS | Changes.GROUP)
    refreshed = Signal()

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
        self._layout, self._top = layout, top
        self.form = ActivityForm(ctx.language, self)
        self.form.new_type_button.clicked.connect(lambda: self.new_type())
        layout.addWidget(self.form, 1)
        from volunteer_app.ui.funding.output_fields import add_output_fields

        self.output_fields = add_output_fields(ctx, self.form, layout, self)
        bottom = QHBoxLayout()
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveActivity")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("logResult")
        self._saved_at: int | None = None  # the undo stack's index just after that save
        self._saving = False
        if ctx.undo_stack is not None:
            ctx.undo_stack.indexChanged.connect(self._undo_moved)
        self.result_label.setWordWrap(True)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.clear_button)
        from volunteer_app.ui.community.pulse_dialog import LogPulseButton

        self.pulse_button = LogPulseButton(self)
        bottom.addWidget(self.pulse_button)
        bottom.addWidget(self.result_label, 1)
        layout.addLayout(bottom)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("dataCounts")
        layout.addWidget(self.counts_label)
        self.setEnabled(False)
        self.retranslate()

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
        self.result_label.clear()  # a message in the old language is not left behind
        self.refresh_counts()

    def install_shortcuts(self) -> None:
        """Ctrl+Enter saves from anywhere on the page (set after the first paint)."""
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.same_as_last_time)

    def set_services(self, services: AppServices) -> None:
        self.setEnabled(True)
        self._refresh_first_screen()
        # The names and places offered while typing are not on the first screen: read once
        # it is painted and the event loop has turned, so the counts show sooner (~30 ms on
        # 5,000 people).
        on_first_paint(
            self.counts_label, lambda: QTimer.singleShot(0, self, self._refresh_suggestions)
        )
        if not self.counts_label.isVisible():  # nothing will paint it: read them now
            self._refresh_suggestions()

    def refresh(self) -> None:
        self._refresh_first_screen()
        self._refresh_suggestions()

    def _refresh_first_screen(self) -> None:
        self.form.set_types(self.services.activities.types())
        self.refresh_counts()
        self.refreshed.emit()

    def _refresh_suggestions(self) -> None:
        if self.ctx.services is None:  # closed meanwhile (a restore)
            return
        self.form.people.set_known(self.services.activities.known_names())
        from volunteer_app.ui.community.place_completer import offer_places

        offer_places(self.form.place_edit, self.services.community.places.names())

    def add_top_button(self, button: QPushButton) -> None:
        """A button beside the heading, before "Same as last time"."""
        self._top.insertWidget(self._top.indexOf(self.same_button), button)

    def add_above_form(self, widget: QWidget) -> None:
        self._layout.insertWidget(self._layout.indexOf(self.form), widget)

    def show_result(self, text: str) -> None:
        """A line under the form (and in the status bar) saying what was done."""
        self.result_label.setText(text)
        self.bus.status_message.emit(text)

    def refresh_counts(self) -> None:
        if self.ctx.services is None:  # the home page is on screen while the data opens
            self.counts_label.setText(self.tr("Opening your data…"))
            return
        activities, people = self.services.group.headline_counts()
        self.counts_label.setText(
            self.tr("On this laptop: %1 and %2.")
            .replace("%1", self.tr("%Ln activities", "", activities))
            .replace("%2", self.tr("%Ln people", "", people))
        )

    def new_type(self, label: str = "", then: Callable[[], None] | None = None) -> None:
        """Add a type (a name typed in the Type box comes filled in), choose it, then carry
        on with ``then`` (the save that needed it)."""
        from volunteer_app.ui.log.new_type import NewTypeDialog

        answer = NewTypeDialog.ask(self, label, likely_code(label).value if label else "")
        if answer is None:
            return
        activities = self.services.activities

        def added(info: ActivityTypeInfo) -> None:
            self.form.set_types(activities.types(), keep=info.id)
            if then is not None:
                then()

        self.ctx.ops.run(
            lambda: activities.add_type(answer.label, answer.code),
            changes=Changes.TYPES,
            success=added,
            failure=lambda text: self.form.show_error("type", text),
        )

    def same_as_last_time(self) -> None:
        type_id = self.form.type_id()
        if type_id is None:
            self.form.show_error("type", self.tr("Choose the type of activity first."))
            return
        record = self.services.activities.same_as_last_time(type_id)
        if record is None:
            self.form.show_error("type", self.tr("Nothing of this type has been logged yet."))
            return
        self.form.hide_error()
        self.form.fill(record, with_date=False, with_counts=False, with_text=False)
        self.output_fields.same_as(record.id)
        self.result_label.setText(
            self.tr("Filled in from %1. Check, then save.").replace(
                "%1", QLocale().toString(record.activity_date, QLocale.FormatType.LongFormat)
            )
        )

    def _new_or_wanted_again(self, draft: ActivityDraft) -> bool:
        """A second save of the same activity (Ctrl+Enter pressed twice, say) is asked
        about first; No is the default."""
        saved_at = self.services.activities.likely_duplicate(draft)
        if saved_at is None:
            return True
        when = saved_at.astimezone().strftime("%H:%M")
        return common.confirm(
            self,
            self.tr("Save it again?"),
            self.tr("This looks the same as the activity saved at %1. Save another one?")
            .replace("%1", when),
            self.tr("Save &another"),
            destructive=True,
        )

    def clear(self) -> None:
        self._clear_form()
        self.result_label.clear()

    def _clear_form(self) -> None:
        """Ready for the next one; a session opened with Change… is not the next one, so the
        date goes back to today."""
        was_session = self.form.series_id is not None
        self.form.clear_for_next()
        self.pulse_button.reset()
        self.output_fields.reset()
        if was_session:
            self.form.set_date(date.today())

    def saved_message(self, label: str, day: date) -> None:
        text = short_date(day)
        message = self.tr("Saved: %1 on %2.").replace("%1", label).replace("%2", text)
        self.result_label.setText(message)
        self.bus.status_message.emit(message)
        stack = self.ctx.undo_stack
        self._saved_at = stack.index() if stack is not None else None

    def _undo_moved(self, index: int) -> None:
        """A "Saved" line goes once what it describes has been undone."""
        if self._saved_at is not None and index < self._saved_at:
            self.result_label.clear()
            self._saved_at = None

    def logged_step(self, activity_id: uuid.UUID, label: str, day: date) -> LogActivity:
        """The undo step for an activity just logged."""
        from volunteer_app.ui.shell.undo import LogActivity

        when = QLocale().toString(day, "dd/MM")
        text = self.tr("logging %1, %2").replace("%1", label).replace("%2", when)
        return LogActivity(self.services.activities, activity_id, text)

    def save(self) -> None:
        if self._saving:  # Ctrl+Enter again before the first save is in: one save
            return
        self.form.hide_error()
        typed = self.form.typed_type_name()
        if typed:  # a new type first; the save carries on once it is added
            self.new_type(typed, then=self.save)
            return
        draft = self.form.draft()
        if not self._new_or_wanted_again(draft):
            return
        # The pulse and outputs are saved with the activity, in its one transaction.
        extras = ActivityExtras(self.pulse_button.pending, self.output_fields.amounts())
        draft = replace(draft, extras=extras)
        activities, label = self.services.activities, self.form.type_combo.currentText()
        self._saving = True
        self.ctx.ops.run(
            lambda: activities.log(draft),
            changes=LOGGED,
            undo=lambda activity_id: self.logged_step(activity_id, label, draft.activity_date),
            success=lambda _activity_id: self._logged(draft, label),
            failure_at=self._not_logged,
        )

    def _logged(self, draft: ActivityDraft, label: str) -> None:
        self._saving = False
        self._clear_form()
        self.saved_message(label, draft.activity_date)

    def _not_logged(self, field: str, text: str) -> None:
        self._saving = False
        self.form.show_error(field, text)
