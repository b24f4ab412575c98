"""Everything the group holds, read for its own full export: activities, the people at
them, and the people. One read transaction, so the three agree with each other."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import text

from volunteer_app.storage.database import Database

_ACTIVITIES = text("""
SELECT a.id, a.activity_date, t.label, t.code, a.kind, a.location, a.la_code, a.start_time,
       a.end_time, a.duration_minutes, a.volunteers_count, a.participants_count,
       a.named_count, a.volunteer_minutes, a.series_id IS NOT NULL, a.notes, a.title,
       a.unnamed_minutes
FROM activity a JOIN activity_type t ON t.id = a.activity_type_id
WHERE a.deleted_at IS NULL
ORDER BY a.activity_date, a.start_time, t.label, a.created_at
""")

# Erased people's participations stay in the data for the totals but have no one to name.
_PARTICIPATIONS = text("""
SELECT p.activity_id, per.display_name, p.role, p.minutes, per.age_band, per.welsh_speaker,
       p.person_id, p.activity_date, per.search_key
FROM participation p JOIN person per ON per.id = p.person_id
WHERE p.deleted_at IS NULL AND per.deleted_at IS NULL
""")

_PEOPLE = text("""
SELECT per.id, per.display_name, per.contact, per.age_band, per.welsh_speaker,
       per.consent_contact, per.consent_photos, per.archived, per.notes
FROM person per
WHERE per.deleted_at IS NULL AND per.merged_into IS NULL
ORDER BY per.search_key
""")


class ActivityLine(NamedTuple):
    """One activity, as the full export shows it (the _ACTIVITIES query's columns)."""

    id: Any
    activity_date: Any
    type_label: str
    type_code: str
    kind: str
    location: str
    la_code: str | None
    start_time: Any
    end_time: Any
    duration_minutes: int
    volunteers_count: int
    participants_count: int
    named_count: int
    volunteer_minutes: int
    regular: bool
    notes: str
    title: str
    unnamed_minutes: int | None


class AttendanceLine(NamedTuple):
    """One named person at one activity; ``person_ref`` tells apart two of the same name."""

    activity_id: Any
    name: str
    role: str
    minutes: int
    age_band: str
    welsh_speaker: str
    person_ref: str


class PersonLine(NamedTuple):
    """One person with what they gave: first and last dates seen, attendances, minutes."""

    name: str
    contact: str
    age_band: str
    welsh_speaker: str
    consent_contact: bool
    consent_photos: bool
    archived: bool
    notes: str
    first_seen: Any
    last_seen: Any
    attendances: int
    minutes: int


class _Attended(NamedTuple):
    """A row of the _PARTICIPATIONS query."""

    activity_id: Any
    name: str
    role: str
    minutes: int
    age_band: str
    welsh_speaker: str
    person_id: Any
    day: Any
    search_key: str


@dataclass(frozen=True)
class FullData:
    activities: list[ActivityLine]  # by date, start time, type
    participations: list[AttendanceLine]  # by activity, then name
    people: list[PersonLine]  # by name


def read_everything(db: Database) -> FullData:
    with db.reading() as session:
        conn = session.connection()
        activities = list(map(ActivityLine._make, conn.exec_driver_sql(str(_ACTIVITIES))))
        live = {a.id for a in activities}
        attended = [
            _Attended._make(r)
            for r in conn.exec_driver_sql(str(_PARTICIPATIONS))
            if r[0] in live  # the activity id: checked before a record is made
        ]
        people = conn.exec_driver_sql(str(_PEOPLE)).fetchall()
    # Sorting and the people's figures in Python: cheaper than SQLite sorting half a
    # million rows and grouping them again per person.
    attended.sort(key=lambda r: (r.activity_id, r.search_key))
    seen: dict[str, list[Any]] = {}
    for r in attended:
        figures = seen.get(r.person_id)
        if figures is None:
            seen[r.person_id] = [r.day, r.day, 1, r.minutes]
        else:
            figures[0] = min(figures[0], r.day)
            figures[1] = max(figures[1], r.day)
            figures[2] += 1
            figures[3] += r.minutes
    return FullData(
        activities,
        [AttendanceLine(*r[:6], str(r.person_id)[:12]) for r in attended],
        [PersonLine(*p[1:], *seen.get(p[0], ("", "", 0, 0))) for p in people],
    )
