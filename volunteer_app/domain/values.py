"""Plain value types handed between layers (never live ORM objects)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from volunteer_app.domain.periods import Period


@dataclass(frozen=True)
class GroupInfo:
    group_id: uuid.UUID
    name: str
    la_code: str | None
    cvc_ref: str
    year_kind: str = "financial"  # the reporting year's code (domain/funding/years)


@dataclass(frozen=True)
class DataCounts:
    people: int
    activity_types: int
    activities: int
    participations: int


@dataclass(frozen=True)
class OutboxEntry:
    """A summary file the group saved for its CVC."""

    export_id: uuid.UUID
    exported_at: datetime
    period: Period
    file_path: str
    sha256: str
    group_name_included: bool
    # (measure, breakdown, category, value or None, status) for every row, as written
    rows: tuple[tuple[str, str, str, int | None, str], ...]


@dataclass(frozen=True)
class PersonRow:
    """A line of the People page: who, when first and last seen, and activity in a period."""

    id: uuid.UUID
    name: str
    first_seen: date | None
    last_seen: date | None
    sessions: int  # participations in the chosen period
    minutes: int  # their minutes in the chosen period
    archived: bool
    added: date | None = None  # when the record was made

    def not_seen_since(self, cutoff: date) -> bool:
        """Last seen before the cutoff (or, never seen, added before it)."""
        last = self.last_seen or self.added
        return last is not None and last < cutoff


@dataclass(frozen=True)
class PersonDetails:
    """Everything held about a named person (all optional but the name)."""

    id: uuid.UUID
    name: str
    contact: str = ""
    age_band: str = "not_known"
    welsh_speaker: str = "not_known"
    consent_contact: bool = False
    consent_photos: bool = False
    notes: str = ""
    archived: bool = False


@dataclass(frozen=True)
class MergeRecord:
    """What a merge changed, so that it can be undone."""

    kept: PersonDetails
    merged: PersonDetails
    moved: tuple[uuid.UUID, ...]  # participations re-pointed to the kept person
    dropped: tuple[uuid.UUID, ...]  # duplicates at the same activity, given a tombstone


@dataclass(frozen=True)
class DashboardFigures:
    """A period at a glance, for the group's own use (exact figures, never sent anywhere).
    Distinct people are kept apart from person-sessions."""

    activities: int
    distinct_volunteers: int
    new_volunteers: int
    volunteer_minutes: int
    participants: int  # attendances: named participants plus participant headcounts
    unnamed_volunteers: int  # volunteer headcounts, summed over the activities


@dataclass(frozen=True)
class MonthlyFigures:
    """A period month by month, for the charts: volunteer minutes per activity type and
    distinct named volunteers active in each month."""

    months: list[date]  # first day of each month
    minutes_by_type: dict[str, list[int]]  # activity type label -> minutes per month
    volunteers: list[int]  # distinct people per month (not summed across months)

    def top_types(self, keep: int, other: str) -> dict[str, list[int]]:
        """The busiest types by hours, the rest together under ``other``."""
        ranked = sorted(self.minutes_by_type.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
        chosen = dict(ranked[:keep])
        rest = ranked[keep:]
        if rest:
            chosen[other] = [sum(values) for values in zip(*(v for _k, v in rest), strict=True)]
        return chosen


def hours_tenths(minutes: int) -> int:
    """Hours as shown (one decimal, rounded half up), in tenths: 1003 minutes show as 16.7."""
    return (minutes + 3) // 6
