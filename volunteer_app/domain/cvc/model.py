"""The values a CVC works with: one group's checked return and its rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.periods import Period

WITHHELD = ("suppressed", "secondary_suppressed")


class ReturnRejected(ValidationError):
    """A file that cannot be used; ``code`` says why, the message says it in plain words."""


class ReturnRow(NamedTuple):
    """A tuple, not a dataclass: a thousand returns make 42,000 of them, built fast."""

    measure: str
    breakdown: str
    category: str
    value: int | None  # None when withheld
    status: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.measure, self.breakdown, self.category)


@dataclass(frozen=True)
class SummaryReturn:
    source: str  # the file's name, for messages
    sha256: str
    version: str
    export_id: str
    generated_at: datetime
    group_id: str
    group_name: str
    la_code: str
    period: Period
    rows: tuple[ReturnRow, ...]  # in the file's order


def reject(code: str, message: str, **params: object) -> ReturnRejected:
    return ReturnRejected(code, message, field="file", **params)
