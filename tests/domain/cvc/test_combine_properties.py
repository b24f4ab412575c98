"""For random groups' unrounded data, exported by the app's own code and then combined: the
sums are the sums of what was published, the truth lies within the bounds, and the gate
marks exactly the cells its rule names."""

from __future__ import annotations

import uuid
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.cvc_returns import Q1, header, return_bytes
from tests.world import World, reference_facts, worlds
from volunteer_app.domain.cvc.combine import ALL_WALES, combine
from volunteer_app.domain.cvc.received import select_returns
from volunteer_app.domain.cvc.returns import read_return
from volunteer_app.domain.summary import build_rows

AREAS = ("W06000015", "W06000022")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(worlds(12, 12), st.sampled_from(AREAS)), min_size=1, max_size=6))
def test_combined_sums_bounds_and_gate(groups: list[tuple[World, str]]) -> None:
    files = []
    truth: dict[tuple[str, str, str, str], Fraction] = {}
    published: dict[tuple[str, str, str, str], list[int]] = {}
    for number, (world, area) in enumerate(groups):
        facts = reference_facts(world, Q1)
        content = return_bytes(facts, header(uuid.uuid4(), area))
        files.append(read_return(f"group-{number}.csv", content))
        for row in build_rows(facts):
            raw = Fraction(row.raw, 60) if row.measure == "volunteer_hours" else Fraction(row.raw)
            for where in (area, ALL_WALES):
                key = (where, *row.key)
                truth[key] = truth.get(key, Fraction(0)) + raw
                published.setdefault(key, []).append(-1 if row.value is None else row.value)
    rows = combine(select_returns(files).returns)
    assert {(r.area, r.measure, r.breakdown, r.category) for r in rows} == set(truth)
    for row in rows:
        key = (row.area, row.measure, row.breakdown, row.category)
        values = published[key]
        assert row.published_sum == sum(v for v in values if v > 0)
        assert row.withheld_cells == values.count(-1)
        assert row.lower_bound <= truth[key], key
        assert row.upper_bound is None or truth[key] <= row.upper_bound, key
        contributing = sum(v != 0 for v in values)
        few = (contributing or len(values)) < 3
        largest = max(values)
        dominant = row.published_sum > 0 and largest / row.published_sum > 0.8
        assert row.for_publication == (not few and not dominant), key
        assert ("fewer_than_3_groups" in row.gate) == few
