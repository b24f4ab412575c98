"""Named people: look-ups for logging, and the People page."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import text
from sqlmodel import col, select

from volunteer_app.domain.validation import search_key
from volunteer_app.domain.values import MergeRecord, PersonDetails, PersonRow
from volunteer_app.storage.activity_repo import recount
from volunteer_app.storage.database import Database, Transaction
from volunteer_app.storage.erasure import ERASED_NAME
from volunteer_app.storage.models import Activity, Participation, Person


def active_names(db: Database) -> list[tuple[uuid.UUID, str]]:
    """Everyone who can be logged: not archived, merged or erased; sorted by name."""
    with db.reading() as session:
        rows = session.exec(
            select(Person.id, Person.display_name)
            .where(
                col(Person.deleted_at).is_(None),
                col(Person.merged_into).is_(None),
                col(Person.archived).is_(False),
            )
            .order_by(col(Person.search_key))
        ).all()
    return [(row[0], row[1]) for row in rows]


_PEOPLE = text("""
SELECT per.id, per.display_name, seen.first, seen.last,
       coalesce(period.sessions, 0), coalesce(period.minutes, 0), per.archived,
       substr(per.created_at, 1, 10)
FROM person per
LEFT JOIN (SELECT person_id, min(activity_date) AS first, max(activity_date) AS last
           FROM participation WHERE deleted_at IS NULL GROUP BY person_id
          ) seen ON seen.person_id = per.id
LEFT JOIN (SELECT person_id, count(*) AS sessions, sum(minutes) AS minutes
           FROM participation
           WHERE deleted_at IS NULL AND activity_date BETWEEN :start AND :end
           GROUP BY person_id
          ) period ON period.person_id = per.id
WHERE per.deleted_at IS NULL AND per.merged_into IS NULL
ORDER BY per.search_key
""")


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def list_people(db: Database, start: date, end: date) -> list[PersonRow]:
    """Everyone named, with first and last seen, and sessions and minutes in the period."""
    params = {"start": start.isoformat(), "end": end.isoformat()}
    with db.reading() as session:
        rows = session.connection().execute(_PEOPLE, params).all()
    return [
        PersonRow(
            uuid.UUID(r[0]),
            r[1],
            _day(r[2]),
            _day(r[3]),
            int(r[4]),
            int(r[5]),
            bool(r[6]),
            _day(r[7]),
        )
        for r in rows
    ]


def _details(row: Person) -> PersonDetails:
    return PersonDetails(
        row.id,
        row.display_name,
        row.contact,
        row.age_band,
        row.welsh_speaker,
        row.consent_contact,
        row.consent_photos,
        row.notes,
        row.archived,
    )


def load_person(db: Database, person_id: uuid.UUID) -> PersonDetails | None:
    with db.reading() as session:
        row = session.get(Person, person_id)
        return _details(row) if row is not None and row.deleted_at is None else None


def save_person(tx: Transaction, details: PersonDetails) -> None:
    row = tx.session.get(Person, details.id)
    if row is None or _details(row) == details:
        return  # saving untouched changes nothing, not even the change stamps
    row.display_name, row.search_key = details.name, search_key(details.name)
    row.contact, row.age_band, row.welsh_speaker = (
        details.contact,
        details.age_band,
        details.welsh_speaker,
    )
    row.consent_contact, row.consent_photos = details.consent_contact, details.consent_photos
    row.notes, row.archived = details.notes, details.archived
    row.updated_at, row.hlc = tx.now, tx.stamp()
    tx.session.add(row)


def merge_people(tx: Transaction, keep_id: uuid.UUID, other_id: uuid.UUID) -> MergeRecord:
    """Move the other record's participations to the kept one; where both were at the same
    activity keep the kept person's line. The other record points at the kept one."""
    keep, other = tx.session.get(Person, keep_id), tx.session.get(Person, other_id)
    assert keep is not None and other is not None
    kept_before, merged_before = _details(keep), _details(other)
    mine = {
        p.activity_id
        for p in tx.session.exec(
            select(Participation).where(
                Participation.person_id == keep_id, col(Participation.deleted_at).is_(None)
            )
        ).all()
    }
    moved, dropped, touched = [], [], set()
    for part in tx.session.exec(
        select(Participation).where(
            Participation.person_id == other_id, col(Participation.deleted_at).is_(None)
        )
    ).all():
        if part.activity_id in mine:
            part.deleted_at = tx.now
            dropped.append(part.id)
            touched.add(part.activity_id)
        else:
            part.person_id = keep_id
            moved.append(part.id)
        part.updated_at, part.hlc = tx.now, tx.stamp()
        tx.session.add(part)
    # Details only the other record had are kept.
    for name in ("contact", "notes"):
        if not getattr(keep, name) and getattr(other, name):
            setattr(keep, name, getattr(other, name))
    for name in ("age_band", "welsh_speaker"):
        if getattr(keep, name) == "not_known":
            setattr(keep, name, getattr(other, name))
    keep.updated_at, keep.hlc = tx.now, tx.stamp()
    other.merged_into, other.updated_at, other.hlc = keep_id, tx.now, tx.stamp()
    tx.session.add_all([keep, other])
    tx.session.flush()
    recount(tx, touched)
    return MergeRecord(kept_before, merged_before, tuple(moved), tuple(dropped))


