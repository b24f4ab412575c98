"""Places an activity happens at, each with one place type (export-policy.md, version 1.1)."""

from __future__ import annotations

from volunteer_app.domain.places.types import (
    PLACE_TYPE_LABELS,
    PlaceEdit,
    PlaceRow,
    PlaceSnapshot,
    PlaceType,
    parse_place_type,
    place_key,
)

__all__ = [
    "PLACE_TYPE_LABELS",
    "PlaceEdit",
    "PlaceRow",
    "PlaceSnapshot",
    "PlaceType",
    "parse_place_type",
    "place_key",
]
