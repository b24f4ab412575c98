"""What an import adds, in the figures a coordinator and a CVC look at.

Shown before anything is written, recomputed from the database after the write, and the
two must be equal or the import is rolled back: a figure sent to the CVC is never
quietly wrong.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date


@dataclass(frozen=True)
class ImportTotals:
    activities: int = 0
    attendances: int = 0  # named people at activities
    new_people: int = 0
    volunteer_minutes: int = 0  # named volunteering plus the unnamed volunteers' hours
    volunteers_count: int = 0  # unnamed volunteers (headcount)
    participants: int = 0  # unnamed participants plus named ones
    first_date: date | None = None
    last_date: date | None = None

    @property
    def volunteer_hours(self) -> float:
        return self.volunteer_minutes / 60

    def to_json(self) -> str:
        values = asdict(self)
        for key in ("first_date", "last_date"):
            values[key] = values[key].isoformat() if values[key] else None
        return json.dumps(values, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ImportTotals:
        values = json.loads(text)
        for key in ("first_date", "last_date"):
            values[key] = date.fromisoformat(values[key]) if values.get(key) else None
        return cls(**values)

    def lines(self) -> list[str]:
        """The figures in English, one per line, for the command line."""
        span = (
            f"{self.first_date.isoformat()} to {self.last_date.isoformat()}"
            if self.first_date and self.last_date
            else "no dates"
        )
        return [
            f"activities: {self.activities}",
            f"named attendances: {self.attendances}",
            f"new people: {self.new_people}",
            f"volunteer hours: {format_hours(self.volunteer_minutes)}",
            f"unnamed volunteers (headcount): {self.volunteers_count}",
            f"participants: {self.participants}",
            f"dates: {span}",
        ]


def format_hours(minutes: int) -> str:
    """Hours to the minute, without a trailing .0: 434, 2.5, 1.75, 0.33."""
    return f"{minutes / 60:.2f}".rstrip("0").rstrip(".")


class TotalsAccumulator:
    """Adds up an import's figures as its rows are planned, from the plan's own values."""

    def __init__(self) -> None:
        self.activities = self.attendances = self.new_people = 0
        self.minutes = self.volunteers = self.participants = 0
        self.days: set[date] = set()

    def activity(self, day: date, volunteers: int, participants: int, unnamed: int) -> None:
        self.activities += 1
        self.volunteers += volunteers
        self.participants += participants
        self.minutes += unnamed
        self.days.add(day)

    def attendance(self, day: date, minutes: int, volunteering: bool) -> None:
        self.attendances += 1
        if volunteering:
            self.minutes += minutes
        else:
            self.participants += 1
        self.days.add(day)

    def result(self) -> ImportTotals:
        return ImportTotals(
            activities=self.activities,
            attendances=self.attendances,
            new_people=self.new_people,
            volunteer_minutes=self.minutes,
            volunteers_count=self.volunteers,
            participants=self.participants,
            first_date=min(self.days) if self.days else None,
            last_date=max(self.days) if self.days else None,
        )
