"""Logging and correcting activities: one transaction per action, validated first."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from volunteer_app.domain.activity import (
    ActivityDraft,
    ActivityFilter,
    ActivityRecord,
    ActivityRow,
    ActivityTypeInfo,
    validate_activity,
)
from volunteer_app.domain.codes import ActivityTypeCode
from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.limits import TEXT_LIMITS
from volunteer_app.domain.validation import check_no_formula, clean_text
from volunteer_app.storage import activity_repo, people_repo
from volunteer_app.storage.database import Database

MAX_TYPE_LABEL = TEXT_LIMITS["type_label"]


class ActivityService:
    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._today = today

    # Activity types ------------------------------------------------------------------
    def types(self) -> list[ActivityTypeInfo]:
        return activity_repo.list_types(self._db)

    def add_type(self, label: str, code: str) -> ActivityTypeInfo:
        """A new type of the group's own, mapped to a standard code; an existing one with the
        same name (ignoring case) is returned instead of a duplicate."""
        clean = clean_text(label)
        if not clean:
            raise ValidationError("type.no_label", "Give the activity type a name.", field="label")
        if len(clean) > MAX_TYPE_LABEL:
            raise ValidationError(
                "type.label_too_long", "The name is too long.", field="label", limit=MAX_TYPE_LABEL
            )
        check_no_formula(clean, "label", "The name")
        if code not in {c.value for c in ActivityTypeCode}:
            raise ValidationError(
                "type.bad_code", "Choose what kind of activity this is.", field="code"
            )
        existing = activity_repo.find_type(self._db, clean)
        if existing is not None:
            return existing
        with self._db.transaction() as tx:
            type_id = activity_repo.add_type(tx, clean, code)
        return ActivityTypeInfo(type_id, clean, code, None)

    # Activities ----------------------------------------------------------------------
    def log(self, draft: ActivityDraft) -> uuid.UUID:
        clean = validate_activity(draft, self._today())
        with self._db.transaction() as tx:
            return activity_repo.save_activity(tx, clean)

    def update(self, activity_id: uuid.UUID, draft: ActivityDraft) -> uuid.UUID:
        clean = validate_activity(draft, self._today())
        with self._db.transaction() as tx:
            return activity_repo.save_activity(tx, clean, activity_id)

    def load(self, activity_id: uuid.UUID) -> ActivityRecord | None:
        return activity_repo.load_activity(self._db, activity_id)

    def same_as_last_time(self, type_id: uuid.UUID) -> ActivityRecord | None:
        """The most recent activity of this type (not in the future), to copy from."""
        last = activity_repo.last_of_type(self._db, type_id, before=self._today())
        return self.load(last) if last is not None else None

    def delete(self, activity_id: uuid.UUID) -> ActivityRecord | None:
        """Delete an activity (kept as a tombstone so it can be undone); returns what it was."""
        record = self.load(activity_id)
        with self._db.transaction() as tx:
            activity_repo.set_deleted(tx, activity_id, deleted=True)
        return record

    def restore(self, activity_id: uuid.UUID) -> None:
        with self._db.transaction() as tx:
            activity_repo.set_deleted(tx, activity_id, deleted=False)

    def duplicate(self, activity_id: uuid.UUID, new_date: date) -> uuid.UUID:
        record = self.load(activity_id)
        if record is None:
            raise ValidationError("activity.gone", "That activity no longer exists.", field="")
        draft = ActivityDraft(
            **{name: getattr(record, name) for name in ActivityDraft.__dataclass_fields__}
        )
        return self.log(replace(draft, activity_date=new_date, series_id=None))

    def count(self, flt: ActivityFilter) -> int:
        return activity_repo.count_activities(self._db, flt)

    def page(
        self, flt: ActivityFilter, sort: str, descending: bool, offset: int, limit: int
    ) -> list[ActivityRow]:
        return activity_repo.list_activities(self._db, flt, sort, descending, offset, limit)

    def regulars(self, type_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
        """Who came to the last few activities of this type: the sign-in screen's names."""
        return activity_repo.regulars(self._db, type_id)

    # People, for type-ahead ----------------------------------------------------------
    def known_names(self) -> list[tuple[uuid.UUID, str]]:
        return people_repo.active_names(self._db)
