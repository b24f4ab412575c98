"""Two and three laptops edit the same group's records apart, then exchange files in any
order: they end up holding the same data, whatever the order and however often.

Random histories go through the real services (log, edit, delete, a person's details,
merging people, the group's settings) on real data folders; files are real encrypted
change files. Properties: identical canonical dumps of the shared tables everywhere; a
file brought in twice changes nothing; every edit either stands or was replaced by a
later edit of the same field; the CVC summary is the same on every laptop.
"""

from __future__ import annotations

import itertools
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.services.merging.laptops import NAMES, Laptop, make_laptops
from volunteer_app.domain.activity import PersonEntry
from volunteer_app.domain.places import PlaceType
from volunteer_app.domain.pulse import CARD_STATEMENTS, Answer
from volunteer_app.domain.values import PersonDetails

OPS = (
    "log", "log", "edit", "delete", "person", "merge", "settings", "pulse", "place",
    "exchange", "exchange",
)  # fmt: skip
TEXTS = st.sampled_from(("", "Bore coffi", "Litter pick", "Ŵyl haf", "Repairs"))


def step(laptops: list[Laptop], who: int, op: str, pick: int, text: str) -> None:
    laptop = laptops[who]
    services = laptop.services
    activities, people = laptop.live_activities(), laptop.live_people()
    if op == "log" or (op in ("edit", "delete") and not activities):
        laptop.log(pick, text)
    elif op == "edit":
        record = services.activities.load(activities[pick % len(activities)])
        assert record is not None
        changes: dict[str, object] = {"notes": text, "participants_count": pick % 7}
        if pick % 3 == 1:  # moved to another day: its lines' copy of the date follows
            changes["activity_date"] = record.activity_date + timedelta(days=1 + pick % 5)
        absent = [n for n in NAMES if n not in {p.name for p in record.people}]
        if pick % 3 == 2 and absent:  # someone else came: a new line on a shared activity
            changes["people"] = (*record.people, PersonEntry(absent[0], "organiser", 30))
        services.activities.update(record.id, record.__class__(**{**record.__dict__, **changes}))
    elif op == "delete":
        services.activities.delete(activities[pick % len(activities)])
    elif op == "person" and people:
        details = services.people.load(people[pick % len(people)])
        assert details is not None
        services.people.update(
            PersonDetails(**{**details.__dict__, "notes": text, "age_band": "25_44"})
        )
    elif op == "merge" and len(people) > 1:
        keep = people[pick % len(people)]
        other = people[(pick + 1) % len(people)]
        services.people.merge(keep, other)
    elif op == "settings":
        services.group.update(f"Caffi {NAMES[pick % len(NAMES)]}", "W06000015", text)
    elif op == "pulse" and activities:
        statement = CARD_STATEMENTS[pick % len(CARD_STATEMENTS)]
        services.community.pulse.add_card(
            activities[pick % len(activities)], {statement: Answer.AGREE}
        )
    elif op == "place" and services.community.places.names():
        kinds = list(PlaceType)
        services.community.places.set_type(
            services.community.places.names()[0], kinds[pick % len(kinds)]
        )
    elif op == "exchange":
        source = laptops[(who + 1 + pick % (len(laptops) - 1)) % len(laptops)]
        laptop.bring_in(source.share())


def run_history(count: int, history: list, order: list[int]) -> None:  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory() as folder:
        laptops = make_laptops(Path(folder), count)
        try:
            edits: dict[tuple[str, str, str], dict[str, object]] = {}
            for who, op, pick, text in history:
                step(laptops, who % count, op, pick, text)
                for laptop in laptops:
                    for key, (stamp, value) in laptop.stamps().items():
                        assert edits.setdefault(key, {}).setdefault(stamp, value) == value
            pairs = list(itertools.permutations(range(count), 2))
            pairs = [pairs[i % len(pairs)] for i in order] + pairs  # any order, then all
            for source, target in pairs:
                laptops[target].bring_in(laptops[source].share())
            dumps = [laptop.dump() for laptop in laptops]
            assert all(dump == dumps[0] for dump in dumps[1:])
            # Bringing any file in again changes nothing.
            again = laptops[0].share()
            for laptop in laptops[1:]:
                laptop.bring_in(again)
                laptop.bring_in(again)
                assert laptop.dump() == dumps[0]
            # No edit lost unless a later edit of the same field replaced it.
            final = laptops[0].stamps()
            for key, seen in edits.items():
                latest = max(seen)
                assert final[key] == (latest, seen[latest]), key
            summaries = [laptop.summary_rows() for laptop in laptops]
            assert all(s == summaries[0] for s in summaries[1:])
        finally:
            for laptop in laptops:
                laptop.close()


HISTORY = st.lists(
    st.tuples(st.integers(0, 2), st.sampled_from(OPS), st.integers(0, 1000), TEXTS),
    min_size=1,
    max_size=10,
)
SLOW = settings(
    max_examples=20,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@SLOW
@given(history=HISTORY, order=st.lists(st.integers(0, 5), max_size=4))
def test_two_laptops_end_up_alike(history: list, order: list[int]) -> None:  # type: ignore[type-arg]
    run_history(2, history, order)


@SLOW
@given(history=HISTORY, order=st.lists(st.integers(0, 5), max_size=6))
def test_three_laptops_end_up_alike(history: list, order: list[int]) -> None:  # type: ignore[type-arg]
    run_history(3, history, order)
