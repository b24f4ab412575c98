"""Plain value types handed between layers (never live ORM objects)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass


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
