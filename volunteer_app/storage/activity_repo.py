"""Activities, their types and their participations: every query and write."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlalchemy import ColumnElement, func, literal_column, text, update
from sqlmodel import col, select

from volunteer_app.domain.activity import (
    ActivityDraft,
    ActivityFilter,
    ActivityRecord,
    ActivityRow,
    ActivityTypeInfo,
    PersonEntry,
)
from volunteer_app.domain.search import activity_search_text
from volunteer_app.domain.validation import search_key
from volunteer_app.storage.database import Database, Transaction
from volunteer_app.storage.models import Activity, ActivityType, Participation, Person


def list_types(db: Database) -> list[ActivityTypeInfo]:
    """The group's own types, most recently used first, then by name."""
    with db.reading() as session:
        rows = session.exec(
            select(ActivityType).where(col(ActivityType.deleted_at).is_(None))
        ).all()
        types = [ActivityTypeInfo(r.id, r.label, r.code, r.last_used_at) for r in rows]
    used = sorted(
        (t for t in types if t.last_used_at),
        key=lambda t: t.last_used_at,  # type: ignore[arg-type, return-value]
        reverse=True,
    )
    unused = sorted((t for t in types if not t.last_used_at), key=lambda t: t.label.casefold())
    return used + unused


def find_type(db: Database, label: str) -> ActivityTypeInfo | None:
    key = search_key(label)
    return next((t for t in list_types(db) if search_key(t.label) == key), None)


def add_type(tx: Transaction, label: str, code: str) -> uuid.UUID:
    row = ActivityType(
        label=label,
        search_key=search_key(label),
        code=code,
        created_at=tx.now,
        updated_at=tx.now,
        hlc=tx.stamp(),
    )
    tx.session.add(row)
    return row.id


def _person_ids(tx: Transaction, people: tuple[PersonEntry, ...]) -> list[uuid.UUID]:
    """The id of each named person, adding anyone not yet on file (name only)."""
    ids = []
    keys = [search_key(p.name) for p in people]
    known: dict[str, uuid.UUID] = {}
    for row in tx.session.exec(
        select(Person)
        .where(
            col(Person.search_key).in_(keys),
            col(Person.deleted_at).is_(None),
            col(Person.merged_into).is_(None),
        )
        .order_by(col(Person.created_at))
    ).all():
        known.setdefault(row.search_key, row.id)  # the oldest wins when two share a name
    for entry, key in zip(people, keys, strict=True):
        if entry.person_id is not None:
            ids.append(entry.person_id)
        elif key in known:
            ids.append(known[key])
        else:
            person = Person(
                display_name=entry.name,
                search_key=key,
                created_at=tx.now,
                updated_at=tx.now,
                hlc=tx.stamp(),
            )
            tx.session.add(person)
            known[key] = person.id
            ids.append(person.id)
    return ids


def save_activity(
    tx: Transaction, draft: ActivityDraft, activity_id: uuid.UUID | None = None
) -> uuid.UUID:
    """Insert, or update in place: participations no longer listed get a tombstone.

    Only what differs is written and stamped: saving an activity untouched changes nothing,
    not even its change stamps (a later merge must not see an edit that never happened).
    """
    assert draft.activity_type_id is not None
    row = tx.session.get(Activity, activity_id) if activity_id else None
    changed = row is None or row.deleted_at is not None
    moved_date = row is not None and row.activity_date != draft.activity_date
    if row is None:
        row = Activity(
            id=activity_id or uuid.uuid4(),
            activity_date=draft.activity_date,
            activity_type_id=draft.activity_type_id,
            created_at=tx.now,
        )
    person_ids = _person_ids(tx, draft.people)
    if row.unnamed_minutes is not None and (
        (row.volunteers_count, row.duration_minutes)
        != (draft.volunteers_count, draft.duration_minutes)
    ):
        row.unnamed_minutes = None  # an imported total no longer fits a changed headcount
    for name in _ACTIVITY_FIELDS:
        value = getattr(draft, name)
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    changed = _save_participations(tx, row.id, draft, person_ids) or changed
    if not changed:
        return row.id
    row.search_text = activity_search_text(draft.title, draft.location, draft.notes)
    row.deleted_at = None
    row.updated_at = tx.now
    row.hlc = tx.stamp()
    tx.session.add(row)
    if moved_date:  # every line follows the activity's date, erased people's lines included
        tx.session.flush()
        tx.session.execute(
            update(Participation)
            .where(col(Participation.activity_id) == row.id)
            .values(activity_date=draft.activity_date)
        )
    recount(tx, {row.id})
    tx.session.execute(
        update(ActivityType)
        .where(col(ActivityType.id) == draft.activity_type_id)
        .values(last_used_at=tx.now)
    )
    return row.id


_ACTIVITY_FIELDS = (
    "activity_date",
    "activity_type_id",
    "title",
    "location",
    "la_code",
    "start_time",
    "end_time",
    "duration_minutes",
    "kind",
    "volunteers_count",
    "participants_count",
    "notes",
    "series_id",
)


