"""The sign-in sheet at the door: who is in, who has left, and the +1 tallies."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from volunteer_app.domain.activity import ActivityDraft, PersonEntry, volunteer_minutes
from volunteer_app.domain.validation import clean_text


@dataclass
class Attendee:
    name: str
    person_id: uuid.UUID | None = None
    arrived: datetime | None = None
    left: datetime | None = None
    earlier_minutes: int = 0  # from earlier visits the same day

    @property
    def is_in(self) -> bool:
        return self.arrived is not None and self.left is None

    def minutes(self, now: datetime) -> int:
        if self.arrived is None:
            return self.earlier_minutes
        end = self.left or now
        return self.earlier_minutes + max(int((end - self.arrived).total_seconds() // 60), 0)


@dataclass
class SignInSheet:
    activity_type_id: uuid.UUID
    day: date
    started: datetime
    attendees: dict[str, Attendee] = field(default_factory=dict)
    helpers: int = 0
    participants: int = 0
    title: str = ""
    location: str = ""
    series_id: uuid.UUID | None = None  # today's session of a regular activity, if it is one

    def offer(self, name: str, person_id: uuid.UUID | None) -> None:
        """A regular shown on the screen; not counted until they tap in."""
        self.attendees.setdefault(name.casefold(), Attendee(name, person_id))

    def tap(self, name: str, now: datetime) -> Attendee:
        """In if out, out if in."""
        person = self.attendees.setdefault(name.casefold(), Attendee(clean_text(name)))
        if person.is_in:
            person.left = now
        else:
            if person.arrived is not None and person.left is not None:
                person.earlier_minutes = person.minutes(now)
            person.arrived, person.left = now, None
        return person

    def add_new(self, name: str, now: datetime) -> Attendee | None:
        clean = clean_text(name)
        if not clean:
            return None
        existing = self.attendees.get(clean.casefold())
        if existing is not None and existing.is_in:
            return existing
        return self.tap(clean, now)

    def came(self) -> list[Attendee]:
        return [a for a in self.attendees.values() if a.arrived is not None]

    def draft(self, now: datetime) -> ActivityDraft:
        """The activity as it stands, with everyone still in counted up to now."""
        start = self.started.time().replace(second=0, microsecond=0)
        end = max(now, self.started).time().replace(second=0, microsecond=0)
        duration = max((now - self.started).total_seconds() // 60, 0)
        return ActivityDraft(
            activity_date=self.day,
            activity_type_id=self.activity_type_id,
            title=self.title,
            location=self.location,
            series_id=self.series_id,
            start_time=start,
            end_time=end if end > start else None,
            duration_minutes=int(duration) if end > start else 0,
            volunteers_count=self.helpers,
            participants_count=self.participants,
            people=tuple(
                PersonEntry(a.name, minutes=min(a.minutes(now), 24 * 60), person_id=a.person_id)
                for a in self.came()
            ),
        )


@dataclass(frozen=True)
class SignInTotals:
    """What a sign-in recorded, as the coordinator is told on finishing."""

    people: int
    helpers: int
    participants: int
    volunteer_minutes: int


def totals(draft: ActivityDraft) -> SignInTotals:
    counts = (draft.volunteers_count, draft.participants_count)
    return SignInTotals(len(draft.people), *counts, volunteer_minutes(draft))
