"""The home page: log an activity in seconds, by headcount alone or with names."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from volunteer_app.domain.activity import ActivityDraft, ActivityRecord
from volunteer_app.domain.activity_extras import ActivityExtras
from volunteer_app.domain.errors import AppError, ValidationError
from volunteer_app.domain.series import SeriesSession
from volunteer_app.domain.starter_types import likely_code
from volunteer_app.ui.kit import common
from volunteer_app.ui.kit.activity_form import ActivityForm
from volunteer_app.ui.kit.messages import error_text
from volunteer_app.ui.kit.page import Page, heading
from volunteer_app.ui.series.series_panel import SeriesPanel
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.first_paint import on_first_paint
from volunteer_app.ui.shell.ops import Changes

# The dialogs, the sign-in screen and the undo steps are imported when first used: the home
# page is built before its counts show, and they are not on it.
if TYPE_CHECKING:
    from volunteer_app.services.context import AppServices
    from volunteer_app.ui.shell.undo import LogActivity
    from volunteer_app.ui.sign_in.sign_in_window import SignInWindow


# What logging an activity changes (its people may be new; its place, the places list).
LOGGED = Changes.ACTIVITIES | Changes.PEOPLE | Changes.PLACES | Changes.FUNDING


class LogPage(Page):
    watches = Changes.ALL & ~(Changes.EXPORTS | Changes.GROUP)

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
        self.series_button = QPushButton(self)
        self.series_button.setObjectName("newSeries")
        self.series_button.clicked.connect(self.new_series)
        self.sign_in_button = QPushButton(self)
        self.sign_in_button.setObjectName("signInMode")
        self.sign_in_button.clicked.connect(self.open_sign_in)
        self.sign_in_window: SignInWindow | None = None
        top.addWidget(self.heading, 1)
        top.addWidget(self.sign_in_button)
        top.addWidget(self.series_button)
        top.addWidget(self.same_button)
        layout.addLayout(top)
        self.series_panel = SeriesPanel(
            self.confirm_session, self.open_session, self.skip_session, self
        )
        layout.addWidget(self.series_panel)
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
        self.series_button.setText(self.tr("New regular activity…"))
        self.sign_in_button.setText(self.tr("Sign-in screen…"))
        self.sign_in_button.setToolTip(
            self.tr(
                "A full screen for the laptop at the door: people tap their names as they arrive "
                "and leave"
            )
        )
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
        self.series_panel.set_sessions(self.services.series.upcoming())
        self.refresh_counts()

    def _refresh_suggestions(self) -> None:
        if self.ctx.services is None:  # closed meanwhile (a restore)
            return
        self.form.people.set_known(self.services.activities.known_names())
        from volunteer_app.ui.community.place_completer import offer_places

        offer_places(self.form.place_edit, self.services.community.places.names())

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

    def new_type(self, label: str = "") -> bool:
        """Add a type (a name typed in the Type box comes filled in); True if one was added."""
        from volunteer_app.ui.log.new_type import NewTypeDialog

        answer = NewTypeDialog.ask(self, label, likely_code(label).value if label else "")
        if answer is None:
            return False
        try:
            info = self.services.activities.add_type(answer.label, answer.code)
        except ValidationError as exc:
            self.form.show_error("type", error_text(exc))
            return False
        self.form.set_types(self.services.activities.types(), keep=info.id)
        self.ctx.ops.announce(Changes.TYPES)
        return True

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

    def open_sign_in(self) -> None:
        """Ask which activity (the next regular session by default), then start sign-in."""
        from volunteer_app.ui.sign_in.sign_in_setup import SignInSetupDialog
        from volunteer_app.ui.sign_in.sign_in_window import SignInWindow

        types = self.services.activities.types()
        if not types:
            self.form.show_error("type", self.tr("Add a type of activity first (New type…)."))
            return
        today = date.today()
        coming = [s for s in self.services.series.upcoming() if s.session_date >= today]
        session = coming[0] if coming else None
        place = self.services.series.draft_for(session).location if session else ""
        choice = SignInSetupDialog.ask(types, session, place, today, self)
        if choice is None:
            return
        self.sign_in_window = SignInWindow(
            self.services.activities,
            choice.type_id,
            choice.type_label,
            on_change=lambda: self.ctx.ops.announce(LOGGED),
            title=choice.title,
            location=choice.location,
            series_id=choice.series_id,
            on_finish=self._signed_in,
        )
        from volunteer_app.ui.community.door_pulse import offer_pulse_mode

        offer_pulse_mode(self.sign_in_window, self.services.community.pulse)
        # The whole screen even where full screen is refused (no window manager).
        self.sign_in_window.setGeometry(self.screen().availableGeometry())
        self.sign_in_window.showFullScreen()

    def _signed_in(self, said: str) -> None:
        self.result_label.setText(said)
        self.bus.status_message.emit(said)

    def new_series(self) -> None:
        from volunteer_app.ui.series.new_series import NewSeriesDialog

        answer = NewSeriesDialog.ask(self.services.activities.types(), self)
        if answer is None or not isinstance(type_id := answer.activity_type_id, uuid.UUID):
            return
        series = self.services.series
        self.ctx.ops.run(
            lambda: series.create(
                type_id,
                answer.frequency,
                answer.start_date,
                answer.end_date,
                answer.count,
                answer.title,
                answer.start_time,
                answer.end_time,
                location=answer.location,
            ),
            changes=Changes.SERIES,
            failure=lambda text: self.form.show_error("", text),
        )

    def confirm_session(self, session: SeriesSession) -> None:
        """Show who will be logged (the usual people, to change if need be), then save."""
        from volunteer_app.ui.series.confirm_session import ConfirmSessionDialog

        label = session.series.title or session.series.type_label
        draft = ConfirmSessionDialog.ask(
            label,
            self.services.series.draft_for(session),
            self.services.activities.known_names(),
            self,
        )
        if draft is None:
            return
        series, day = self.services.series, session.session_date
        self.ctx.ops.run(
            lambda: series.confirm(session, draft),
            changes=LOGGED | Changes.SERIES,
            undo=lambda activity_id: self._logged_step(activity_id, label, day),
            success=lambda _id: self._saved_message(label, day),
            failure=lambda text: self.result_label.setText("⚠ " + text),
        )

    def open_session(self, session: SeriesSession) -> None:
        """Change… : the session in the form, to correct before saving."""
        draft = self.services.series.draft_for(session)
        record = ActivityRecord(
            **{name: getattr(draft, name) for name in ActivityDraft.__dataclass_fields__}
        )
        self.form.fill(record, with_counts=False)
        self.form.hide_error()
        self.result_label.setText(self.tr("Check who came, then save."))

    def skip_session(self, session: SeriesSession) -> None:
        from volunteer_app.ui.shell.undo import SkipSession

        series = self.services.series
        label = session.series.title or session.series.type_label
        self.ctx.ops.run(
            lambda: series.skip(session),
            changes=Changes.SERIES,
            undo=lambda skip_id: SkipSession(
                series, session, skip_id, self.tr("skip %1").replace("%1", label)
            ),
            success=lambda _id: self._skipped(session, label),
        )

    def _skipped(self, session: SeriesSession, label: str) -> None:
        day = QLocale().toString(session.session_date, QLocale.FormatType.ShortFormat)
        message = (
            self.tr("%1 on %2 is marked as not having happened. Undo (Ctrl+Z) brings it back.")
            .replace("%1", label)
            .replace("%2", day)
        )
        self.result_label.setText(message)
        self.bus.status_message.emit(message)

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

    def _saved_message(self, label: str, day: date) -> None:
        text = QLocale().toString(day, QLocale.FormatType.ShortFormat)
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

    def _logged_step(self, activity_id: uuid.UUID, label: str, day: date) -> LogActivity:
        from volunteer_app.ui.shell.undo import LogActivity

        when = QLocale().toString(day, "dd/MM")
        text = self.tr("logging %1, %2").replace("%1", label).replace("%2", when)
        return LogActivity(self.services.activities, activity_id, text)

    def save(self) -> None:
        self.form.hide_error()
        typed = self.form.typed_type_name()
        if typed and not self.new_type(typed):
            return
        draft = self.form.draft()
        if not self._new_or_wanted_again(draft):
            return
        # The pulse and outputs are saved with the activity, in its one transaction.
        extras = ActivityExtras(self.pulse_button.pending, self.output_fields.amounts())
        draft = replace(draft, extras=extras)
        try:
            activity_id = self.services.activities.log(draft)
        except ValidationError as exc:
            self.form.show_error(exc.field, error_text(exc))
            return
        except AppError as exc:
            self.form.show_error("", error_text(exc))
            return
        label = self.form.type_combo.currentText()
        self.ctx.ops.push_undo(self._logged_step(activity_id, label, draft.activity_date), LOGGED)
        self._clear_form()
        self._saved_message(label, draft.activity_date)
        self.ctx.ops.announce(LOGGED)
