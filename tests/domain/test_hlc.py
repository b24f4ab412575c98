from hypothesis import given
from hypothesis import strategies as st

from volunteer_app.domain.hlc import HlcStamp, next_stamp


@given(st.lists(st.integers(min_value=0, max_value=10**13), min_size=1, max_size=50))
def test_stamps_only_move_forward_even_when_the_clock_jumps_back(clock: list[int]) -> None:
    last = None
    for now in clock:
        stamp = next_stamp(last, now, "site")
        if last is not None:
            assert stamp > last
            assert stamp.encode() > last.encode()  # text order agrees with causal order
        last = stamp


def test_round_trip() -> None:
    stamp = HlcStamp(1_732_841_234_567, 3, "abc-def")
    assert HlcStamp.decode(stamp.encode()) == stamp
