"""Random small worlds of people and activities, with a plain-Python reference of the
summary facts, for property tests of the export."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from hypothesis import strategies as st

from volunteer_app.domain.codes import ActivityTypeCode, AgeBand, WelshSpeaker
from volunteer_app.domain.periods import Period
from volunteer_app.domain.summary import SummaryFacts, TypeFacts

TYPE_CODES = [c.value for c in ActivityTypeCode]
VOLUNTEERING = ("volunteer", "organiser")
EPOCH = date(2026, 1, 1)


@dataclass(frozen=True)
class WPerson:
    age_band: str
    welsh: str


@dataclass(frozen=True)
class WActivity:
    day: int  # days after EPOCH
    type_code: str
    individual: bool
    duration: int
    volunteers_count: int
    participants_count: int
    people: tuple[tuple[int, str, int], ...]  # (person index, role, minutes)


@dataclass(frozen=True)
class World:
    people: tuple[WPerson, ...]
    activities: tuple[WActivity, ...]


def worlds(max_people: int = 25, max_activities: int = 20) -> st.SearchStrategy[World]:
    @st.composite
    def build(draw: st.DrawFn) -> World:
        people = tuple(
            draw(
                st.lists(
                    st.builds(
                        WPerson,
                        st.sampled_from([a.value for a in AgeBand]),
                        st.sampled_from([w.value for w in WelshSpeaker]),
                    ),
                    min_size=0,
                    max_size=max_people,
                )
            )
        )
        activities = []
        for _ in range(draw(st.integers(0, max_activities))):
            duration = draw(st.integers(0, 300))
            chosen = (
                draw(
                    st.lists(
                        st.integers(0, max(len(people) - 1, 0)),
                        unique=True,
                        max_size=min(len(people), 12),
                    )
                )
                if people
                else []
            )
            activities.append(
                WActivity(
                    day=draw(st.integers(0, 180)),
                    type_code=draw(st.sampled_from([*TYPE_CODES[:4], "other"])),
                    individual=draw(st.booleans()),
                    duration=duration,
                    volunteers_count=draw(st.integers(0, 8)),
                    participants_count=draw(st.integers(0, 12)),
                    people=tuple(
                        (
                            p,
                            draw(st.sampled_from(["volunteer", "organiser", "participant"])),
                            draw(st.integers(0, 300)),
                        )
                        for p in chosen
                    ),
                )
            )
        return World(people, tuple(activities))

    return build()


def reference_facts(world: World, period: Period) -> SummaryFacts:
    def in_period(a: WActivity) -> bool:
        return period.contains(EPOCH + timedelta(days=a.day))

    acts = [a for a in world.activities if in_period(a)]
    by_type: dict[str, dict[str, Any]] = {}
    volunteers: set[int] = set()
    for a in acts:
        t = by_type.setdefault(
            a.type_code,
            {"sessions": 0, "minutes": 0, "named": set(), "max_head": 0, "participants": 0},
        )
        t["sessions"] += a.volunteers_count
        t["minutes"] += a.volunteers_count * a.duration
        t["max_head"] = max(t["max_head"], a.volunteers_count)
        t["participants"] += a.participants_count
        for person, role, minutes in a.people:
            if role in VOLUNTEERING:
                t["sessions"] += 1
                t["minutes"] += minutes
                t["named"].add(person)
                volunteers.add(person)
            else:
                t["participants"] += 1
    first_day: dict[int, int] = {}
    for a in world.activities:
        for person, role, _ in a.people:
            if role in VOLUNTEERING:
                first_day[person] = min(first_day.get(person, a.day), a.day)
    ages: dict[str, int] = {}
    welsh: dict[str, int] = {}
    status: dict[str, int] = {}
    for p in volunteers:
        ages[world.people[p].age_band] = ages.get(world.people[p].age_band, 0) + 1
        welsh[world.people[p].welsh] = welsh.get(world.people[p].welsh, 0) + 1
        new = EPOCH + timedelta(days=first_day[p]) >= period.start
        key = "new" if new else "returning"
        status[key] = status.get(key, 0) + 1
    return SummaryFacts(
        events_held=sum(1 for a in acts if not a.individual),
        volunteers_total=len(volunteers),
        by_age_band=ages,
        by_welsh_speaker=welsh,
        by_status=status,
        by_type={
            code: TypeFacts(
                t["sessions"], t["minutes"], len(t["named"]), t["max_head"], t["participants"]
            )
            for code, t in by_type.items()
        },
    )


def world_tables(world: World) -> dict[str, list[dict[str, Any]]]:
    """The world as rows for storage.bulk.insert_rows."""
    now = datetime(2026, 1, 1, tzinfo=UTC)
    base = {"created_at": now, "updated_at": now, "deleted_at": None, "hlc": ""}
    type_ids = {code: uuid.uuid4() for code in TYPE_CODES}
    person_ids = [uuid.uuid4() for _ in world.people]
    tables: dict[str, list[dict[str, Any]]] = {
        "activity_type": [
            {
                **base,
                "id": type_ids[c],
                "label": c,
                "search_key": c,
                "code": c,
                "last_used_at": None,
            }
            for c in TYPE_CODES
        ],
        "person": [
            {
                **base,
                "id": person_ids[i],
                "display_name": f"Person {i}",
                "search_key": f"person {i}",
                "contact": "",
                "age_band": p.age_band,
                "welsh_speaker": p.welsh,
                "consent_contact": False,
                "consent_photos": False,
                "notes": "",
                "archived": False,
                "merged_into": None,
            }
            for i, p in enumerate(world.people)
        ],
        "activity": [],
        "participation": [],
    }
    for a in world.activities:
        activity_id = uuid.uuid4()
        tables["activity"].append(
            {
                **base,
                "id": activity_id,
                "activity_date": EPOCH + timedelta(days=a.day),
                "activity_type_id": type_ids[a.type_code],
                "title": "",
                "start_time": None,
                "end_time": None,
                "duration_minutes": a.duration,
                "location": "",
                "la_code": None,
                "kind": "individual_help" if a.individual else "group_activity",
                "volunteers_count": a.volunteers_count,
                "participants_count": a.participants_count,
                "series_id": None,
                "notes": "",
            }
        )
        for person, role, minutes in a.people:
            tables["participation"].append(
                {
                    **base,
                    "id": uuid.uuid4(),
                    "activity_id": activity_id,
                    "activity_date": EPOCH + timedelta(days=a.day),
                    "person_id": person_ids[person],
                    "role": role,
                    "minutes": minutes,
                }
            )
    return tables
