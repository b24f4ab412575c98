"""Undoable changes to activities and people (Ctrl+Z, Ctrl+Shift+Z), within the session.

Each command is pushed after its change has been saved, so its first redo does nothing."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from volunteer_app.domain.activity import ActivityDraft, ActivityRecord
from volunteer_app.domain.series import SeriesSession
from volunteer_app.domain.values import MergeRecord, PersonDetails
from volunteer_app.ui.shell.after_the_fact import AfterTheFact

__all__ = [
    "AfterTheFact",
    "DeleteActivity",
    "EditActivity",
    "EditPerson",
    "EndSeries",
    "LogActivity",
    "MergePeople",
    "SkipSession",
]

if TYPE_CHECKING:
    from volunteer_app.services.activities import ActivityService
    from volunteer_app.services.people import PeopleService
    from volunteer_app.services.series import SeriesService


def _draft_of(record: ActivityRecord) -> ActivityDraft:
    return ActivityDraft(
        **{name: getattr(record, name) for name in ActivityDraft.__dataclass_fields__}
    )


class LogActivity(AfterTheFact):
    """Undo takes the activity back with the people it alone brought onto the file; redo
    brings both back, the people under the same ids."""

    def __init__(
        self,
        service: ActivityService,
        activity_id: uuid.UUID,
        text: str,
    ) -> None:
        super().__init__(text)
        self._service, self._id = service, activity_id
        self._people: list[tuple[uuid.UUID, str]] = []

    def apply(self) -> None:
        self._service.relog(self._id, self._people)

    def revert(self) -> None:
        self._people = self._service.unlog(self._id)


class DeleteActivity(AfterTheFact):
    def __init__(
        self,
        service: ActivityService,
        activity_id: uuid.UUID,
        text: str,
    ) -> None:
        super().__init__(text)
        self._service, self._id = service, activity_id

    def apply(self) -> None:
        self._service.delete(self._id)

    def revert(self) -> None:
        self._service.restore(self._id)


class EditActivity(AfterTheFact):
    def __init__(
        self,
        service: ActivityService,
        before: ActivityRecord,
        after: ActivityDraft,
        text: str,
    ) -> None:
        super().__init__(text)
        self._service, self._before, self._after = service, before, after

    def apply(self) -> None:
        self._service.update(self._before.id, self._after)

    def revert(self) -> None:
        self._service.update(self._before.id, _draft_of(self._before))


class EditPerson(AfterTheFact):
    """A person's details or archive flag changed."""

    def __init__(
        self,
        service: PeopleService,
        before: PersonDetails,
        after: PersonDetails,
        text: str,
    ) -> None:
        super().__init__(text)
        self._service, self._before, self._after = service, before, after

    def apply(self) -> None:
        self._service.update(self._after)

    def revert(self) -> None:
        self._service.update(self._before)


class MergePeople(AfterTheFact):
    def __init__(
        self,
        service: PeopleService,
        record: MergeRecord,
        text: str,
    ) -> None:
        super().__init__(text)
        self._service, self._record = service, record

    def apply(self) -> None:
        self._record = self._service.merge(self._record.kept.id, self._record.merged.id)

    def revert(self) -> None:
        self._service.unmerge(self._record)


class SkipSession(AfterTheFact):
    def __init__(
        self,
        service: SeriesService,
        session: SeriesSession,
        skip_id: uuid.UUID,
        text: str,
    ) -> None:
        super().__init__(text)
        self._service, self._session, self._skip_id = service, session, skip_id

    def apply(self) -> None:
        self._skip_id = self._service.skip(self._session)

    def revert(self) -> None:
        self._service.unskip(self._skip_id)


class EndSeries(AfterTheFact):
    def __init__(
        self,
        service: SeriesService,
        series_id: uuid.UUID,
        last_day: date,
        before: date | None,
        text: str,
    ) -> None:
        super().__init__(text)
        self._service, self._id = service, series_id
        self._last_day, self._before = last_day, before

    def apply(self) -> None:
        self._service.set_end(self._id, self._last_day)

    def revert(self) -> None:
        self._service.set_end(self._id, self._before)
