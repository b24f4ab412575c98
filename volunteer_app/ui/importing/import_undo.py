"""Undo and redo for imports: Edit > Undo right after an import takes it back whole, and
removing an import from File > Imports… can be undone the same way."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from volunteer_app.ui.shell.undo import AfterTheFact

if TYPE_CHECKING:
    from volunteer_app.services.importing.importer import ImportService


class ImportFile(AfterTheFact):
    """A file imported: undo removes everything it added, redo brings it back."""

    def __init__(
        self,
        service: ImportService,
        import_id: uuid.UUID,
        text: str,
    ) -> None:
        super().__init__(text)
        self._service, self._id = service, import_id

    def apply(self) -> None:
        self._service.restore_import(self._id)

    def revert(self) -> None:
        self._service.remove_import(self._id)


class RemoveImport(ImportFile):
    def apply(self) -> None:
        self._service.remove_import(self._id)

    def revert(self) -> None:
        self._service.restore_import(self._id)
