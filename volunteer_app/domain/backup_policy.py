"""Which automatic backups to keep: the last 7 days, 4 weeks and 12 months, one of each."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

DAYS, WEEKS, MONTHS = 7, 4, 12


def backups_to_keep(stamps: Iterable[datetime]) -> set[datetime]:
    """The newest backup of each of the most recent days, ISO weeks and months."""
    newest_first = sorted(set(stamps), reverse=True)
    keep: set[datetime] = set()
    for limit, period in (
        (DAYS, lambda t: t.date()),
        (WEEKS, lambda t: t.isocalendar()[:2]),
        (MONTHS, lambda t: (t.year, t.month)),
    ):
        seen: list[object] = []
        for stamp in newest_first:
            key = period(stamp)
            if key in seen:
                continue
            if len(seen) == limit:
                break
            seen.append(key)
            keep.add(stamp)
    return keep
