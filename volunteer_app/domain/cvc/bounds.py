"""Where the true, unrounded figure of each row of one return can lie.

A published count ``v`` came from ``v-2`` to ``v+2`` (rounded half up to 5; never below 5);
published hours from ``v-2.5`` to ``v+2.5``; a withheld count from 1 to 4. Withheld hours
and secondary-withheld cells have no upper bound of their own; the group's own total caps
them: a category is at most the total, and when the breakdown splits the total exactly, at
most the total minus the least the other categories can be. ``None`` as an upper bound
means "at least". Bounds are in half units (integers, exact and fast: hours round to 2.5).
"""

from __future__ import annotations

from collections.abc import Sequence

from volunteer_app.domain.cvc.model import ReturnRow
from volunteer_app.domain.cvc.versions import EXACT_MEASURES, PARTITIONS, VersionSpec

Bound = tuple[int, int | None]  # (lower, upper) in half units: 2 x the figure


def _own(row: ReturnRow) -> Bound:
    v = row.value
    if row.measure in EXACT_MEASURES and v is not None:
        return (2 * v, 2 * v)
    if row.measure == "volunteer_hours":
        if v is None:
            return (0, None)
        return (max(0, 2 * v - 5), 2 * v + 5)
    if row.status == "suppressed":
        return (2, 8)
    if v is None:  # secondary: it would have been published, so at least 5
        return (10, None)
    if v == 0:
        return (0, 0)
    return (2 * max(5, v - 2), 2 * (v + 2))


def _cap(bounds: list[Bound], start: int, end: int, total: int | None, split: bool) -> None:
    """Lower the upper bounds of one breakdown's cells using the group's own total."""
    if total is None or all(bounds[i][1] is not None for i in range(start, end)):
        return  # only cells with no upper bound of their own are capped
    lowest = sum(bounds[i][0] for i in range(start, end))
    for i in range(start, end):
        low, high = bounds[i]
        if high is None:
            bounds[i] = (low, max(low, total - (lowest - low) if split else total))


def return_bounds(rows: Sequence[ReturnRow], spec: VersionSpec) -> list[Bound]:
    """The bounds of every row of one return, in the file's order, in half units."""
    bounds = [_own(row) for row in rows]
    totals = {
        rows[start].measure: bounds[start][1]
        for start, _ in spec.breakdown_spans
        if rows[start].breakdown == "none"
    }
    for start, end in spec.breakdown_spans:
        first = rows[start]
        if first.breakdown == "none":
            continue
        if first.breakdown == "pulse_statement":  # cards agreeing are among the cards
            _cap(bounds, start, end, totals.get("pulse_responses"), split=False)
        else:
            _cap(bounds, start, end, totals.get(first.measure), split=first.breakdown in PARTITIONS)
    return bounds
