"""Random worlds over several years, with projects and outputs, and a plain-Python
reference of each year's figures (written from the world, never from the SQL)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from hypothesis import strategies as st
from sqlalchemy import text

from volunteer_app.storage.activity_repo import recount
from volunteer_app.storage.bulk import insert_rows
from volunteer_app.storage.database import Database

EPOCH = date(2021, 1, 1)
SPAN_DAYS = 5 * 366
PROJECTS = ("p0", "p1")
OUTPUTS = ("bags", "meals")
VOLUNTEERING = ("volunteer", "organiser")


@dataclass(frozen=True)
class YActivity:
    day: int
    duration: int
    volunteers_count: int
    participants_count: int
    people: tuple[tuple[int, str, int], ...]  # (person, role, minutes)
    projects: frozenset[str]
    outputs: tuple[tuple[str, int], ...]
    deleted: bool

    @property
    def when(self) -> date:
        return EPOCH + timedelta(days=self.day)


@dataclass(frozen=True)
class YWorld:
    people: int
    erased: frozenset[int]
    activities: tuple[YActivity, ...]


@st.composite
def year_worlds(draw: st.DrawFn, max_people: int = 12, max_activities: int = 30) -> YWorld:
    people = draw(st.integers(0, max_people))
    erased = frozenset(draw(st.sets(st.integers(0, max(people - 1, 0)), max_size=2))) & frozenset(
        range(people)
    )
    activities = []
    for _ in range(draw(st.integers(0, max_activities))):
        chosen = (
            draw(st.lists(st.integers(0, people - 1), unique=True, max_size=5)) if people else []
        )
        activities.append(
            YActivity(
                day=draw(st.integers(0, SPAN_DAYS)),
                duration=draw(st.integers(0, 240)),
                volunteers_count=draw(st.integers(0, 4)),
                participants_count=draw(st.integers(0, 6)),
                people=tuple(
                    (
                        p,
                        draw(st.sampled_from(["volunteer", "organiser", "participant"])),
                        draw(st.integers(0, 240)),
                    )
                    for p in chosen
                ),
                projects=frozenset(draw(st.sets(st.sampled_from(PROJECTS)))),
                outputs=tuple(
                    (o, draw(st.integers(0, 50))) for o in draw(st.sets(st.sampled_from(OUTPUTS)))
                ),
                deleted=draw(st.booleans()) and draw(st.booleans()),
            )
        )
    return YWorld(people, erased, tuple(activities))


@dataclass(frozen=True)
class Ref:
    activities: int
    unnamed: int
    minutes: int
    participants: int
    volunteers: frozenset[int]
    new: int
    outputs: dict[str, int]


def reference(world: YWorld, start: date, end: date, project: str | None) -> Ref:
    live = [a for a in world.activities if not a.deleted]
    acts = [
        a for a in live if start <= a.when <= end and (project is None or project in a.projects)
    ]
    first: dict[int, date] = {}
    for a in live:
        for person, role, _ in a.people:
            if role in VOLUNTEERING:
                first[person] = min(first.get(person, a.when), a.when)
    volunteers = frozenset(
        p for a in acts for p, role, _ in a.people if role in VOLUNTEERING and p not in world.erased
    )
    outputs: dict[str, int] = {}
    for a in acts:
        for name, amount in a.outputs:
            outputs[name] = outputs.get(name, 0) + amount
    return Ref(
        activities=len(acts),
        unnamed=sum(a.volunteers_count for a in acts),
        minutes=sum(
            a.volunteers_count * a.duration + sum(m for _, r, m in a.people if r in VOLUNTEERING)
            for a in acts
        ),
        participants=sum(
            a.participants_count + sum(r == "participant" for _, r, _ in a.people) for a in acts
        ),
        volunteers=volunteers,
        new=sum(first[p] >= start for p in volunteers),
        outputs=outputs,
    )


def load(db: Database, world: YWorld) -> tuple[dict[str, str], dict[str, str], list[str]]:
    """Write the world; returns project and output ids by name, and person ids by index."""
    now = datetime(2026, 1, 1, tzinfo=UTC)
    base = {"created_at": now, "updated_at": now, "hlc": ""}
    type_id = uuid.uuid4()
    person_ids = [uuid.uuid4() for _ in range(world.people)]
    project_ids = {name: uuid.uuid4().hex for name in PROJECTS}
    output_ids = {name: uuid.uuid4().hex for name in OUTPUTS}
    stamp = now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    extra = {"created_at": stamp, "updated_at": stamp, "hlc": ""}
    with db.transaction() as tx:
        conn = tx.session.connection()
        insert_rows(
            tx,
            "activity_type",
            [{**base, "id": type_id, "label": "Walk", "search_key": "walk", "code": "other"}],
        )
        insert_rows(
            tx,
            "person",
            [
                {
                    **base,
                    "id": pid,
                    "display_name": f"Person {i}",
                    "search_key": f"person {i}",
                    "deleted_at": now if i in world.erased else None,
                }
                for i, pid in enumerate(person_ids)
            ],
        )
        for name, pid in project_ids.items():
            conn.execute(
                text(
                    "INSERT INTO project (id, name, search_key, funder, start_date,"
                    " created_at, updated_at, hlc) VALUES (:id, :n, :n, '', '2020-01-01',"
                    " :created_at, :updated_at, :hlc)"
                ),
                {"id": pid, "n": name, **extra},
            )
        for name, oid in output_ids.items():
            conn.execute(
                text(
                    "INSERT INTO output_measure (id, name, search_key, created_at, updated_at,"
                    " hlc) VALUES (:id, :n, :n, :created_at, :updated_at, :hlc)"
                ),
                {"id": oid, "n": name, **extra},
            )
        activity_ids = _load_activities(tx, world, type_id, person_ids, project_ids, output_ids)
        recount(tx, activity_ids)
    return project_ids, output_ids, [p.hex for p in person_ids]


def _load_activities(  # type: ignore[no-untyped-def]
    tx, world: YWorld, type_id: uuid.UUID, person_ids, project_ids, output_ids
) -> set[uuid.UUID]:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    base: dict[str, Any] = {"created_at": now, "updated_at": now, "hlc": ""}
    stamp = now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    conn = tx.session.connection()
    ids: set[uuid.UUID] = set()
    for a in world.activities:
        aid = uuid.uuid4()
        ids.add(aid)
        insert_rows(
            tx,
            "activity",
            [
                {
                    **base,
                    "id": aid,
                    "activity_date": a.when,
                    "activity_type_id": type_id,
                    "duration_minutes": a.duration,
                    "volunteers_count": a.volunteers_count,
                    "participants_count": a.participants_count,
                    "deleted_at": now if a.deleted else None,
                }
            ],
        )
        insert_rows(
            tx,
            "participation",
            [
                {
                    **base,
                    "id": uuid.uuid4(),
                    "activity_id": aid,
                    "person_id": person_ids[p],
                    "role": role,
                    "minutes": minutes,
                    "activity_date": a.when,
                }
                for p, role, minutes in a.people
            ],
        )
        for name in a.projects:
            conn.execute(
                text(
                    "INSERT INTO activity_project (id, activity_id, project_id, created_at,"
                    " updated_at, hlc) VALUES (:id, :a, :p, :s, :s, '')"
                ),
                {"id": uuid.uuid4().hex, "a": aid.hex, "p": project_ids[name], "s": stamp},
            )
        for name, amount in a.outputs:
            conn.execute(
                text(
                    "INSERT INTO activity_output (id, activity_id, output_id, amount,"
                    " created_at, updated_at, hlc) VALUES (:id, :a, :o, :n, :s, :s, '')"
                ),
                {
                    "id": uuid.uuid4().hex,
                    "a": aid.hex,
                    "o": output_ids[name],
                    "n": amount,
                    "s": stamp,
                },
            )
    return ids
