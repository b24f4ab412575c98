"""One sheet of a records export: its name, heading row and rows (streamed)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Sheet:
    name: str
    header: tuple[str, ...]
    rows: Iterable[list[Any]]
