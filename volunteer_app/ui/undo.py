"""Undoable changes to activities and people (Ctrl+Z, Ctrl+Shift+Z), within the session.

Each command is pushed after its change has been saved, so its first redo does nothing."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from volunteer_app.domain.activity import ActivityDraft, ActivityRecord
from volunteer_app.domain.series import SeriesSession
from volunteer_app.domain.values import MergeRecord, PersonDetails

if TYPE_CHECKING:
    from volunteer_app.services.activities import ActivityService
    from volunteer_app.services.people import PeopleService
    from volunteer_app.services.series import SeriesService


def _draft_of(record: ActivityRecord) -> ActivityDraft:
    return ActivityDraft(
        **{name: getattr(record, name) for name in ActivityDraft.__dataclass_fields__}
    )


class LogActivity(QUndoCommand):
    """Already saved when pushed; undo deletes it, redo brings it back."""

    def __init__(
        self,
        service: ActivityService,
        activity_id: uuid.UUID,
        text: str,
        changed: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._service, self._id, self._changed = service, activity_id, changed
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._service.restore(self._id)
        self._changed()

    def undo(self) -> None:
        self._service.delete(self._id)
        self._changed()


class DeleteActivity(LogActivity):
    """Already deleted when pushed; undo restores it."""

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._service.delete(self._id)
        self._changed()

    def undo(self) -> None:
        self._service.restore(self._id)
        self._changed()


class EditActivity(QUndoCommand):
    """Already saved when pushed; undo puts the previous version back."""

    def __init__(
        self,
        service: ActivityService,
        before: ActivityRecord,
        after: ActivityDraft,
        text: str,
        changed: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._service, self._before, self._after = service, before, after
        self._changed = changed
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._service.update(self._before.id, self._after)
        self._changed()

    def undo(self) -> None:
        self._service.update(self._before.id, _draft_of(self._before))
        self._changed()


class EditPerson(QUndoCommand):
    """A person's details or archive flag changed; undo saves the earlier version."""

    def __init__(
        self,
        service: PeopleService,
        before: PersonDetails,
        after: PersonDetails,
        text: str,
        changed: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._service, self._before, self._after = service, before, after
        self._changed = changed
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._service.update(self._after)
        self._changed()

    def undo(self) -> None:
        self._service.update(self._before)
        self._changed()


class MergePeople(QUndoCommand):
    def __init__(
        self, service: PeopleService, record: MergeRecord, text: str, changed: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self._service, self._record, self._changed = service, record, changed
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._record = self._service.merge(self._record.kept.id, self._record.merged.id)
        self._changed()

    def undo(self) -> None:
        self._service.unmerge(self._record)
        self._changed()


class SkipSession(QUndoCommand):
    def __init__(
        self,
        service: SeriesService,
        session: SeriesSession,
        skip_id: uuid.UUID,
        text: str,
        changed: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._service, self._session, self._skip_id = service, session, skip_id
        self._changed = changed
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._skip_id = self._service.skip(self._session)
        self._changed()

    def undo(self) -> None:
        self._service.unskip(self._skip_id)
        self._changed()
