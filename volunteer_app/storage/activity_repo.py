"""Writing activities: their types, the activity itself with its participations and its
extras (pulse, outputs, projects) in the caller's one transaction, deleting and bringing back.

Reading is in ``activity_query``, the kept figures in ``activity_counts``; their names are
also reachable from here, as callers have long used them."""

from __future__ import annotations

import uuid

from sqlalchemy import update
from sqlmodel import col, select

from volunteer_app.domain.activity import ActivityDraft, ActivityTypeInfo, PersonEntry
from volunteer_app.domain.search import activity_search_text
from volunteer_app.domain.validation import search_key
from volunteer_app.storage.activity_counts import recount
from volunteer_app.storage.activity_extras_repo import save_extras
from volunteer_app.storage.activity_query import (
    count_activities,
    last_of_type,
    list_activities,
    live_lines,
    load_activity,
    regulars,
    same_slot,
)
from volunteer_app.storage.database import Database, Transaction
from volunteer_app.storage.models import Activity, ActivityType, Participation, Person

__all__ = [
    "add_type",
    "count_activities",
    "find_type",
    "last_of_type",
    "list_activities",
    "list_types",
    "load_activity",
    "recount",
    "regulars",
    "same_slot",
    "save_activity",
    "set_deleted",
    "set_type_code",
    "type_use",
]


def list_types(db: Database) -> list[ActivityTypeInfo]:
    """The group's own types, most recently used first, then by name."""
    with db.reading() as session:
        # The four columns, not whole rows: the first query of every start (no objects made).
        rows = session.exec(
            select(
                ActivityType.id,
                ActivityType.label,
                ActivityType.code,
                ActivityType.last_used_at,
            ).where(col(ActivityType.deleted_at).is_(None))
        ).all()
        types = [ActivityTypeInfo(*row) for row in rows]
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


def set_type_code(tx: Transaction, type_id: uuid.UUID, code: str) -> str | None:
    """Map a type to another standard code; returns the code it had (None: no such type)."""
    row = tx.session.get(ActivityType, type_id)
    if row is None or row.deleted_at is not None:
        return None
    before = row.code
    if before != code:
        row.code, row.updated_at, row.hlc = code, tx.now, tx.stamp()
        tx.session.add(row)
    return before


def type_use(db: Database) -> dict[uuid.UUID, int]:
    """How many activities (not deleted) each type has."""
    with db.reading() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT activity_type_id, count(*) FROM activity WHERE deleted_at IS NULL"
            " GROUP BY activity_type_id"
        )
        return {uuid.UUID(str(type_id)): int(n) for type_id, n in rows}


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
    The draft's extras (pulse, outputs, projects), when given, are written with it.
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
    for name in _ACTIVITY_FIELDS:
        value = getattr(draft, name)
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    changed = _save_participations(tx, row.id, draft, person_ids) or changed
    if changed:
        _stamp_saved(tx, row, draft, moved_date)
    if draft.extras is not None:
        tx.session.flush()  # the activity's row first: its extras refer to it
        if save_extras(tx, row.id, draft.extras):
            tx.stamped = True  # the pulse has no change stamp, yet something was written
    return row.id


def _stamp_saved(tx: Transaction, row: Activity, draft: ActivityDraft, moved_date: bool) -> None:
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
    "unnamed_minutes",
)


def _save_participations(
    tx: Transaction, activity_id: uuid.UUID, draft: ActivityDraft, person_ids: list[uuid.UUID]
) -> bool:
    """Bring an activity's lines in line with the draft; True if any line changed."""
    changed = False
    # Lines of erased people are not shown for editing and stay as they are.
    existing = {p.person_id: p for p, _person in tx.session.exec(live_lines(activity_id)).all()}
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
