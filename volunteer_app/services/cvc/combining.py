"""The use case: files and folders in, the list of returns and the combined table out."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from volunteer_app.domain.cvc.combine import CombinedRow, combine
from volunteer_app.domain.cvc.received import (
    CombineRefused,
    Received,
    ReceivedStatus,
    select_returns,
)
from volunteer_app.domain.periods import Period
from volunteer_app.services.cvc.reading import Progress, find_files, read_files


@dataclass(frozen=True)
class CombineResult:
    received: list[Received]  # every file, with its status and any reason
    rows: list[CombinedRow]
    refused: CombineRefused | None = None  # periods overlap on different grids: no rows

    def count(self, status: ReceivedStatus) -> int:
        return sum(r.status is status for r in self.received)

    @property
    def used(self) -> int:
        return self.count(ReceivedStatus.OK) + self.count(ReceivedStatus.CORRECTED)


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Reading a thousand returns makes ~50,000 small objects that stay alive, and each pass
    of the cycle collector walks all of them again: a third of the time. Nothing here makes
    cycles (reference counting frees the rest), so the collector waits until the end."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def combine_paths(
    paths: Iterable[Path],
    period: Period | None = None,
    la_codes: Iterable[str] = (),
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> CombineResult:
    """Read every file, keep one return per group and period, combine. Raises
    ``ValidationError`` (no files) or ``Cancelled``; overlapping grids give ``refused``."""
    files = find_files(paths)
    with _no_cycle_collection():
        results = read_files(files, progress, cancel)
        selection = select_returns(results, period, la_codes)
        rows = combine(selection.returns)
        return CombineResult(selection.received, rows, selection.refused)
