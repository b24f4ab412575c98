"""Plain value types handed between layers (never live ORM objects)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from volunteer_app.domain.periods import Period


@dataclass(frozen=True)
class GroupInfo:
    group_id: uuid.UUID
    name: str
    la_code: str | None
    cvc_ref: str


@dataclass(frozen=True)
class DataCounts:
    people: int
    activity_types: int
    activities: int
    participations: int


@dataclass(frozen=True)
class OutboxEntry:
    """A summary file the group saved for its CVC."""

    export_id: uuid.UUID
    exported_at: datetime
    period: Period
    file_path: str
    sha256: str
    group_name_included: bool
    # (measure, breakdown, category, value or None, status) for every row, as written
    rows: tuple[tuple[str, str, str, int | None, str], ...]
