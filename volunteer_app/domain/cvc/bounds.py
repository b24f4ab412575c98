"""Where the true, unrounded figure of each row of one return can lie.

A published count ``v`` came from ``v-2`` to ``v+2`` (rounded half up to 5; never below 5);
published hours from ``v-2.5`` to ``v+2.5``; a withheld count from 1 to 4. Withheld hours
and secondary-withheld cells have no upper bound of their own; when the breakdown splits the
measure's total exactly, the group's own total caps them (the total minus the least the
other categories can be). ``None`` as an upper bound means "at least".
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from volunteer_app.domain.cvc.model import ReturnRow
from volunteer_app.domain.cvc.versions import EXACT_MEASURES, PARTITIONS

Bound = tuple[Fraction, Fraction | None]
Key = tuple[str, str, str]
HALF_STEP = Fraction(5, 2)


def _own(row: ReturnRow) -> Bound:
    v = row.value
    if row.measure in EXACT_MEASURES and v is not None:
        return (Fraction(v), Fraction(v))
    if row.measure == "volunteer_hours":
        if v is None:
            return (Fraction(0), None)
        return (max(Fraction(0), v - HALF_STEP), v + HALF_STEP)
    if row.status == "suppressed":
        return (Fraction(1), Fraction(4))
    if v is None:  # secondary: it would have been published, so at least 5
        return (Fraction(5), None)
    if v == 0:
        return (Fraction(0), Fraction(0))
    return (Fraction(max(5, v - 2)), Fraction(v + 2))


def _cap(
    bounds: dict[Key, Bound], cells: Sequence[ReturnRow], total: Fraction | None, split: bool
) -> None:
    """Lower the upper bounds of one breakdown's cells using the group's own total."""
    if total is None:
        return
    lowest = sum((bounds[c.key][0] for c in cells), Fraction(0))
    for cell in cells:
        low, high = bounds[cell.key]
        cap = max(low, total - (lowest - low)) if split else max(low, total)
        bounds[cell.key] = (low, cap if high is None else min(high, cap))


def return_bounds(rows: Sequence[ReturnRow]) -> dict[Key, Bound]:
    """The bounds of every row of one return, keyed by (measure, breakdown, category)."""
    bounds = {row.key: _own(row) for row in rows}
    totals = {r.measure: bounds[r.key][1] for r in rows if r.breakdown == "none"}
    by_breakdown: dict[tuple[str, str], list[ReturnRow]] = {}
    for row in rows:
        if row.breakdown != "none":
            by_breakdown.setdefault((row.measure, row.breakdown), []).append(row)
    for (measure, breakdown), cells in by_breakdown.items():
        if breakdown == "pulse_statement":  # cards agreeing are among the cards collected
            _cap(bounds, cells, totals.get("pulse_responses"), split=False)
        else:
            _cap(bounds, cells, totals.get(measure), split=breakdown in PARTITIONS)
    return bounds
