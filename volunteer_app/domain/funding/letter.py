"""What an hours letter says: one person's hours and sessions, by activity type."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class LetterLine:
    activity_type: str
    sessions: int
    minutes: int


@dataclass(frozen=True)
class LetterFacts:
    name: str
    start: date  # the range asked for
    end: date
    lines: tuple[LetterLine, ...]
    first: date | None  # the first and last sessions inside the range
    last: date | None

    @property
    def sessions(self) -> int:
        return sum(line.sessions for line in self.lines)

    @property
    def minutes(self) -> int:
        return sum(line.minutes for line in self.lines)
