"""Summary 1.1 over random worlds: the SQL facts and the new rows against a plain-Python
reference written here, and the disclosure promises of rules 2, 5 and 8."""

from __future__ import annotations

import tempfile
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.world import EPOCH, World, world_tables, worlds
from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.periods import Period, month, quarter
from volunteer_app.domain.places import PlaceType
from volunteer_app.domain.pulse import ANSWERS, CARD_STATEMENTS, Answer, PulseTally
from volunteer_app.domain.pulse.tally import validate_tally
from volunteer_app.domain.summary import build_rows
from volunteer_app.domain.summary_community import build_rows_1_1
from volunteer_app.storage.bulk import insert_rows
from volunteer_app.storage.community import place_repo, pulse_repo
from volunteer_app.storage.database import Database
from volunteer_app.storage.summary_query import summary_facts

NAMES = ("Neuadd y Pentref", "Capel Bethel", "the park", "Caffi'r Gornel", "Llyfrgell")
TYPES = [t for t in PlaceType]
THREE = ("belong", "get_on_well", "respect")


@st.composite
def tallies(draw: st.DrawFn) -> PulseTally:
    """A stack of cards, each with an answer (or a blank) to every statement."""
    tally = PulseTally()
    answer = st.one_of(st.none(), st.sampled_from(ANSWERS))
    for _ in range(draw(st.integers(0, 14))):
        card = {s: draw(answer) for s in CARD_STATEMENTS}
        tally = tally.with_card({s: a for s, a in card.items() if a is not None})
    return tally


@st.composite
def community_worlds(
    draw: st.DrawFn,
) -> tuple[World, list[str], dict[str, PlaceType], list[PulseTally]]:
    world = draw(worlds(max_people=10, max_activities=14))
    places = [draw(st.sampled_from(["", *NAMES])) for _ in world.activities]
    typed = draw(st.dictionaries(st.sampled_from(NAMES), st.sampled_from(TYPES), max_size=5))
    pulses = [draw(tallies()) for _ in world.activities]
    return world, places, typed, pulses


def _reference(
    world: World,
    places: list[str],
    typed: dict[str, PlaceType],
    pulses: list[PulseTally],
    period: Period,
) -> dict[tuple[str, str, str], tuple[int | None, str, int]]:
    """The new 1.1 rows, straight from the policy's words."""
    events = dict.fromkeys((t.value for t in PlaceType), 0)
    people = dict.fromkeys((t.value for t in PlaceType), 0)
    cards = 0
    agree = dict.fromkeys(
        ("belong", "get_on_well", "respect", "sense_of_community", "trust_people",
         "trust_institutions", "met_someone_new"), 0,
    )  # fmt: skip
    for a, place, pulse in zip(world.activities, places, pulses, strict=True):
        if not period.contains(EPOCH + timedelta(days=a.day)):
            continue
        kind = typed.get(place, PlaceType.NOT_KNOWN).value if place else "not_known"
        events[kind] += 0 if a.individual else 1
        people[kind] += a.participants_count + sum(r == "participant" for _, r, _ in a.people)
        cards += pulse.cards
        for s in CARD_STATEMENTS:
            agree[s] += pulse.agree(s)
        agree["sense_of_community"] += pulse.all_three

    def count(n: int) -> tuple[int | None, str, int]:
        if n == 0:
            return (0, "published", 0)
        if n < 5:
            return (None, "suppressed", n)
        return ((n + 2) // 5 * 5, "published", n)

    out = {("events_held", "place_type", k): (v, "published", v) for k, v in events.items()}
    participants = {k: count(v) for k, v in people.items()}
    withheld = [k for k, v in participants.items() if v[1] == "suppressed"]
    if len(withheld) == 1:
        candidates = [(v[2], i, k) for i, (k, v) in enumerate(participants.items())
                      if v[1] == "published" and v[2] > 0]  # fmt: skip
        if candidates:
            _, _, k = min(candidates)
            participants[k] = (None, "secondary_suppressed", participants[k][2])
    out |= {("participants_attendance", "place_type", k): v for k, v in participants.items()}
    out[("pulse_responses", "none", "total")] = count(cards)
    for s, n in agree.items():
        few = 0 < cards < 10
        out[("pulse_agree", "pulse_statement", s)] = (None, "suppressed", n) if few else count(n)
    return out


def _load(
    db: Database,
    world: World,
    places: list[str],
    typed: dict[str, PlaceType],
    pulses: list[PulseTally],
) -> None:
    tables = world_tables(world)
    for row, place in zip(tables["activity"], places, strict=True):
        row["location"] = place
    with db.transaction() as tx:
        for table, rows in tables.items():
            insert_rows(tx, table, rows)
        for name, kind in typed.items():
            place_repo.set_type(tx, name, kind)
        for row, pulse in zip(tables["activity"], pulses, strict=True):
            pulse_repo.put_tally(tx, row["id"], pulse)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=community_worlds())
