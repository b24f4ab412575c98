"""The per-field rule: the later stamp wins, the site breaks ties, and merging is
commutative, associative and idempotent for any set of versions of one row."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from volunteer_app.domain.merging.rules import RowState, merge_row, theirs_wins

FIELDS = ("title", "notes", "deleted_at")
STAMPS = st.sampled_from(
    ["", "001000000000000-00000-a", "001000000000000-00000-b", "001000000000001-00000-a"]
)
VALUES = st.sampled_from([None, "", "x", "y", 3])


def version(draw_values: dict[str, object], stamps: dict[str, str]) -> RowState:
    return RowState("r", draw_values, {k: v for k, v in stamps.items() if v})  # type: ignore[arg-type]


VERSIONS = st.builds(
    version,
    st.fixed_dictionaries({f: VALUES for f in FIELDS}),
    st.fixed_dictionaries({f: STAMPS for f in FIELDS}),
)


def merged(mine: RowState, theirs: RowState) -> RowState:
    outcome = merge_row(mine, theirs)
    return RowState("r", {**mine.values, **outcome.changed}, {**mine.stamps, **outcome.stamps})


def test_the_later_stamp_wins_and_the_site_breaks_ties() -> None:
    assert theirs_wins("old", "001000000000000-00000-a", "new", "001000000000001-00000-a")
    assert not theirs_wins("new", "001000000000001-00000-a", "old", "001000000000000-00000-b")
    assert theirs_wins("a", "001000000000000-00000-a", "b", "001000000000000-00000-b")
    assert theirs_wins("made", "", "edited", "001000000000000-00000-a")


def test_a_deletion_wins_over_an_earlier_edit_and_a_later_edit_is_a_conflict() -> None:
    deleted = RowState(
        "r", {"title": "", "deleted_at": "2026-05-01"}, {"title": "2", "deleted_at": "2"}
    )
    edited_before = RowState("r", {"title": "x", "deleted_at": None}, {"title": "1"})
    edited_after = RowState("r", {"title": "y", "deleted_at": None}, {"title": "3"})
    assert merged(edited_before, deleted).values == {"title": "", "deleted_at": "2026-05-01"}
    outcome = merge_row(deleted, edited_after)
    assert outcome.conflict and outcome.changed == {"title": "y"}


@settings(max_examples=200, derandomize=True)
@given(a=VERSIONS, b=VERSIONS, c=VERSIONS)
def test_merging_is_commutative_associative_and_idempotent(
    a: RowState, b: RowState, c: RowState
) -> None:
    # Stamps name one edit: the same stamp never carries two values.
    for name in FIELDS:
        seen: dict[str, object] = {}
        for state in (a, b, c):
            stamp = state.stamps.get(name, "")
            if stamp and seen.setdefault(stamp, state.values[name]) != state.values[name]:
                return
    ab, ba = merged(a, b), merged(b, a)
    assert (ab.values, dict(ab.stamps)) == (ba.values, dict(ba.stamps))
    left, right = merged(merged(a, b), c), merged(a, merged(b, c))
    assert (left.values, dict(left.stamps)) == (right.values, dict(right.stamps))
    again = merged(ab, b)
    assert (again.values, dict(again.stamps)) == (ab.values, dict(ab.stamps))
