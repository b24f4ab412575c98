"""The anonymous event pulse: tallies of cards, never answers linked to anyone."""

from __future__ import annotations

from volunteer_app.domain.pulse.tally import (
    ANSWERS,
    CARD_STATEMENTS,
    STATEMENT_TEXTS,
    Answer,
    PulseTally,
    validate_tally,
)

__all__ = [
    "ANSWERS",
    "CARD_STATEMENTS",
    "STATEMENT_TEXTS",
    "Answer",
    "PulseTally",
    "validate_tally",
]