def test_new_rows_equal_the_reference_and_keep_the_promises(case) -> None:  # type: ignore[no-untyped-def]
    world, places, typed, pulses = case
    for pulse in pulses:
        validate_tally(pulse)
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "db.sqlite3", Path(folder) / "b")
        try:
            _load(db, world, places, typed, pulses)
            for period in (quarter(2026, 1), quarter(2026, 2), month(2026, 3)):
                facts = summary_facts(db, period)
                rows = build_rows_1_1(facts)
                got = {r.key: (r.value, r.status.value, r.raw) for r in rows}
                expected = _reference(world, places, typed, pulses, period)
                assert {k: got[k] for k in expected} == expected
                # Every 1.0 row is still there, unchanged and in the same order.
                old = [(r.key, r.value, r.status) for r in build_rows(facts)]
                assert [(r.key, r.value, r.status) for r in rows if r.key in dict(
                    (k, 1) for k, _, _ in old)] == old  # fmt: skip
                _promises(rows, facts.events_held)
        finally:
            db.close()


def _promises(rows, events_held: int) -> None:  # type: ignore[no-untyped-def]
    pulse = [r for r in rows if r.measure.startswith("pulse_")]
    assert not any(r.value is not None and 1 <= r.value <= 4 for r in pulse)
    cards = next(r for r in pulse if r.measure == "pulse_responses").raw
    agree = {r.category: r for r in pulse if r.measure == "pulse_agree"}
    if cards < 10:
        assert all(r.value in (None, 0) for r in agree.values())
        if cards:
            assert all(r.value is None for r in agree.values())
    assert all(agree["sense_of_community"].raw <= agree[s].raw for s in THREE)
    by_place = [r.raw for r in rows if r.measure == "events_held" and r.breakdown == "place_type"]
    assert sum(by_place) == events_held


@given(tally=tallies(), statement=st.sampled_from(CARD_STATEMENTS), extra=st.integers(1, 5))
def test_the_grid_refuses_more_answers_than_cards(
    tally: PulseTally, statement: str, extra: int
) -> None:
    validate_tally(tally)  # cards counted one by one are always a valid tally
    over = tally.with_count(
        statement,
        Answer.NOT_SURE,
        tally.count(statement, Answer.NOT_SURE)
        + tally.cards
        - sum(tally.count(statement, a) for a in ANSWERS)
        + extra,
    )
    with pytest.raises(ValidationError) as caught:
        validate_tally(over)
    assert caught.value.code == "pulse.answers_above_cards"


@given(tally=tallies(), extra=st.integers(1, 5))
def test_all_three_never_above_an_agree(tally: PulseTally, extra: int) -> None:
    lowest = min(tally.agree(s) for s in THREE)
    bad = PulseTally(tally.cards + extra, tally.counts, lowest + extra)
    with pytest.raises(ValidationError) as caught:
        validate_tally(bad)
    assert caught.value.code == "pulse.all_three_above_agree"


def test_an_empty_pulse_stores_nothing(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "db.sqlite3", tmp_path / "b")
    try:
        with db.transaction() as tx:
            pulse_repo.put_tally(tx, uuid.uuid4(), PulseTally())
        with db.reading() as s:
            assert (
                s.connection().exec_driver_sql("SELECT count(*) FROM activity_pulse").scalar() == 0
            )
    finally:
        db.close()
