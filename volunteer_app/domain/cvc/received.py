"""Which returns count: one per group and period, the latest correction, duplicates once.

Every file ends with a status the officer sees: ``ok``, ``corrected`` (it replaced an earlier
file), ``replaced`` (a later file replaced it), ``duplicate`` (the same return again),
``rejected`` (with its reason) or ``not_selected`` (another period or authority).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from volunteer_app.domain.cvc.model import ReturnRejected, SummaryReturn, reject
from volunteer_app.domain.periods import Period


class ReceivedStatus(StrEnum):
    OK = "ok"
    CORRECTED = "corrected"
    REPLACED = "replaced"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"
    NOT_SELECTED = "not_selected"


@dataclass(frozen=True)
class Received:
    """One file as the officer sees it in the list of returns."""

    source: str
    status: ReceivedStatus
    summary: SummaryReturn | None = None
    error: ReturnRejected | None = None  # why it was rejected, or what replaced it


class CombineRefused(ReturnRejected):
    """The returns cannot be combined as they are (periods on different grids overlap)."""


@dataclass(frozen=True)
class Selection:
    returns: list[SummaryReturn]  # the ones that count, one per group and period
    received: list[Received] = field(default_factory=list)
    refused: CombineRefused | None = None  # why nothing may be combined; returns is empty


def _latest_per_group(
    candidates: Sequence[SummaryReturn], received: list[Received]
) -> list[SummaryReturn]:
    chains: dict[tuple[str, Period], list[SummaryReturn]] = {}
    for item in sorted(candidates, key=lambda r: (r.generated_at, r.export_id)):
        chains.setdefault((item.group_id, item.period), []).append(item)
    kept = []
    for chain in chains.values():
        distinct: list[SummaryReturn] = []
        for item in chain:
            if any(d.sha256 == item.sha256 or d.export_id == item.export_id for d in distinct):
                received.append(Received(item.source, ReceivedStatus.DUPLICATE, item))
            else:
                distinct.append(item)
        latest = distinct[-1]
        tied = [d for d in distinct if d.generated_at == latest.generated_at]
        if len(tied) > 1:
            # Two different files made in the same second: which is right is not ours to guess.
            error = reject(
                "cvc.conflict",
                "Two different files from this group for the same period were made at the "
                "same time; ask the group which one is right.",
                files=", ".join(d.source for d in tied),
            )
            received.extend(Received(d.source, ReceivedStatus.REJECTED, d, error) for d in tied)
            distinct = [d for d in distinct if d not in tied]
            if not distinct:
                continue
            latest = distinct[-1]
        for older in distinct[:-1]:
            received.append(Received(older.source, ReceivedStatus.REPLACED, older))
        status = ReceivedStatus.CORRECTED if len(distinct) > 1 else ReceivedStatus.OK
        received.append(Received(latest.source, status, latest))
        kept.append(latest)
    return kept


def check_one_grid(returns: Iterable[SummaryReturn]) -> None:
    """Refuse to combine periods that overlap on different grids (a quarter and its year):
    one minus the other could reveal a group's small numbers."""
    by_period: dict[Period, SummaryReturn] = {}
    for item in returns:
        by_period.setdefault(item.period, item)
    periods = sorted(by_period)
    for i, first in enumerate(periods):
        for second in periods[i + 1 :]:
            if first.overlaps(second):
                a, b = by_period[first], by_period[second]
                raise CombineRefused(
                    "cvc.overlap",
                    f"{a.source} ({first.code}) and {b.source} ({second.code}) cover "
                    "overlapping periods on different grids; combining them could let one be "
                    "subtracted from the other. Combine one period at a time (--period).",
                    field="period",
                    first=a.source,
                    second=b.source,
                    first_period=first.code,
                    second_period=second.code,
                )


def select_returns(
    results: Iterable[SummaryReturn | tuple[str, ReturnRejected]],
    period: Period | None = None,
    la_codes: Iterable[str] = (),
) -> Selection:
    """Sort the files received into those that count and the rest, each with its status.
    When the ones that count overlap on different grids, nothing counts and ``refused``
    says which files (the officer then chooses one period)."""
    areas = set(la_codes)
    received: list[Received] = []
    candidates: list[SummaryReturn] = []
    for item in results:
        if isinstance(item, tuple):
            received.append(Received(item[0], ReceivedStatus.REJECTED, None, item[1]))
        elif (period is not None and item.period != period) or (
            areas and item.la_code not in areas
        ):
            received.append(Received(item.source, ReceivedStatus.NOT_SELECTED, item))
        else:
            candidates.append(item)
    kept = _latest_per_group(candidates, received)
    received.sort(key=lambda r: r.source)
    try:
        check_one_grid(kept)
    except CombineRefused as refused:
        return Selection([], received, refused)
    return Selection(kept, received)