def unmerge_people(tx: Transaction, record: MergeRecord) -> None:
    """Undo a merge exactly."""
    touched = set()
    for part_id in record.moved + record.dropped:
        part = tx.session.get(Participation, part_id)
        if part is None:
            continue
        part.person_id, part.deleted_at = record.merged.id, None
        part.updated_at, part.hlc = tx.now, tx.stamp()
        touched.add(part.activity_id)
        tx.session.add(part)
    other = tx.session.get(Person, record.merged.id)
    if other is not None:
        other.merged_into, other.updated_at, other.hlc = None, tx.now, tx.stamp()
        tx.session.add(other)
    save_person(tx, record.kept)
    tx.session.flush()
    recount(tx, touched)


def erase_person(tx: Transaction, person_id: uuid.UUID) -> set[uuid.UUID]:
    """Remove everything personal; keep the participations without anyone behind them, so
    sessions and hours stand while the person is no longer counted. Returns the activities."""
    row = tx.session.get(Person, person_id)
    if row is None:
        return set()
    row.display_name, row.search_key = ERASED_NAME, ""
    row.contact, row.notes = "", ""
    row.age_band, row.welsh_speaker = "not_known", "not_known"
    row.consent_contact = row.consent_photos = False
    row.deleted_at, row.updated_at, row.hlc = tx.now, tx.now, tx.stamp()
    tx.session.add(row)
    activities = set(
        tx.session.exec(
            select(Participation.activity_id).where(
                Participation.person_id == person_id, col(Participation.deleted_at).is_(None)
            )
        ).all()
    )
    recount(tx, activities)
    return activities


_PERSON_ACTIVITIES = """
SELECT a.activity_date, t.label, a.title, a.location, p.role, p.minutes,
       CASE WHEN a.deleted_at IS NOT NULL THEN 'activity deleted'
            WHEN p.deleted_at IS NOT NULL THEN 'removed' ELSE '' END
FROM participation p
JOIN activity a ON a.id = p.activity_id
JOIN activity_type t ON t.id = a.activity_type_id
WHERE p.person_id IN ({marks})
ORDER BY a.activity_date
"""


def person_activities(db: Database, person_ids: list[uuid.UUID]) -> list[tuple[object, ...]]:
    """Every attendance held for these records, including those at deleted activities and
    those taken off a list: date, type, title, place, role, minutes, and which of those."""
    marks = ",".join("?" * len(person_ids))
    with db.reading() as session:
        return [
            tuple(r)
            for r in session.connection().exec_driver_sql(
                _PERSON_ACTIVITIES.format(marks=marks), tuple(p.hex for p in person_ids)
            )
        ]


_LAST_SEEN = text("""
SELECT per.id, per.display_name, max(p.activity_date) AS last
FROM person per
LEFT JOIN participation p ON p.person_id = per.id AND p.deleted_at IS NULL
WHERE per.deleted_at IS NULL AND per.merged_into IS NULL
GROUP BY per.id
HAVING coalesce(last, substr(per.created_at, 1, 10)) < :before
ORDER BY per.search_key
""")


def not_seen_since(db: Database, before: date) -> list[tuple[uuid.UUID, str]]:
    """People last seen (or added, if never seen) before a date: candidates to anonymise."""
    with db.reading() as session:
        rows = session.connection().execute(_LAST_SEEN, {"before": before.isoformat()}).all()
    return [(uuid.UUID(r[0]), r[1]) for r in rows]


def withdraw_new_people(tx: Transaction, activity_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
    """Take off the file the people an activity brought onto it (created in the same action)
    and who have been at nothing else since; returns (id, name) to bring them back with.

    Their records stay as nameless tombstones, so a merged copy of this data never brings a
    name back that the coordinator took back."""
    activity = tx.session.get(Activity, activity_id)
    if activity is None:
        return []
    rows = tx.session.exec(
        select(Person)
        .join(Participation, col(Participation.person_id) == Person.id)
        .where(
            Participation.activity_id == activity_id,
            Person.created_at == activity.created_at,
            col(Person.deleted_at).is_(None),
        )
    ).all()
    withdrawn = []
    for row in rows:
        elsewhere = tx.session.exec(
            select(Participation.id).where(
                Participation.person_id == row.id,
                Participation.activity_id != activity_id,
                col(Participation.deleted_at).is_(None),
            )
        ).first()
        if elsewhere is not None:
            continue
        withdrawn.append((row.id, row.display_name))
        row.display_name, row.search_key = ERASED_NAME, ""
        row.deleted_at, row.updated_at, row.hlc = tx.now, tx.now, tx.stamp()
        tx.session.add(row)
    return withdrawn


def reinstate_people(tx: Transaction, people: list[tuple[uuid.UUID, str]]) -> None:
    """Bring back people withdrawn with an activity, under the same ids."""
    for person_id, name in people:
        row = tx.session.get(Person, person_id)
        if row is None:
            continue
        row.display_name, row.search_key = name, search_key(name)
        row.deleted_at, row.updated_at, row.hlc = None, tx.now, tx.stamp()
        tx.session.add(row)