def _save_participations(
    tx: Transaction, activity_id: uuid.UUID, draft: ActivityDraft, person_ids: list[uuid.UUID]
) -> bool:
    """Bring an activity's lines in line with the draft; True if any line changed."""
    changed = False
    # Lines of erased people are not shown for editing and stay as they are.
    existing = {
        p.person_id: p
        for p, _person in tx.session.exec(
            select(Participation, Person)
            .join(Person, col(Person.id) == Participation.person_id)
            .where(
                Participation.activity_id == activity_id,
                col(Participation.deleted_at).is_(None),
                col(Person.deleted_at).is_(None),
            )
        ).all()
    }
    for entry, person_id in zip(draft.people, person_ids, strict=True):
        part = existing.pop(person_id, None)
        if part is not None and (part.role, part.minutes, part.activity_date) == (
            entry.role,
            entry.minutes,
            draft.activity_date,
        ):
            continue
        part = part or Participation(
            activity_id=activity_id,
            person_id=person_id,
            created_at=tx.now,
            activity_date=draft.activity_date,
        )
        part.role, part.minutes = entry.role, entry.minutes
        part.activity_date = draft.activity_date
        part.updated_at, part.hlc = tx.now, tx.stamp()
        tx.session.add(part)
        changed = True
    for gone in existing.values():
        gone.deleted_at, gone.updated_at, gone.hlc = tx.now, tx.now, tx.stamp()
        tx.session.add(gone)
        changed = True
    return changed


_RECOUNT = text("""
UPDATE activity SET
  named_count = (SELECT count(*) FROM participation p JOIN person per ON per.id = p.person_id
                 WHERE p.activity_id = activity.id AND p.deleted_at IS NULL
                   AND per.deleted_at IS NULL),
  volunteer_minutes = coalesce(unnamed_minutes, volunteers_count * duration_minutes) + coalesce(
    (SELECT sum(p.minutes) FROM participation p WHERE p.activity_id = activity.id
     AND p.deleted_at IS NULL AND p.role IN ('volunteer', 'organiser')), 0)
WHERE id = :id""")


def recount(tx: Transaction, activity_ids: set[uuid.UUID]) -> None:
    """Bring activities' kept figures up to date after their participations changed.
    Erased people's hours still count; they are no longer counted as named."""
    tx.session.flush()
    if activity_ids:  # one executemany: a merge recounts thousands at once
        tx.session.execute(_RECOUNT, [{"id": activity_id.hex} for activity_id in activity_ids])


def load_activity(db: Database, activity_id: uuid.UUID) -> ActivityRecord | None:
    with db.reading() as session:
        row = session.get(Activity, activity_id)
        if row is None or row.deleted_at is not None:
            return None
        type_row = session.get(ActivityType, row.activity_type_id)
        parts = session.exec(
            select(Participation, Person)
            .join(Person, col(Person.id) == Participation.person_id)
            .where(
                Participation.activity_id == activity_id,
                col(Participation.deleted_at).is_(None),
                col(Person.deleted_at).is_(None),
            )
            .order_by(col(Person.search_key))
        ).all()
        return ActivityRecord(
            id=row.id,
            type_label=type_row.label if type_row else "",
            activity_date=row.activity_date,
            activity_type_id=row.activity_type_id,
            title=row.title,
            location=row.location,
            la_code=row.la_code,
            start_time=row.start_time,
            end_time=row.end_time,
            duration_minutes=row.duration_minutes,
            kind=row.kind,
            volunteers_count=row.volunteers_count,
            participants_count=row.participants_count,
            notes=row.notes,
            series_id=row.series_id,
            people=tuple(
                PersonEntry(person.display_name, part.role, part.minutes, person.id)
                for part, person in parts
            ),
        )


def last_of_type(db: Database, type_id: uuid.UUID, before: date | None = None) -> uuid.UUID | None:
    with db.reading() as session:
        stmt = select(Activity.id).where(
            Activity.activity_type_id == type_id, col(Activity.deleted_at).is_(None)
        )
        if before is not None:
            stmt = stmt.where(col(Activity.activity_date) <= before)
        return session.exec(
            stmt.order_by(
                col(Activity.activity_date).desc(), col(Activity.created_at).desc()
            ).limit(1)
        ).first()


def same_slot(
    db: Database, day: date, type_id: uuid.UUID, start: time | None
) -> list[tuple[uuid.UUID, datetime]]:
    """Saved activities of this type on this day at this start time, with when each was
    saved: the candidates for a second save of the same activity."""
    with db.reading() as session:
        stmt = select(Activity.id, Activity.created_at).where(
            Activity.activity_date == day,
            Activity.activity_type_id == type_id,
            col(Activity.deleted_at).is_(None),
        )
        stmt = stmt.where(
            col(Activity.start_time).is_(None) if start is None else Activity.start_time == start
        )
        return [(row[0], row[1]) for row in session.exec(stmt).all()]


