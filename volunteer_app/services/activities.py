"""Logging and correcting activities: one transaction per action, validated first."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime

from volunteer_app.domain.activity import (
    ActivityDraft,
    ActivityFilter,
    ActivityRecord,
    ActivityRow,
    ActivityTypeInfo,
    validate_activity,
)
from volunteer_app.domain.activity_extras import ActivityExtras
from volunteer_app.domain.codes import ActivityTypeCode
from volunteer_app.domain.errors import AppError, ValidationError
from volunteer_app.domain.funding.values import OutputInfo, ProjectInfo
from volunteer_app.domain.limits import TEXT_LIMITS
from volunteer_app.domain.starter_types import STARTER_KEYS, STARTER_TYPES
from volunteer_app.domain.validation import check_no_formula, clean_text, search_key
from volunteer_app.storage import activity_repo, erasure, people_repo
from volunteer_app.storage.database import Database
from volunteer_app.storage.funding import funding_repo

MAX_TYPE_LABEL = TEXT_LIMITS["type_label"]


class ActivityService:
    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._today = today
        self._deleted_texts: dict[uuid.UUID, tuple[str, str, str]] = {}

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

    def type_use(self) -> dict[uuid.UUID, int]:
        """How many activities each type has."""
        return activity_repo.type_use(self._db)

    def set_type_code(self, type_id: uuid.UUID, code: str) -> str:
        """Map a type to another standard code (what the CVC summary counts its activities
        as); returns the code it had, for undo."""
        if code not in {c.value for c in ActivityTypeCode}:
            raise ValidationError(
                "type.bad_code", "Choose what kind of activity this is.", field="code"
            )
        with self._db.transaction() as tx:
            before = activity_repo.set_type_code(tx, type_id, code)
        if before is None:
            raise AppError("type.gone", "That activity type no longer exists.")
        return before

    def add_starter_types(self, keys: Iterable[str], language: str) -> list[ActivityTypeInfo]:
        """Add the chosen starter types, named in the group's language, in one action; any
        the group already has (by name, ignoring case) are left as they are."""
        wanted = set(keys)
        unknown = wanted - set(STARTER_KEYS)
        if unknown:
            raise ValidationError(
                "type.unknown_starter", "There is no such starter type.", field="starter_types"
            )
        have = {search_key(t.label) for t in self.types()}
        added = []
        with self._db.transaction() as tx:
            for starter in STARTER_TYPES:
                label = starter.label(language)
                if starter.key not in wanted or search_key(label) in have:
                    continue
                type_id = activity_repo.add_type(tx, label, starter.code.value)
                added.append(ActivityTypeInfo(type_id, label, starter.code.value, None))
        return added

    # Activities ----------------------------------------------------------------------
    def log(self, draft: ActivityDraft) -> uuid.UUID:
        """Save a new activity with its extras (pulse, outputs, projects) in one transaction;
        projects not given are the type's (or series') default projects."""
        clean = self._with_default_projects(validate_activity(draft, self._today()))
        self._check_extras_known(clean.extras)
        with self._db.transaction() as tx:
            return activity_repo.save_activity(tx, clean)

    def update(self, activity_id: uuid.UUID, draft: ActivityDraft) -> bool:
        """Save a corrected activity; False when it was saved as it already was."""
        clean = validate_activity(draft, self._today())
        self._check_extras_known(clean.extras)
        with self._db.transaction() as tx:
            activity_repo.save_activity(tx, clean, activity_id)
            return tx.stamped  # only what differs is written and stamped

    def _with_default_projects(self, draft: ActivityDraft) -> ActivityDraft:
        extras = draft.extras or ActivityExtras()
        if extras.projects is not None or draft.activity_type_id is None:
            return draft
        series = draft.series_id.hex if draft.series_id else None
        defaults = funding_repo.default_projects(
            self._db, draft.activity_type_id.hex, series, draft.activity_date
        )
        if not defaults:
            return draft
        return replace(draft, extras=replace(extras, projects=tuple(sorted(set(defaults)))))

    def _check_extras_known(self, extras: ActivityExtras | None) -> None:
        """Outputs and projects named must still exist (another window may have changed
        them); checked before anything is written."""
        if extras is None:
            return
        if extras.outputs and set(extras.outputs) - {
            o.id for o in funding_repo.list_outputs(self._db)
        }:
            raise ValidationError("output.unknown", "That output no longer exists.")
        if extras.projects and set(extras.projects) - {
            p.id for p in funding_repo.list_projects(self._db)
        }:
            raise ValidationError("project.unknown", "That project no longer exists.")

    def outputs(self) -> list[OutputInfo]:
        """The group's output counters, with the activity types that show each."""
        return funding_repo.list_outputs(self._db)

    def projects(self) -> list[ProjectInfo]:
        """The group's projects, for an activity's project picker."""
        return funding_repo.list_projects(self._db)

    def likely_duplicate(
        self, draft: ActivityDraft, besides: uuid.UUID | None = None
    ) -> datetime | None:
        """When an activity already saved (other than ``besides``) looks the same as this one
        (same day, type and start time, the same people and headcounts), the moment it was
        saved; else None."""
        if draft.activity_type_id is None:
            return None
        people = sorted(search_key(p.name) for p in draft.people)
        counts = (draft.volunteers_count, draft.participants_count)
        slot = activity_repo.same_slot(
            self._db, draft.activity_date, draft.activity_type_id, draft.start_time
        )
        for activity_id, saved_at in slot:
            record = self.load(activity_id) if activity_id != besides else None
            if (
                record is not None
                and (record.volunteers_count, record.participants_count) == counts
                and sorted(search_key(p.name) for p in record.people) == people
            ):
                return saved_at
        return None

    def load(self, activity_id: uuid.UUID) -> ActivityRecord | None:
        return activity_repo.load_activity(self._db, activity_id)

    def same_as_last_time(self, type_id: uuid.UUID) -> ActivityRecord | None:
        """The most recent activity of this type (not in the future), to copy from."""
        last = activity_repo.last_of_type(self._db, type_id, before=self._today())
        return self.load(last) if last is not None else None

    def delete(self, activity_id: uuid.UUID) -> ActivityRecord | None:
        """Delete an activity: a tombstone stays, for merging and for undo, but its title,
        place and notes leave the file at once. Undo puts them back from memory only, so
        they are gone for good once the app closes. Returns what it was."""
        record = self.load(activity_id)
        with self._db.transaction() as tx:
            activity_repo.set_deleted(tx, activity_id, deleted=True)
        if record is not None:
            self._deleted_texts[activity_id] = (record.title, record.location, record.notes)
        erasure.forget_on_disk(self._db)
        return record

    def restore(self, activity_id: uuid.UUID) -> None:
        texts = self._deleted_texts.pop(activity_id, ("", "", ""))
        with self._db.transaction() as tx:
            activity_repo.set_deleted(tx, activity_id, deleted=False, texts=texts)

    def unlog(self, activity_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
        """Take back a logged activity whole: with it go the people it alone brought onto
        the file. Returns them, for ``relog``; like ``delete``, its words and their names
        leave the file at once and are kept in memory only."""
        record = self.load(activity_id)
        with self._db.transaction() as tx:
            people = people_repo.withdraw_new_people(tx, activity_id)
            activity_repo.set_deleted(tx, activity_id, deleted=True)
        if record is not None:
            self._deleted_texts[activity_id] = (record.title, record.location, record.notes)
        erasure.forget_on_disk(self._db)
        return people

    def relog(self, activity_id: uuid.UUID, people: list[tuple[uuid.UUID, str]]) -> None:
        """Bring back an activity taken back by ``unlog``, its new people with their ids."""
        texts = self._deleted_texts.pop(activity_id, ("", "", ""))
        with self._db.transaction() as tx:
            people_repo.reinstate_people(tx, people)
            activity_repo.set_deleted(tx, activity_id, deleted=False, texts=texts)

    def duplicate(self, activity_id: uuid.UUID, new_date: date) -> uuid.UUID:
        record = self.load(activity_id)
        if record is None:
            raise ValidationError("activity.gone", "That activity no longer exists.", field="")
        draft = ActivityDraft(
            **{name: getattr(record, name) for name in ActivityDraft.__dataclass_fields__}
        )
        # A copy belongs to the same projects; its pulse and outputs were the other day's.
        projects = record.extras.projects if record.extras else ()
        extras = ActivityExtras(projects=projects)
        return self.log(replace(draft, activity_date=new_date, series_id=None, extras=extras))

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
