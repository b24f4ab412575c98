"""What the import wizard's pages see of the import in progress: its file, its column
mapping, its check and its result, and the steps they can ask for. The wizard is one such
session; the pages never import the wizard, so neither module depends on the other."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from volunteer_app.services.importing.importer import ImportCheck, ImportResult, ImportSource


class ImportSession(Protocol):
    source: ImportSource | None
    mapping: list[str | None] | None
    checked: ImportCheck | None
    result: ImportResult | None

    def choose_file(self) -> None: ...

    def open_file(self, path: Path, sheet: str | None = None) -> None: ...

    def run_check(self) -> None: ...

    def recheck(self) -> None: ...

    def start_import(self) -> None: ...

    def held_outputs(self) -> list[str]: ...