def set_deleted(
    tx: Transaction,
    activity_id: uuid.UUID,
    deleted: bool,
    texts: tuple[str, str, str] = ("", "", ""),
) -> None:
    """Delete (a tombstone, kept for merging) or bring back an activity with its
    participations. Deleting clears its title, place and notes, which may name people;
    bringing it back puts back ``texts`` (title, place, notes) kept by the caller."""
    stamp = tx.now if deleted else None
    row = tx.session.get(Activity, activity_id)
    if row is None:
        return
    was = row.deleted_at
    row.deleted_at, row.updated_at, row.hlc = stamp, tx.now, tx.stamp()
    if deleted:
        row.title = row.location = row.notes = row.search_text = ""
    elif not (row.title or row.location or row.notes):
        row.title, row.location, row.notes = texts
        row.search_text = activity_search_text(*texts)
    tx.session.add(row)
    # The participations go and come back with it (those deleted with it, not before).
    match = (
        col(Participation.deleted_at) == was
        if not deleted
        else col(Participation.deleted_at).is_(None)
    )
    tx.session.execute(
        update(Participation)
        .where(col(Participation.activity_id) == activity_id, match)
        .values(deleted_at=stamp, updated_at=tx.now, hlc=tx.stamp())
    )
    recount(tx, {activity_id})  # kept figures follow, so every laptop holds the same ones


def _filtered(stmt, flt: ActivityFilter):  # type: ignore[no-untyped-def]
    stmt = stmt.where(col(Activity.deleted_at).is_(None))
    if flt.text.strip():
        needle = f"%{search_key(flt.text)}%"
        stmt = stmt.where(
            col(Activity.search_text).like(needle) | col(ActivityType.search_key).like(needle)
        )
    if flt.date_from:
        stmt = stmt.where(col(Activity.activity_date) >= flt.date_from)
    if flt.date_to:
        stmt = stmt.where(col(Activity.activity_date) <= flt.date_to)
    if flt.type_id:
        stmt = stmt.where(Activity.activity_type_id == flt.type_id)
    return stmt


def count_activities(db: Database, flt: ActivityFilter) -> int:
    stmt = select(func.count()).select_from(Activity)
    if flt.text.strip():  # only a text search looks at the type's name
        stmt = stmt.join(ActivityType, col(ActivityType.id) == Activity.activity_type_id)
    with db.reading() as session:
        return int(session.exec(_filtered(stmt, flt)).one())


def list_activities(
    db: Database,
    flt: ActivityFilter,
    sort: str = "date",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[ActivityRow]:
    """One page of activities, filtered and sorted in SQL."""
    order = {
        "date": col(Activity.activity_date),
        "type": col(ActivityType.search_key),
        "title": col(Activity.title),
        "people": col(Activity.named_count),
        "volunteers": col(Activity.volunteers_count),
        "participants": col(Activity.participants_count),
        "hours": col(Activity.volunteer_minutes),
    }[sort]
    stmt = select(  # type: ignore[call-overload]
        col(Activity.id),
        col(Activity.activity_date),
        col(ActivityType.label),
        col(Activity.title),
        col(Activity.location),
        col(Activity.named_count),
        col(Activity.volunteers_count),
        col(Activity.participants_count),
        col(Activity.volunteer_minutes),
    ).join(ActivityType, col(ActivityType.id) == Activity.activity_type_id)
    # The row id breaks ties: with the date index it gives the newest first without a sort.
    rowid: ColumnElement[int] = literal_column("activity.rowid")
    stmt = _filtered(stmt, flt).order_by(
        order.desc() if descending else order.asc(),
        *(() if sort == "date" else (col(Activity.activity_date).desc(),)),
        rowid.desc() if descending else rowid.asc(),
    )
    with db.reading() as session:
        rows = session.exec(stmt.offset(offset).limit(limit)).all()
    return [ActivityRow(*row) for row in rows]


def regulars(db: Database, type_id: uuid.UUID, sessions: int = 4) -> list[tuple[uuid.UUID, str]]:
    """People who came to any of the last few activities of a type, by name."""
    with db.reading() as session:
        recent = (
            select(Activity.id)
            .where(Activity.activity_type_id == type_id, col(Activity.deleted_at).is_(None))
            .order_by(col(Activity.activity_date).desc())
            .limit(sessions)
        )
        rows = session.exec(
            select(Person.id, Person.display_name)
            .join(Participation, col(Participation.person_id) == Person.id)
            .where(
                col(Participation.activity_id).in_(recent.scalar_subquery()),
                col(Participation.deleted_at).is_(None),
                col(Person.archived).is_(False),
                col(Person.merged_into).is_(None),
                col(Person.deleted_at).is_(None),
            )
            .distinct()
            .order_by(col(Person.search_key))
        ).all()
    return [(row[0], row[1]) for row in rows]
