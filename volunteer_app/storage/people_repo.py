"""Named people: look-ups for logging, and the People page."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import text
from sqlmodel import col, select

from volunteer_app.domain.validation import search_key
from volunteer_app.domain.values import MergeRecord, PersonDetails, PersonRow
from volunteer_app.storage.database import Database, Transaction
from volunteer_app.storage.models import Participation, Person


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
       coalesce(period.sessions, 0), coalesce(period.minutes, 0), per.archived
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
        PersonRow(uuid.UUID(r[0]), r[1], _day(r[2]), _day(r[3]), int(r[4]), int(r[5]), bool(r[6]))
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
    if row is None:
        return
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


def _recount(tx: Transaction, activity_ids: set[uuid.UUID]) -> None:
    """Bring an activity's kept figures up to date after its participations changed."""
    for activity_id in activity_ids:
        tx.session.execute(
            text("""
            UPDATE activity SET
              named_count = (SELECT count(*) FROM participation p
                             WHERE p.activity_id = activity.id AND p.deleted_at IS NULL),
              volunteer_minutes = volunteers_count * duration_minutes + coalesce(
                (SELECT sum(p.minutes) FROM participation p WHERE p.activity_id = activity.id
                 AND p.deleted_at IS NULL AND p.role IN ('volunteer', 'organiser')), 0)
            WHERE id = :id"""),
            {"id": activity_id.hex},
        )


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
    _recount(tx, touched)
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
    _recount(tx, touched)
