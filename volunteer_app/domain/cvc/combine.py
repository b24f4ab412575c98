"""Combining the returns that count into one row per area x period x measure x category.

Sums are of published values only; the bounds say where the true, unrounded total lies; the
publication gate marks the cells the CVC must not publish onward (see ``gate``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from volunteer_app.domain.cvc.bounds import return_bounds
from volunteer_app.domain.cvc.gate import gate_reasons
from volunteer_app.domain.cvc.model import SummaryReturn
from volunteer_app.domain.cvc.versions import ALL_ROW_KEYS, VERSIONS
from volunteer_app.domain.periods import Period

ALL_WALES = "ALL"


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


@dataclass
class _Cell:
    reporting: int = 0
    contributing: int = 0
    total: int = 0
    largest: int = 0
    withheld: int = 0
    low: Fraction = Fraction(0)
    high: Fraction | None = Fraction(0)


def _add(cells: dict[tuple[str, str, str], _Cell], item: SummaryReturn) -> None:
    bounds = return_bounds(item.rows)
    for row in item.rows:
        cell = cells.setdefault(row.key, _Cell())
        cell.reporting += 1
        low, high = bounds[row.key]
        cell.low += low
        cell.high = None if cell.high is None or high is None else cell.high + high
        if row.value is None:
            cell.withheld += 1
            cell.contributing += 1
        elif row.value:
            cell.contributing += 1
            cell.total += row.value
            cell.largest = max(cell.largest, row.value)


def _rows(area: str, period: Period, returns: Sequence[SummaryReturn]) -> list[CombinedRow]:
    cells: dict[tuple[str, str, str], _Cell] = {}
    for item in returns:
        _add(cells, item)
    units = {m: u for spec in VERSIONS.values() for m, (u, _) in spec.measures.items()}
    rows = []
    for key in ALL_ROW_KEYS:
        cell = cells.get(key)
        if cell is None:
            continue
        measure, breakdown, category = key
        rows.append(
            CombinedRow(
                area=area,
                period=period,
                measure=measure,
                unit=units[measure],
                breakdown=breakdown,
                category=category,
                groups_returned=len(returns),
                groups_reporting=cell.reporting,
                groups_contributing=cell.contributing,
                published_sum=cell.total,
                withheld_cells=cell.withheld,
                lower_bound=math.floor(cell.low),
                upper_bound=None if cell.high is None else math.ceil(cell.high),
                gate=gate_reasons(cell.reporting, cell.contributing, cell.largest, cell.total),
            )
        )
    return rows


def combine(returns: Sequence[SummaryReturn], all_wales: bool = True) -> list[CombinedRow]:
    """Rows for each local authority with returns (code order), then for all of them
    together, period by period; the returns are the ones ``select_returns`` kept."""
    groups: dict[tuple[str, Period], list[SummaryReturn]] = {}
    for item in returns:
        groups.setdefault((item.la_code, item.period), []).append(item)
        if all_wales:
            groups.setdefault((ALL_WALES, item.period), []).append(item)
    ordered = sorted(groups, key=lambda k: (k[1], k[0] == ALL_WALES, k[0]))
    return [row for area, period in ordered for row in _rows(area, period, groups[area, period])]
