"""The full export's columns for what an activity carries besides its own fields: the
place's type, the event pulse (cards and agree counts), the projects (names joined by
"; ") and one column per output ("output: NAME"). Written on both sheets, in the import's
own names, so that the participations sheet imports back whole."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from volunteer_app.domain.importing.extras import (
    PLACE_TYPE_FIELD,
    PROJECT_FIELD,
    PULSE_AGREE,
    PULSE_ALL_THREE,
    PULSE_CARDS,
    output_field,
)
from volunteer_app.domain.pulse.tally import CARD_STATEMENTS, PulseTally
from volunteer_app.storage.community import place_repo, pulse_repo
from volunteer_app.storage.database import Database
from volunteer_app.storage.funding import funding_repo

PULSE_COLUMNS = (PULSE_CARDS, *PULSE_AGREE, PULSE_ALL_THREE)


@dataclass(frozen=True)
class ExportExtras:
    output_columns: tuple[str, ...]
    values: Callable[[str, str], dict[str, Any]]  # (activity id hex, place) -> columns


def _pulse_values(tally: PulseTally | None) -> dict[str, Any]:
    if tally is None or tally.is_empty:
        return dict.fromkeys(PULSE_COLUMNS, "")
    values: dict[str, Any] = {PULSE_CARDS: tally.cards, PULSE_ALL_THREE: tally.all_three}
    for statement, column in zip(CARD_STATEMENTS, PULSE_AGREE, strict=True):
        values[column] = tally.agree(statement)
    return values


def export_extras(db: Database) -> ExportExtras:
    """Everything read once; ``values`` then answers per activity (made safe for a CSV
    with the activity's other values)."""
    outputs = funding_repo.list_outputs(db)
    projects, amounts = funding_repo.export_tags(db)
    pulses = pulse_repo.all_tallies(db)
    types = {p.name: p.place_type.value for p in place_repo.list_places(db)}
    columns = tuple(output_field(o.name) for o in outputs)

    def values(activity_id: str, place: str) -> dict[str, Any]:
        found: dict[str, Any] = {
            PLACE_TYPE_FIELD: types.get(place, "") if place else "",
            PROJECT_FIELD: "; ".join(projects.get(activity_id, [])),
            **_pulse_values(pulses.get(activity_id)),
        }
        for output, column in zip(outputs, columns, strict=True):
            found[column] = amounts.get((activity_id, output.id), "")
        return found

    return ExportExtras(columns, values)
