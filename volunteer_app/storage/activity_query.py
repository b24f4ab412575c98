"""Reading activities: one for editing, pages of them for the list, and the lookups the Log
page makes (the last of a type, the same slot, the regulars)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlalchemy import ColumnElement, func, literal_column
from sqlmodel import col, select
from sqlmodel.sql.expression import Select

from volunteer_app.domain.activity import (
    ActivityFilter,
    ActivityRecord,
    ActivityRow,
    PersonEntry,
)
from volunteer_app.domain.validation import search_key
from volunteer_app.storage.activity_extras_repo import read_extras
from volunteer_app.storage.database import Database
from volunteer_app.storage.models import Activity, ActivityType, Participation, Person


def live_lines(activity_id: uuid.UUID) -> Select[Participation, Person]:
    """An activity's attendance lines with their person, both not deleted: an erased
    person's lines are neither shown nor touched when the activity is edited."""
    return (
        select(Participation, Person)
        .join(Person, col(Person.id) == Participation.person_id)
        .where(
            Participation.activity_id == activity_id,
            col(Participation.deleted_at).is_(None),
            col(Person.deleted_at).is_(None),
        )
    )


def load_activity(db: Database, activity_id: uuid.UUID) -> ActivityRecord | None:
    with db.reading() as session:
        row = session.get(Activity, activity_id)
        if row is None or row.deleted_at is not None:
            return None
        type_row = session.get(ActivityType, row.activity_type_id)
        parts = session.exec(live_lines(activity_id).order_by(col(Person.search_key))).all()
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
            unnamed_minutes=row.unnamed_minutes,
            people=tuple(
                PersonEntry(person.display_name, part.role, part.minutes, person.id)
                for part, person in parts
            ),
            extras=read_extras(session.connection(), activity_id),
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
