"""Undo for Edit > Places…: setting a type, renaming and merging are each one step of the
main window's undo (Ctrl+Z), and undoing a merge puts its activities back at their old
place."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from volunteer_app.ui.shell.undo import AfterTheFact

if TYPE_CHECKING:
    from volunteer_app.domain.places import PlaceEdit
    from volunteer_app.services.community.places import PlacesService


class PlaceChange(AfterTheFact):
    """A change already saved: ``again`` makes it once more (redo) and says how things were
    before, so the next undo restores exactly that."""

    def __init__(
        self,
        service: PlacesService,
        edit: PlaceEdit,
        again: Callable[[], PlaceEdit],
        text: str,
    ) -> None:
        super().__init__(text)
        self._service, self._before, self._again = service, edit.before, again

    def apply(self) -> None:
        self._before = self._again().before

    def revert(self) -> None:
        self._service.restore(self._before)
