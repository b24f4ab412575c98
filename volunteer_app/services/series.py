"""Regular activities: sessions to confirm in one action, or to skip."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, time, timedelta

from volunteer_app.domain.activity import ActivityDraft, PersonEntry, minutes_between
from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.limits import MIN_DATE, check_length
from volunteer_app.domain.series import SeriesInfo, SeriesSession, session_dates, validate_series
from volunteer_app.domain.validation import clean_text
from volunteer_app.services.activities import ActivityService
from volunteer_app.storage import activity_repo, series_repo
from volunteer_app.storage.database import Database

LOOK_AHEAD = timedelta(days=7)
LOOK_BACK = timedelta(days=28)  # sessions not yet confirmed stay on the list this long


class SeriesService:
    def __init__(
        self, db: Database, activities: ActivityService, today: Callable[[], date] = date.today
    ) -> None:
        self._db = db
        self._activities = activities
        self._today = today

    def create(
        self,
        activity_type_id: uuid.UUID,
        frequency: str,
        start_date: date,
        end_date: date | None = None,
        count: int | None = None,
        title: str = "",
        start_time: time | None = None,
        end_time: time | None = None,
        duration_minutes: int = 0,
        location: str = "",
    ) -> SeriesInfo:
        validate_series(frequency, start_date, end_date, count)
        # Its sessions are logged with these, so they meet the Log form's limits now.
        if start_date < MIN_DATE:
            raise ValidationError("activity.too_early", "The date is before 1900.", field="date")
        title = check_length(clean_text(title), "title", "activity.title_too_long", "The title")
        location = check_length(
            clean_text(location), "location", "activity.location_too_long", "The place"
        )
        if start_time is not None and end_time is not None:
            duration_minutes = max(minutes_between(start_time, end_time), 0)
        label = next((t.label for t in self._activities.types() if t.id == activity_type_id), "")
        info = SeriesInfo(
            uuid.uuid4(),
            activity_type_id,
            label,
            title,
            frequency,
            start_date,
            end_date,
            count,
            start_time,
            end_time,
            duration_minutes,
            location,
        )
        with self._db.transaction() as tx:
            series_repo.add_series(tx, info, None)
        return info

    def all(self) -> list[SeriesInfo]:
        return series_repo.list_series(self._db)

    def upcoming(self) -> list[SeriesSession]:
        """Sessions from four weeks ago to a week ahead that are neither logged nor skipped."""
        today = self._today()
        found = []
        for info in self.all():
            done = series_repo.done_dates(self._db, info.id)
            for day in session_dates(
                info.start_date,
                info.frequency,
                info.end_date,
                info.session_count,
                today + LOOK_AHEAD,
            ):
                if day >= today - LOOK_BACK and day not in done:
                    found.append(SeriesSession(info, day))
        return sorted(found, key=lambda s: (s.session_date, s.series.type_label.casefold()))

    def draft_for(self, session: SeriesSession) -> ActivityDraft:
        """The session as an activity, with the usual people from the last one."""
        info = session.series
        last_id = series_repo.last_of_series(self._db, info.id) or activity_repo.last_of_type(
            self._db, info.activity_type_id, before=session.session_date
        )
        last = self._activities.load(last_id) if last_id else None
        people = tuple(
            PersonEntry(p.name, p.role, info.duration_minutes or p.minutes, p.person_id)
            for p in (last.people if last else ())
        )
        return ActivityDraft(
            activity_date=session.session_date,
            activity_type_id=info.activity_type_id,
            title=info.title,
            location=info.location or (last.location if last else ""),
            start_time=info.start_time,
            end_time=info.end_time,
            duration_minutes=info.duration_minutes,
            people=people,
            series_id=info.id,
        )

    def confirm(self, session: SeriesSession, draft: ActivityDraft | None = None) -> uuid.UUID:
        """Log the session as it usually is, or as the coordinator changed who came."""
        return self._activities.log(draft or self.draft_for(session))

    def skip(self, session: SeriesSession) -> uuid.UUID:
        with self._db.transaction() as tx:
            return series_repo.skip(tx, session.series.id, session.session_date)

    def unskip(self, skip_id: uuid.UUID) -> None:
        with self._db.transaction() as tx:
            series_repo.unskip(tx, skip_id)

    def end(self, series_id: uuid.UUID, last_day: date) -> date | None:
        """No sessions after ``last_day``; those before stay as they are. Returns the end
        it had before, for undo."""
        info = next((i for i in self.all() if i.id == series_id), None)
        if info is None:
            raise ValidationError("series.missing", "That regular activity no longer exists.")
        if last_day < info.start_date:
            raise ValidationError(
                "series.end_before_start",
                "The last day is before the regular activity began.",
                field="end_date",
            )
        with self._db.transaction() as tx:
            return series_repo.set_end(tx, series_id, last_day)

    def set_end(self, series_id: uuid.UUID, end_date: date | None) -> None:
        """Put back an end (or none) as it was: undo of ``end``."""
        with self._db.transaction() as tx:
            series_repo.set_end(tx, series_id, end_date)
