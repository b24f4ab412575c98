"""Realistic, deterministic sample data for trying the app and for benchmarks.

The same seed and end date always give the same rows (ids included), so benchmark runs and
bug reports can be reproduced.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from volunteer_app.domain.codes import ActivityKind, ActivityTypeCode, AgeBand, Role, WelshSpeaker
from volunteer_app.domain.search import activity_search_text
from volunteer_app.domain.validation import search_key
from volunteer_app.services.community.demo_community import add_demo_community
from volunteer_app.storage.bulk import insert_rows
from volunteer_app.storage.database import Database


@dataclass(frozen=True)
class Scale:
    people: int
    years: int
    activities: int
    named_per_activity: int  # mean named participations per group activity


SCALES = {
    "small": Scale(people=40, years=1, activities=150, named_per_activity=8),
    "large": Scale(people=5_000, years=10, activities=50_000, named_per_activity=12),
    # The CVC's case: many groups' worth in one file. Needs about 8 GB and several minutes.
    "huge": Scale(people=50_000, years=10, activities=500_000, named_per_activity=12),
}

# (English label, Welsh label, code, weekday, start hour, minutes, participants (max))
_TYPES: tuple[tuple[str, str, ActivityTypeCode, int, int, int, int], ...] = (
    (
        "Saturday litter pick",
        "Casglu sbwriel dydd Sadwrn",
        ActivityTypeCode.PRACTICAL_HELP,
        5,
        10,
        120,
        0,
    ),
    ("Community café", "Caffi cymunedol", ActivityTypeCode.ORGANISING_RUNNING, 2, 10, 180, 40),
    ("Repair café", "Caffi trwsio", ActivityTypeCode.PRACTICAL_HELP, 3, 18, 150, 25),
    (
        "Befriending calls",
        "Galwadau cyfeillio",
        ActivityTypeCode.BEFRIENDING_VISITING,
        1,
        14,
        60,
        10,
    ),
    ("Lifts to appointments", "Lifftiau i apwyntiadau", ActivityTypeCode.TRANSPORT, 0, 9, 90, 3),
    ("Committee meeting", "Cyfarfod pwyllgor", ActivityTypeCode.COMMITTEE_ADMIN, 0, 19, 90, 0),
    ("Fundraising quiz", "Cwis codi arian", ActivityTypeCode.RAISING_MONEY, 4, 19, 150, 60),
    ("Food bank shift", "Shifft banc bwyd", ActivityTypeCode.ORGANISING_RUNNING, 4, 13, 180, 30),
    ("Youth club", "Clwb ieuenctid", ActivityTypeCode.ORGANISING_RUNNING, 3, 18, 120, 35),
)
_FIRST = (
    "Aled",
    "Alys",
    "Bethan",
    "Carys",
    "Ceri",
    "Dafydd",
    "Dylan",
    "Eleri",
    "Elin",
    "Emyr",
    "Ffion",
    "Gareth",
    "Geraint",
    "Gwen",
    "Gwenllian",
    "Huw",
    "Iolo",
    "Llinos",
    "Llŷr",
    "Mair",
    "Megan",
    "Nia",
    "Owain",
    "Rhian",
    "Rhys",
    "Siân",
    "Sioned",
    "Steffan",
    "Tomos",
    "Gwŷn",
    "Emma",
    "James",
    "Olivia",
    "Mohammed",
    "Priya",
    "Sarah",
    "David",
    "Chloe",
    "Jack",
    "Ruth",
)
_LAST = (
    "Jones",
    "Williams",
    "Davies",
    "Evans",
    "Thomas",
    "Roberts",
    "Hughes",
    "Lewis",
    "Morgan",
    "Griffiths",
    "Price",
    "Owen",
    "Jenkins",
    "Parry",
    "Pritchard",
    "Rees",
    "Powell",
    "Lloyd",
    "Bowen",
    "ap Dafydd",
    "Khan",
    "Smith",
    "Taylor",
    "Brown",
    "Ŵyn",
    "Morris",
)
# The same number of places in each language, so both draw the same random numbers.
_PLACES = {
    "en": (
        "Village hall",
        "Church hall",
        "Community centre",
        "The park",
        "Library",
        "Chapel vestry",
    ),
    "cy": (
        "Neuadd y pentref",
        "Neuadd yr eglwys",
        "Canolfan gymunedol",
        "Y parc",
        "Llyfrgell",
        "Festri'r capel",
    ),
}
# Occasional titles, given by position (no extra random draws: the data stays as it was).
_TITLES = {
    "en": ("Christmas fair", "Spring clean", "Summer fun day", "Harvest supper"),
    "cy": ("Ffair Nadolig", "Glanhau'r gwanwyn", "Diwrnod hwyl yr haf", "Swper diolchgarwch"),
}
TITLE_EVERY = 37
_AGE_WEIGHTS = (2, 8, 20, 30, 22, 12, 6)
_WELSH_WEIGHTS = (30, 10, 45, 15)


@dataclass(frozen=True)
class DemoResult:
    people: int
    activity_types: int
    activities: int
    participations: int


def default_until(today: date) -> date:
    """End of the last complete calendar quarter, so the demo fills the default export period."""
    first_of_quarter = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    return first_of_quarter - timedelta(days=1)


class _Generator:
    def __init__(self, scale: Scale, seed: int, until: date, language: str) -> None:
        self.rng = random.Random(seed)
        self.scale = scale
        self.until = until
        self.start = until - timedelta(days=365 * scale.years - 1)
        self.language = "cy" if language == "cy" else "en"
        self.created = datetime.combine(until, time(12), tzinfo=UTC)

    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def stamp(self, extra: dict[str, Any]) -> dict[str, Any]:
        return {
            "created_at": self.created,
            "updated_at": self.created,
            "deleted_at": None,
            "hlc": "",
            **extra,
        }

    def types(self) -> list[dict[str, Any]]:
        rows = []
        for en, cy, code, *_ in _TYPES:
            label = cy if self.language == "cy" else en
            rows.append(
                self.stamp(
                    {
                        "id": self.uid(),
                        "label": label,
                        "search_key": search_key(label),
                        "code": code.value,
                        "last_used_at": None,
                    }
                )
            )
        return rows

    def people(self) -> tuple[list[dict[str, Any]], list[tuple[date, date]]]:
        rows, windows = [], []
        span = (self.until - self.start).days
        for i in range(self.scale.people):
            name = f"{self.rng.choice(_FIRST)} {self.rng.choice(_LAST)}"
            # A core who stay throughout, and a stream of people who come and go.
            joined = (
                self.start
                if i < max(5, self.scale.people // 20)
                else (self.start + timedelta(days=self.rng.randrange(span)))
            )
            left = min(self.until, joined + timedelta(days=self.rng.randrange(120, 365 * 4)))
            windows.append((joined, left))
            rows.append(
                self.stamp(
                    {
                        "id": self.uid(),
                        "display_name": name,
                        "search_key": search_key(name),
                        "contact": "",
                        "notes": "",
                        "archived": False,
                        "merged_into": None,
                        "age_band": self.rng.choices(list(AgeBand), _AGE_WEIGHTS)[0].value,
                        "welsh_speaker": self.rng.choices(list(WelshSpeaker), _WELSH_WEIGHTS)[
                            0
                        ].value,
                        "consent_contact": self.rng.random() < 0.6,
                        "consent_photos": self.rng.random() < 0.4,
                    }
                )
            )
        return rows, windows

    def activities(
        self,
        types: list[dict[str, Any]],
        people: list[dict[str, Any]],
        windows: list[tuple[date, date]],
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        rng, span = self.rng, (self.until - self.start).days + 1
        share = 0.6 if len(people) < 200 else 0.3  # in a small group most people do most things
        members = [[p for p in range(len(people)) if rng.random() < share] or [0] for _ in types]
        dates = sorted(
            self.start + timedelta(days=rng.randrange(span)) for _ in range(self.scale.activities)
        )
        acts: list[dict[str, Any]] = []
        parts: list[dict[str, Any]] = []
        for day in dates:
            t = rng.randrange(len(types))
            individual = rng.random() < 0.08
            act_id = self.uid()
            want = 1 if individual else max(0, int(rng.gauss(self.scale.named_per_activity, 2)))
            chosen = self._choose(members[t], windows, day, want)
            activity = self._activity(act_id, day, types[t]["id"], t, individual, len(acts))
            acts.append(activity)
            minutes = activity["duration_minutes"]
            if not chosen and not activity["volunteers_count"] + activity["participants_count"]:
                activity["volunteers_count"] = 1  # nobody free that day: an unnamed helper
            activity["search_text"] = activity_search_text(
                activity["title"], activity["location"], ""
            )
            activity["named_count"] = len(chosen)
            activity["volunteer_minutes"] = activity["volunteers_count"] * minutes
            for n, p in enumerate(sorted(chosen)):
                parts.append(self._attendance(activity, people[p]["id"], n, individual))
                if parts[-1]["role"] != Role.PARTICIPANT.value:
                    activity["volunteer_minutes"] += parts[-1]["minutes"]
        return acts, parts

    def _choose(
        self, pool: list[int], windows: list[tuple[date, date]], day: date, want: int
    ) -> set[int]:
        """Up to ``want`` of the type's regulars who were with the group that day."""
        chosen: set[int] = set()
        for _ in range(want * 12):
            if len(chosen) >= want:
                break
            p = pool[self.rng.randrange(len(pool))]
            if windows[p][0] <= day <= windows[p][1]:
                chosen.add(p)
        return chosen

    def _activity(
        self, act_id: uuid.UUID, day: date, type_id: Any, t: int, individual: bool, made: int
    ) -> dict[str, Any]:
        rng = self.rng
        _en, _cy, _code, _wd, hour, minutes, max_participants = _TYPES[t]
        start = time(hour, 0)
        end = (datetime.combine(day, start) + timedelta(minutes=minutes)).time()
        return self.stamp(
            {
                "id": act_id,
                "activity_date": day,
                "activity_type_id": type_id,
                "title": ""
                if individual or made % TITLE_EVERY
                else _TITLES[self.language][made // TITLE_EVERY % 4],
                "start_time": None if individual else start,
                "end_time": None if individual else end,
                "duration_minutes": minutes,
                "location": "" if individual else rng.choice(_PLACES[self.language]),
                "la_code": None,
                "kind": (
                    ActivityKind.INDIVIDUAL_HELP if individual else ActivityKind.GROUP_ACTIVITY
                ).value,
                "volunteers_count": 0 if individual else rng.choice((0, 0, 1, 2, 3)),
                "participants_count": 0
                if individual or not max_participants
                else rng.randrange(max_participants // 3, max_participants + 1),
                "series_id": None,
                "notes": "",
            }
        )

    def _attendance(
        self, activity: dict[str, Any], person_id: Any, n: int, individual: bool
    ) -> dict[str, Any]:
        rng, minutes = self.rng, activity["duration_minutes"]
        role = (
            Role.ORGANISER
            if n == 0 and not individual
            else (Role.PARTICIPANT if rng.random() < 0.1 else Role.VOLUNTEER)
        )
        return self.stamp(
            {
                "id": self.uid(),
                "activity_id": activity["id"],
                "activity_date": activity["activity_date"],
                "person_id": person_id,
                "role": role.value,
                "minutes": minutes if rng.random() < 0.85 else max(15, minutes - 30),
            }
        )


def add_demo_data(
    db: Database,
    scale: str = "small",
    seed: int = 1,
    until: date | None = None,
    language: str = "en",
) -> DemoResult:
    """Add a whole demo data set in one transaction (all or nothing)."""
    gen = _Generator(SCALES[scale], seed, until or default_until(date.today()), language)
    types = gen.types()
    people, windows = gen.people()
    acts, parts = gen.activities(types, people, windows)
    with db.transaction() as tx:
        insert_rows(tx, "activity_type", types)
        insert_rows(tx, "person", people)
        insert_rows(tx, "activity", acts)
        insert_rows(tx, "participation", parts)
        add_demo_community(tx, _PLACES[gen.language], acts, seed)
        from volunteer_app.services.funding.demo import add_demo_funding  # projects, outputs

        add_demo_funding(tx, types, acts, gen.until, seed)
    return DemoResult(len(people), len(types), len(acts), len(parts))
