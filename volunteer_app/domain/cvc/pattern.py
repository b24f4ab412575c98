"""The disclosure pattern a genuine return shows (rule ``k5_r5``, export-policy.md).

A file edited by hand, or made by another tool, often breaks it: a 3 where the app would
have withheld, a 12 where it would have rounded, a withheld cell with nothing to protect.
"""

from __future__ import annotations

from collections.abc import Sequence

from volunteer_app.domain.cvc.model import ReturnRow, reject
from volunteer_app.domain.cvc.versions import EXACT_MEASURES, OVERLAPPING_BREAKDOWNS


def _check_cell(row: ReturnRow) -> None:
    where = f"{row.measure} / {row.breakdown} / {row.category}"
    if row.measure in EXACT_MEASURES:
        if row.value is None:
            raise reject(
                "cvc.pattern",
                f"{where} is withheld, but this measure is always published exactly.",
                row=where,
            )
        return
    if row.value is not None and row.value % 5 != 0:
        raise reject(
            "cvc.pattern",
            f"{where} is {row.value}: the rule publishes only 0 and multiples of 5 "
            "(1 to 4 are withheld), so the file was changed after the app saved it.",
            row=where,
            value=row.value,
        )


def _check_breakdown(cells: list[ReturnRow]) -> None:
    first = cells[0]
    where = f"{first.measure} / {first.breakdown}"
    suppressed = sum(c.status == "suppressed" for c in cells)
    secondary = sum(c.status == "secondary_suppressed" for c in cells)
    if first.breakdown == "none" or first.breakdown in OVERLAPPING_BREAKDOWNS:
        expected = 0
    else:
        # Rule 5: exactly one suppressed cell takes one published non-zero cell with it.
        nonzero = any(c.value for c in cells)
        expected = 1 if suppressed == 1 and (nonzero or secondary) else 0
    if secondary != expected:
        raise reject(
            "cvc.pattern",
            f"{where} has {secondary} secondary-withheld cells where the rule gives "
            f"{expected}: the file was changed after the app saved it.",
            row=where,
        )


def _check_pulse(rows: Sequence[ReturnRow]) -> None:
    """Rule 8 (1.1): no cards, every statement 0; 1 to 9 cards, every statement withheld (a
    published 5 is 5 to 7 cards; a 10 may be 8 or 12, so it cannot be judged)."""
    cards = next((r for r in rows if r.measure == "pulse_responses"), None)
    if cards is None:
        return
    agree = [r for r in rows if r.measure == "pulse_agree"]
    if cards.value is None or cards.value == 5:  # 1 to 7 cards: fewer than 10
        broken = any(r.value is not None for r in agree)
    elif cards.value == 0:
        broken = any(r.value != 0 for r in agree)
    else:
        broken = any(r.value is not None and r.value > cards.value for r in agree)
    if broken:
        raise reject(
            "cvc.pattern",
            "The pulse rows do not agree with the number of cards (rule 8): the file was "
            "changed after the app saved it.",
            row="pulse_agree",
        )


def check_pattern(rows: Sequence[ReturnRow], spans: Sequence[tuple[int, int]]) -> None:
    """Raise ``ReturnRejected`` if the rows could not have come from the rule."""
    for row in rows:
        if row.measure in EXACT_MEASURES:
            if row.value is None:
                _check_cell(row)
        elif row.value and row.value % 5:
            _check_cell(row)
    withheld = {i for i, row in enumerate(rows) if row.value is None}
    for start, end in spans:
        # Rule 5 is about withheld cells: a breakdown with none has nothing to check.
        if any(start <= i < end for i in withheld):
            _check_breakdown(list(rows[start:end]))
    _check_pulse(rows)
