"""Plausible place types and pulses for the demo data: every demo place typed, and a pulse on
every group activity, so Reports and the export carry them at every scale."""

from __future__ import annotations

import random
import uuid
from typing import Any

from volunteer_app.domain.places import PlaceType
from volunteer_app.domain.pulse import ANSWERS, CARD_STATEMENTS, PulseTally
from volunteer_app.domain.pulse.tally import SENSE_OF_COMMUNITY
from volunteer_app.storage.community import place_repo, pulse_repo
from volunteer_app.storage.database import Transaction

# The demo's places in list order (English and Welsh lists match one to one).
DEMO_PLACE_TYPES = (
    PlaceType.COMMUNITY_HALL,
    PlaceType.FAITH_BUILDING,
    PlaceType.COMMUNITY_HALL,
    PlaceType.OUTDOORS,
    PlaceType.LIBRARY,
    PlaceType.FAITH_BUILDING,
)


def _tally(rng: random.Random, people: int) -> PulseTally:
    cards = rng.randint(0, max(people, 0))
    counts = {}
    for statement in CARD_STATEMENTS:
        agree = int(cards * rng.uniform(0.45, 0.9))
        not_sure = rng.randint(0, cards - agree)
        disagree = rng.randint(0, cards - agree - not_sure)
        counts[statement] = dict(zip(ANSWERS, (agree, not_sure, disagree), strict=True))
    lowest = min(counts[s][ANSWERS[0]] for s in SENSE_OF_COMMUNITY)
    return PulseTally(cards, counts, rng.randint(lowest * 2 // 3, lowest))


def add_demo_community(
    tx: Transaction, places: tuple[str, ...], acts: list[dict[str, Any]], seed: int
) -> None:
    rng = random.Random(seed * 7919 + 17)  # its own stream: the rest of the demo is unchanged
    for name, place_type in zip(places, DEMO_PLACE_TYPES, strict=False):
        place_repo.set_type(tx, name, place_type)
    pulses: list[tuple[uuid.UUID, PulseTally]] = []
    for act in acts:
        if act["kind"] == "group_activity":
            people = int(act["participants_count"]) + int(act["volunteers_count"]) + 6
            pulses.append((act["id"], _tally(rng, min(people, 30))))
    pulse_repo.insert_tallies(tx, [(i, t) for i, t in pulses if not t.is_empty])
