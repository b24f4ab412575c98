"""What a checked file will become: planned activities and attendances, the rows skipped,
and the options a user gave (a value for every row, the order of day and month, a year)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time

from volunteer_app.domain.codes import ActivityKind
from volunteer_app.domain.importing.extras import ActivityExtrasPlan
from volunteer_app.domain.importing.problems import RowProblem

# date, activity (type) key, start time, activity_ref, title key
ActivityKey = tuple[date, str, time | None, str, str]


@dataclass(frozen=True)
class ImportOptions:
    """What the user said about the whole file.

    ``fixed`` gives one value for every row of a field no column holds (one person's own
    log: the person; one activity's log: the activity); ``date_order`` is "dmy", "mdy" or
    "ymd" when the dates cannot say; ``year`` completes dates written without one."""

    fixed: Mapping[str, str] = field(default_factory=dict)
    date_order: str | None = None
    year: int | None = None


@dataclass
class PlannedParticipation:
    line: int
    name: str
    key: str
    role: str
    minutes: int | None  # None: the activity's duration
    age_band: str
    welsh_speaker: str
    ref: str = ""  # person_ref: the same name with another ref is someone else


@dataclass
class PlannedActivity:
    line: int
    day: date
    label: str
    type_key: str
    type_code: str | None
    start_time: time | None
    values: dict[str, str] = field(default_factory=dict)  # activity-level raw values
    kind: str = ActivityKind.GROUP_ACTIVITY.value
    location: str = ""
    la_code: str | None = None
    end_time: time | None = None
    duration_minutes: int = 0
    volunteers_count: int = 0
    participants_count: int = 0
    notes: str = ""
    people: list[PlannedParticipation] = field(default_factory=list)
    rows: int = 0  # rows of the file that make up this activity
    ref: str = ""  # activity_ref, when the file gives one
    title: str = ""
    title_key: str = ""
    # The unnamed volunteers' hours given as the activity's total (a shift export's
    # volunteer_hours), in minutes; None: each unnamed volunteer gave the whole activity.
    unnamed_minutes: int | None = None
    person_keys: set[tuple[str, str]] = field(default_factory=set)
    # place type, pulse, projects, outputs (importing/extras.py)
    extras: ActivityExtrasPlan = field(default_factory=ActivityExtrasPlan)

    @property
    def day_text(self) -> str:
        return self.day.isoformat()

    @property
    def unnamed_volunteer_minutes(self) -> int:
        if self.unnamed_minutes is not None:
            return self.unnamed_minutes
        return self.volunteers_count * self.duration_minutes


@dataclass
class ImportPlan:
    activities: list[PlannedActivity]
    problems: list[RowProblem]
    rows_read: int
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (row, why: import_skips)

    @property
    def participations(self) -> int:
        return sum(len(a.people) for a in self.activities)
