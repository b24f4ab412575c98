"""k5_r5: hand-checked values and properties over random worlds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.world import World, reference_facts, worlds
from volunteer_app.domain.disclosure import (
    Cell,
    Status,
    control_count,
    control_hours,
    minutes_to_hours_round5,
    round5_half_up,
    secondary_suppress,
)
from volunteer_app.domain.periods import month, quarter
from volunteer_app.domain.summary import BREAKDOWN_CODES, MEASURES, build_rows

Q1 = quarter(2026, 1)


def test_rounding_is_half_up_not_to_even() -> None:
    assert [round5_half_up(n) for n in (5, 7, 8, 12, 13, 22, 23)] == [5, 5, 10, 10, 15, 20, 25]
    assert round(12.5) == 12  # why round() is never used
    # 2.5 hours rounds up to 5; just under it rounds down to 0.
    assert minutes_to_hours_round5(150) == 5
    assert minutes_to_hours_round5(149) == 0
    assert minutes_to_hours_round5(12 * 60 + 30) == 15  # 12.5 h -> 15
    assert minutes_to_hours_round5(12 * 60 + 29) == 10


def test_counts() -> None:
    assert control_count("x", 0) == Cell("x", 0, 0, Status.PUBLISHED)
    assert control_count("x", 4).status is Status.SUPPRESSED and control_count("x", 4).value is None
    assert control_count("x", 5).value == 5


def test_hours_follow_contributors_not_hours() -> None:
    assert control_hours("x", 6000, 4).status is Status.SUPPRESSED
    assert control_hours("x", 6000, 5).value == 100
    assert control_hours("x", 0, 0) == Cell("x", 0, 0, Status.PUBLISHED)


def test_secondary_picks_the_smallest_published_non_zero_earliest_on_ties() -> None:
    cells = [control_count(c, n) for c, n in zip("abcde", (0, 3, 9, 6, 6), strict=True)]
    result = secondary_suppress(cells)
    assert [c.status for c in result] == [
        Status.PUBLISHED,
        Status.SUPPRESSED,
        Status.PUBLISHED,
        Status.SECONDARY_SUPPRESSED,
        Status.PUBLISHED,
    ]
    assert result[3].value is None


def test_no_secondary_when_two_are_suppressed() -> None:
    cells = [control_count(c, n) for c, n in zip("abc", (2, 3, 9), strict=True)]
    assert secondary_suppress(cells) == cells


@settings(max_examples=300, deadline=None)
@given(world=worlds(), month_number=st.integers(1, 6))
def test_properties_of_every_summary(world: World, month_number: int) -> None:
    for period in (Q1, month(2026, month_number)):
        rows = build_rows(reference_facts(world, period))
        # Every code of every breakdown, in the schema's order.
        expected = [
            (m, b, c) for m, (_u, bs) in MEASURES.items() for b in bs for c in BREAKDOWN_CODES[b]
        ]
        assert [r.key for r in rows] == expected
        for row in rows:
            if row.raw == 0:
                assert (row.value, row.status) == (0, Status.PUBLISHED)  # zeros kept
            if row.measure == "events_held":
                assert row.value == row.raw
                continue
            if row.status is Status.PUBLISHED:
                assert row.value is not None and row.value % 5 == 0
                if row.unit != "hours":
                    assert not 1 <= row.value <= 4
                    assert row.raw >= 5 or row.raw == 0
            else:
                assert row.value is None
        _check_not_recoverable(rows)


def _check_not_recoverable(rows: list) -> None:  # type: ignore[type-arg]
    """With exactly one primary suppression in a breakdown, it cannot be had by subtracting
    the breakdown's other published cells from its published total."""
    groups: dict[tuple[str, str], list] = {}  # type: ignore[type-arg]
    totals = {r.measure: r for r in rows if r.breakdown == "none"}
    for r in rows:
        if r.breakdown != "none":
            groups.setdefault((r.measure, r.breakdown), []).append(r)
    for (measure, _breakdown), cells in groups.items():
        primary = [c for c in cells if c.status is Status.SUPPRESSED]
        if len(primary) != 1:
            continue
        others_withheld = [c for c in cells if c.status is Status.SECONDARY_SUPPRESSED]
        other_non_zero = [c for c in cells if c is not primary[0] and c.raw > 0]
        if other_non_zero:
            assert others_withheld, (measure, cells)
        elif measure != "volunteer_hours":
            # Alone in its breakdown: the total is that same small figure, so withheld too.
            # (Hours are controlled by contributors, which the total counts across types.)
            assert totals[measure].status is Status.SUPPRESSED
