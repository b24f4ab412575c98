"""Disclosure control ``k5_r5`` (the CVC contract, which ships with the app:
resources/schema/vcs-summary-1.0-dictionary.md), in integer arithmetic throughout.

Python's round() rounds half to even, so it is never used here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

SDC_RULE = "k5_r5"
THRESHOLD = 5


class Status(StrEnum):
    PUBLISHED = "published"
    SUPPRESSED = "suppressed"
    SECONDARY_SUPPRESSED = "secondary_suppressed"


@dataclass(frozen=True)
class Cell:
    """One controlled value. ``raw`` is the unrounded figure (minutes for hours cells)."""

    category: str
    raw: int
    value: int | None
    status: Status


def round5_half_up(n: int) -> int:
    return ((n + 2) // 5) * 5


def minutes_to_hours_round5(minutes: int) -> int:
    """floor(hours / 5 + 0.5) * 5 with hours = minutes / 60, exactly: (2m + 300) // 600 * 5."""
    return ((2 * minutes + 300) // 600) * 5


def control_count(category: str, n: int) -> Cell:
    """People and sessions: 0 stays 0; 1 to 4 suppressed; else rounded half up to 5."""
    if n < 0:
        raise ValueError("counts are never negative")
    if n == 0:
        return Cell(category, 0, 0, Status.PUBLISHED)
    if n < THRESHOLD:
        return Cell(category, n, None, Status.SUPPRESSED)
    return Cell(category, n, round5_half_up(n), Status.PUBLISHED)


def control_hours(category: str, minutes: int, contributors: int) -> Cell:
    """Hours: zero stays 0; fewer than 5 contributors suppressed; else hours rounded to 5."""
    if minutes < 0 or contributors < 0:
        raise ValueError("minutes and contributors are never negative")
    if minutes == 0:
        return Cell(category, 0, 0, Status.PUBLISHED)
    if contributors < THRESHOLD:
        return Cell(category, minutes, None, Status.SUPPRESSED)
    return Cell(category, minutes, minutes_to_hours_round5(minutes), Status.PUBLISHED)


def control_exact(category: str, n: int) -> Cell:
    """events_held is not about people: published as it is."""
    return Cell(category, n, n, Status.PUBLISHED)


def secondary_suppress(cells: list[Cell]) -> list[Cell]:
    """Within one breakdown: if exactly one cell is suppressed, also withhold the published
    cell with the smallest unrounded non-zero value (ties: the earliest in code order), so the
    suppressed one cannot be recovered from the total."""
    suppressed = [c for c in cells if c.status is Status.SUPPRESSED]
    if len(suppressed) != 1:
        return cells
    candidates = [
        (c.raw, i) for i, c in enumerate(cells) if c.status is Status.PUBLISHED and c.raw > 0
    ]
    if not candidates:
        return cells
    _, index = min(candidates)
    result = list(cells)
    chosen = result[index]
    result[index] = Cell(chosen.category, chosen.raw, None, Status.SECONDARY_SUPPRESSED)
    return result
