"""Edit > Undo after a bring-in: the data goes back exactly as it was before the merge
(the copy kept just before it is put back, in one transaction), and Redo brings the merge
in again the same way. Refused, with the reason in the status bar, once anything has been
saved since: putting the copy back would lose that save. A refused step leaves the list of
steps (the merge can still be taken back from the copy, by hand: File > Merges…)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from volunteer_app.domain.errors import AppError
from volunteer_app.ui.kit.common import inform
from volunteer_app.ui.kit.messages import error_text
from volunteer_app.ui.shell.undo import AfterTheFact

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from volunteer_app.services.activities import ActivityService
    from volunteer_app.services.merging.service import MergeService


def refusal_box(parent: QWidget | None) -> Callable[[str], None]:
    """Says why a step was refused, in a box: the reason is too long for the status bar."""

    def show(text: str) -> None:
        inform(parent, QCoreApplication.translate("BringInStep", "Not undone"), text)

    return show


class BringInStep(AfterTheFact):
    def __init__(
        self,
        service: MergeService,
        copy: Path,
        mark: str,
        text: str,
        refused: Callable[[str], None],
    ) -> None:
        super().__init__(text)
        self._service, self._copy, self._mark = service, copy, mark
        self._refused = refused

    def _swap(self) -> bool:
        try:
            self._copy, self._mark = self._service.put_back(self._copy, self._mark)
        except (AppError, OSError) as exc:
            text = error_text(exc) if isinstance(exc, AppError) else str(exc)
            self.setObsolete(True)  # Qt drops the step: it can no longer be taken
            self._refused(text)
            return False
        return True

    def apply(self) -> None:
        self._swap()

    def revert(self) -> None:
        self._swap()


class BringBack(AfterTheFact):
    """An activity a merge left deleted (edited after its deletion elsewhere) brought back;
    undo deletes it again."""

    def __init__(self, service: ActivityService, activity_id: uuid.UUID, text: str) -> None:
        super().__init__(text)
        self._service, self._id = service, activity_id

    def apply(self) -> None:
        self._service.restore(self._id)

    def revert(self) -> None:
        self._service.delete(self._id)
