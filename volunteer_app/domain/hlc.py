"""Hybrid logical clock stamps, so that two laptops' edits can later be merged per field.

A stamp is wall-clock milliseconds, a counter for events within the same millisecond (or
while the clock runs backwards), and the site that made it. As text it sorts in causal
order, which is what last-writer-wins needs.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class HlcStamp:
    millis: int
    counter: int
    site: str

    def encode(self) -> str:
        return f"{self.millis:015d}-{self.counter:05d}-{self.site}"

    @classmethod
    def decode(cls, text: str) -> HlcStamp:
        millis, counter, site = text.split("-", 2)
        return cls(int(millis), int(counter), site)


def next_stamp(last: HlcStamp | None, now_millis: int, site: str) -> HlcStamp:
    """The stamp for a local change: after the last one, even if the clock jumps back."""
    if last is None or now_millis > last.millis:
        return HlcStamp(now_millis, 0, site)
    return HlcStamp(last.millis, last.counter + 1, site)
