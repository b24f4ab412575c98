"""Reading returns from files and folders, each file checked whole before it counts."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from volunteer_app.domain.cvc.model import ReturnRejected, SummaryReturn, reject
from volunteer_app.domain.cvc.returns import read_return
from volunteer_app.domain.errors import ValidationError

# A genuine return is about 10 KB (1.1: 17 KB); anything far larger is not one, and is not
# read into memory.
MAX_RETURN_BYTES = 2_000_000

Progress = Callable[[int, int], None]  # (files read, files in all)
Result = SummaryReturn | tuple[str, ReturnRejected]


class Cancelled(Exception):
    """The officer pressed Cancel: nothing was combined or written."""


def find_files(paths: Iterable[Path]) -> list[Path]:
    """The files named, and every .csv in the folders named (and their sub-folders)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() == ".csv"))
        elif path.exists():
            found.append(path)
        else:
            raise ValidationError(
                "cvc.missing", f"{path} does not exist.", field="files", path=str(path)
            )
    unique = list(dict.fromkeys(p.absolute() for p in found))
    if not unique:
        raise ValidationError(
            "cvc.no_files",
            "No CSV files were found in what was chosen: there is nothing to combine.",
            field="files",
        )
    return unique


def read_file(path: Path) -> Result:
    name = path.name
    try:
        if path.stat().st_size > MAX_RETURN_BYTES:
            return (name, reject("cvc.too_big", "The file is far too large to be a return."))
        content = path.read_bytes()
    except OSError as error:
        message = f"The file could not be read ({error.strerror or error})."
        return (name, reject("cvc.unreadable", message))
    try:
        return read_return(name, content)
    except ReturnRejected as error:
        return (name, error)


def read_files(
    files: Sequence[Path],
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> list[Result]:
    results = []
    for number, path in enumerate(files, start=1):
        if cancel is not None and cancel.is_set():
            raise Cancelled
        results.append(read_file(path))
        if progress is not None:
            progress(number, len(files))
    return results
