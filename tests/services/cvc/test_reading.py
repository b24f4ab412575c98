"""Reading returns: Cancel stops before anything is combined; progress counts every file;
unreadable or oversized files are rejected with a reason, not read."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.cvc_returns import FACTS, header, return_bytes
from volunteer_app.domain.cvc.model import ReturnRejected
from volunteer_app.domain.errors import ValidationError
from volunteer_app.services.cvc.combining import combine_paths
from volunteer_app.services.cvc.reading import (
    MAX_RETURN_BYTES,
    Cancelled,
    find_files,
    read_file,
)


def test_cancel_and_progress(tmp_path: Path) -> None:
    for number in range(5):
        (tmp_path / f"g{number}.csv").write_bytes(return_bytes(FACTS, header()))
    seen: list[tuple[int, int]] = []
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 2:
            cancel.set()

    with pytest.raises(Cancelled):
        combine_paths([tmp_path], progress=progress, cancel=cancel)
    assert seen == [(1, 5), (2, 5)]
    seen.clear()
    result = combine_paths([tmp_path], progress=progress)
    assert result.used == 5 and seen[-1] == (5, 5)


def test_files_that_cannot_be_returns(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * (MAX_RETURN_BYTES + 1))
    name, error = read_file(big)  # type: ignore[misc]
    assert name == "big.csv" and isinstance(error, ReturnRejected) and error.code == "cvc.too_big"
    with pytest.raises(ValidationError) as missing:
        find_files([tmp_path / "nowhere"])
    assert missing.value.code == "cvc.missing"
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "notes.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(ValidationError) as empty:
        find_files([tmp_path / "sub"])
    assert empty.value.code == "cvc.no_files"
