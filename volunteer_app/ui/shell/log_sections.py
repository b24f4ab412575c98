"""What the shell adds to the Log page: the regular sessions waiting to be logged (from
ui/series) and the sign-in screen for the door (from ui/sign_in). The Log page hosts them
without importing either feature: it offers a place for buttons and a section above its
form, and says when it has reloaded."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QPushButton

from volunteer_app.domain.activity import ActivityDraft, ActivityRecord
from volunteer_app.ui.kit.dates import short_date
from volunteer_app.ui.log.log_page import LOGGED, LogPage
from volunteer_app.ui.series.series_panel import SeriesPanel
from volunteer_app.ui.shell.ops import Changes

# The dialogs, the sign-in screen and the undo steps are imported when first used: the home
# page is built before its counts show, and they are not on it.
if TYPE_CHECKING:
    from volunteer_app.domain.series import SeriesSession
    from volunteer_app.services.context import AppServices
    from volunteer_app.ui.sign_in.sign_in_window import SignInWindow

translate = QCoreApplication.translate


class LogSections(QObject):
    """Regular sessions and sign-in, on the Log page (its child: it lives as long)."""

    def __init__(self, page: LogPage) -> None:
        super().__init__(page)
        self.setObjectName("logSections")
        self.page, self.ctx = page, page.ctx
        self.sign_in_button = QPushButton(page)
        self.sign_in_button.setObjectName("signInMode")
        self.sign_in_button.clicked.connect(self.open_sign_in)
        self.series_button = QPushButton(page)
        self.series_button.setObjectName("newSeries")
        self.series_button.clicked.connect(self.new_series)
        self.sign_in_window: SignInWindow | None = None
        page.add_top_button(self.sign_in_button)
        page.add_top_button(self.series_button)
        self.panel = SeriesPanel(self.confirm_session, self.open_session, self.skip_session, page)
        page.add_above_form(self.panel)
        page.refreshed.connect(self.refresh)
        self.ctx.bus.language_changed.connect(lambda _language: self.retranslate())
        self.retranslate()

    @property
    def services(self) -> AppServices:
        return self.ctx.open_services()

    def retranslate(self) -> None:
        self.series_button.setText(translate("LogPage", "New regular activity…"))
        self.sign_in_button.setText(translate("LogPage", "Sign-in screen…"))
        self.sign_in_button.setToolTip(
            translate(
                "LogPage",
                "A full screen for the laptop at the door: people tap their names as they arrive "
                "and leave",
            )
        )

    def refresh(self) -> None:
        self.panel.set_sessions(self.services.series.upcoming())

    def open_sign_in(self) -> None:
        """Ask which activity (the next regular session by default), then start sign-in."""
        from volunteer_app.ui.sign_in.sign_in_setup import SignInSetupDialog
        from volunteer_app.ui.sign_in.sign_in_window import SignInWindow

        types = self.services.activities.types()
        if not types:
            self.page.form.show_error(
                "type", translate("LogPage", "Add a type of activity first (New type…).")
            )
            return
        today = date.today()
        coming = [s for s in self.services.series.upcoming() if s.session_date >= today]
        session = coming[0] if coming else None
        place = self.services.series.draft_for(session).location if session else ""
        choice = SignInSetupDialog.ask(types, session, place, today, self.page)
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
            on_finish=self.page.show_result,
        )
        from volunteer_app.ui.community.door_pulse import offer_pulse_mode

        offer_pulse_mode(self.sign_in_window, self.services.community.pulse)
        # The whole screen even where full screen is refused (no window manager).
        self.sign_in_window.setGeometry(self.page.screen().availableGeometry())
        self.sign_in_window.showFullScreen()

    def new_series(self) -> None:
        from volunteer_app.ui.series.new_series import NewSeriesDialog

        answer = NewSeriesDialog.ask(self.services.activities.types(), self.page)
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
            failure=lambda text: self.page.form.show_error("", text),
        )

    def confirm_session(self, session: SeriesSession) -> None:
        """Show who will be logged (the usual people, to change if need be), then save."""
        from volunteer_app.ui.series.confirm_session import ConfirmSessionDialog

        label = session.series.title or session.series.type_label
        draft = ConfirmSessionDialog.ask(
            label,
            self.services.series.draft_for(session),
            self.services.activities.known_names(),
            self.page,
        )
        if draft is None:
            return
        series, day, page = self.services.series, session.session_date, self.page
        self.ctx.ops.run(
            lambda: series.confirm(session, draft),
            changes=LOGGED | Changes.SERIES,
            undo=lambda activity_id: page.logged_step(activity_id, label, day),
            success=lambda _id: page.saved_message(label, day),
            failure=lambda text: page.result_label.setText("⚠ " + text),
        )

    def open_session(self, session: SeriesSession) -> None:
        """Change… : the session in the form, to correct before saving."""
        draft = self.services.series.draft_for(session)
        record = ActivityRecord(
            **{name: getattr(draft, name) for name in ActivityDraft.__dataclass_fields__}
        )
        self.page.form.fill(record, with_counts=False)
        self.page.form.hide_error()
        self.page.result_label.setText(translate("LogPage", "Check who came, then save."))

    def skip_session(self, session: SeriesSession) -> None:
        from volunteer_app.ui.shell.undo import SkipSession

        series = self.services.series
        label = session.series.title or session.series.type_label
        self.ctx.ops.run(
            lambda: series.skip(session),
            changes=Changes.SERIES,
            undo=lambda skip_id: SkipSession(
                series, session, skip_id, translate("LogPage", "skip %1").replace("%1", label)
            ),
            success=lambda _id: self._skipped(session, label),
        )

    def _skipped(self, session: SeriesSession, label: str) -> None:
        day = short_date(session.session_date)
        message = (
            translate(
                "LogPage",
                "%1 on %2 is marked as not having happened. Undo (Ctrl+Z) brings it back.",
            )
            .replace("%1", label)
            .replace("%2", day)
        )
        self.page.show_result(message)
