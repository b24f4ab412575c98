"""Combining the returns that count into one row per area x period x measure x category.

Sums are of published values only; the bounds say where the true, unrounded total lies; the
publication gate marks the cells the CVC must not publish onward (see ``gate``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from volunteer_app.domain.cvc.bounds import Bound, return_bounds
from volunteer_app.domain.cvc.gate import gate_reasons
from volunteer_app.domain.cvc.model import ReturnRow, SummaryReturn
from volunteer_app.domain.cvc.versions import ALL_ROW_KEYS, VERSIONS
from volunteer_app.domain.periods import Period

ALL_WALES = "ALL"
UNITS = {m: u for spec in VERSIONS.values() for m, (u, _) in spec.measures.items()}


@dataclass(frozen=True)
class CombinedRow:
    area: str  # a W06 code, or ALL for every return combined
    period: Period
    measure: str
    unit: str
    breakdown: str
    category: str
    groups_returned: int  # groups with a return for this area and period
    groups_reporting: int  # of those, the ones whose file version has this row
    groups_contributing: int  # of those, the ones whose cell is not zero (withheld included)
    published_sum: int
    withheld_cells: int
    lower_bound: int  # the true total is at least this
    upper_bound: int | None  # and at most this; None: no upper bound ("at least")
    gate: tuple[str, ...]  # why it is not for publication; empty when it may be published

    @property
    def for_publication(self) -> bool:
        return not self.gate


class _Area:
    """Running sums for one area and period, one slot per row of ``ALL_ROW_KEYS``."""

    def __init__(self) -> None:
        size = len(ALL_ROW_KEYS)
        self.returns = 0
        self.reporting = [0] * size
        self.contributing = [0] * size
        self.total = [0] * size
        self.largest = [0] * size
        self.withheld = [0] * size
        self.low = [0] * size
        self.high: list[int | None] = [0] * size

    def add(
        self, positions: Sequence[int], rows: Sequence[ReturnRow], bounds: Sequence[Bound]
    ) -> None:
        self.returns += 1
        for i, row, (low, high) in zip(positions, rows, bounds, strict=True):
            self.reporting[i] += 1
            self.low[i] += low
            top = self.high[i]
            self.high[i] = None if top is None or high is None else top + high
            value = row.value
            if value is None:
                self.withheld[i] += 1
                self.contributing[i] += 1
            elif value:
                self.contributing[i] += 1
                self.total[i] += value
                if value > self.largest[i]:
                    self.largest[i] = value

    def merge(self, other: _Area) -> None:
        """Add another area's sums (all of Wales is the sum of its authorities)."""
        self.returns += other.returns
        for i in range(len(ALL_ROW_KEYS)):
            self.reporting[i] += other.reporting[i]
            self.contributing[i] += other.contributing[i]
            self.total[i] += other.total[i]
            self.largest[i] = max(self.largest[i], other.largest[i])
            self.withheld[i] += other.withheld[i]
            self.low[i] += other.low[i]
            mine, theirs = self.high[i], other.high[i]
            self.high[i] = None if mine is None or theirs is None else mine + theirs

    def rows(self, area: str, period: Period) -> list[CombinedRow]:
        found = []
        for i, (measure, breakdown, category) in enumerate(ALL_ROW_KEYS):
            if not self.reporting[i]:
                continue
            high = self.high[i]
            found.append(
                CombinedRow(
                    area=area,
                    period=period,
                    measure=measure,
                    unit=UNITS[measure],
                    breakdown=breakdown,
                    category=category,
                    groups_returned=self.returns,
                    groups_reporting=self.reporting[i],
                    groups_contributing=self.contributing[i],
                    published_sum=self.total[i],
                    withheld_cells=self.withheld[i],
                    lower_bound=self.low[i] // 2,  # half units, rounded outwards
                    upper_bound=None if high is None else -(-high // 2),
                    gate=gate_reasons(
                        self.reporting[i], self.contributing[i], self.largest[i], self.total[i]
                    ),
                )
            )
        return found


def combine(returns: Sequence[SummaryReturn], all_wales: bool = True) -> list[CombinedRow]:
    """Rows for each local authority with returns (code order), then for all of them
    together, period by period; the returns are the ones ``select_returns`` kept."""
    areas: dict[tuple[str, Period], _Area] = {}
    for item in returns:
        spec = VERSIONS[item.version]
        sums = areas.setdefault((item.la_code, item.period), _Area())
        sums.add(spec.positions, item.rows, return_bounds(item.rows, spec))
    if all_wales:
        for (_, period), sums in list(areas.items()):
            areas.setdefault((ALL_WALES, period), _Area()).merge(sums)
    ordered = sorted(areas, key=lambda k: (k[1], k[0] == ALL_WALES, k[0]))
    return [row for area, period in ordered for row in areas[area, period].rows(area, period)]
