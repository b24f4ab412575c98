"""Regular activities (series) and the sessions that were skipped."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import col, select

from volunteer_app.domain.series import SeriesInfo
from volunteer_app.storage.database import Database, Transaction
from volunteer_app.storage.models import Activity, ActivityType, Series, SeriesSkip


def add_series(tx: Transaction, info: SeriesInfo, la_code: str | None) -> uuid.UUID:
    row = Series(
        id=info.id,
        activity_type_id=info.activity_type_id,
        title=info.title,
        frequency=info.frequency,
        start_date=info.start_date,
        end_date=info.end_date,
        session_count=info.session_count,
        start_time=info.start_time,
        end_time=info.end_time,
        duration_minutes=info.duration_minutes,
        location=info.location,
        la_code=la_code,
        created_at=tx.now,
        updated_at=tx.now,
        hlc=tx.stamp(),
    )
    tx.session.add(row)
    return row.id


def list_series(db: Database) -> list[SeriesInfo]:
    with db.reading() as session:
        rows = session.exec(
            select(Series, ActivityType)
            .join(ActivityType, col(ActivityType.id) == Series.activity_type_id)
            .where(col(Series.deleted_at).is_(None))
            .order_by(col(Series.created_at))
        ).all()
        return [
            SeriesInfo(
                s.id,
                s.activity_type_id,
                t.label,
                s.title,
                s.frequency,
                s.start_date,
                s.end_date,
                s.session_count,
                s.start_time,
                s.end_time,
                s.duration_minutes,
                s.location,
            )
            for s, t in rows
        ]


def done_dates(db: Database, series_id: uuid.UUID) -> set[date]:
    """Dates already logged for the series, or skipped."""
    with db.reading() as session:
        logged = session.exec(
            select(col(Activity.activity_date)).where(
                Activity.series_id == series_id, col(Activity.deleted_at).is_(None)
            )
        ).all()
        skipped = session.exec(
            select(col(SeriesSkip.session_date)).where(
                SeriesSkip.series_id == series_id, col(SeriesSkip.deleted_at).is_(None)
            )
        ).all()
    return set(logged) | set(skipped)


def skip(tx: Transaction, series_id: uuid.UUID, day: date) -> uuid.UUID:
    row = SeriesSkip(
        series_id=series_id, session_date=day, created_at=tx.now, updated_at=tx.now, hlc=tx.stamp()
    )
    tx.session.add(row)
    return row.id


def unskip(tx: Transaction, skip_id: uuid.UUID) -> None:
    row = tx.session.get(SeriesSkip, skip_id)
    if row is not None:
        row.deleted_at, row.updated_at, row.hlc = tx.now, tx.now, tx.stamp()
        tx.session.add(row)


def last_of_series(db: Database, series_id: uuid.UUID) -> uuid.UUID | None:
    with db.reading() as session:
        return session.exec(
            select(Activity.id)
            .where(Activity.series_id == series_id, col(Activity.deleted_at).is_(None))
            .order_by(col(Activity.activity_date).desc())
            .limit(1)
        ).first()


def set_end(tx: Transaction, series_id: uuid.UUID, end_date: date | None) -> date | None:
    """Set (or clear) the series' last day; returns the one it had before."""
    row = tx.session.get(Series, series_id)
    if row is None:
        return None
    before = row.end_date
    row.end_date, row.updated_at, row.hlc = end_date, tx.now, tx.stamp()
    tx.session.add(row)
    return before
