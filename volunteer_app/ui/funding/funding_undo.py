"""Undo for a project's or an output's edit or removal (Ctrl+Z, Ctrl+Shift+Z)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from volunteer_app.ui.shell.undo import AfterTheFact

if TYPE_CHECKING:
    from volunteer_app.services.funding.projects import FundingService
    from volunteer_app.services.funding.projects import FundingUndo as Snapshot


class FundingChange(AfterTheFact):
    """Undo puts back the values the change found (as a new edit); redo makes the change
    again (and keeps what that one replaced, for the next undo)."""

    def __init__(
        self,
        service: FundingService,
        before: Snapshot,
        again: Callable[[], Snapshot | None],
        text: str,
    ) -> None:
        super().__init__(text)
        self._service, self._before, self._again = service, before, again

    def apply(self) -> None:
        self._before = self._again() or self._before

    def revert(self) -> None:
        self._service.put_back(self._before)
