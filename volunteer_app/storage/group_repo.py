"""The group's own settings: one row, whose group_id is made once and never changes."""

from __future__ import annotations

from sqlalchemy import func, text
from sqlmodel import col, select

from volunteer_app.domain.validation import GroupProfile
from volunteer_app.domain.values import DataCounts, GroupInfo
from volunteer_app.storage.database import Database, Transaction
from volunteer_app.storage.models import (
    Activity,
    ActivityType,
    GroupSettings,
    Participation,
    Person,
)

_HEADLINE_COUNTS = text(
    "SELECT (SELECT count(*) FROM activity WHERE deleted_at IS NULL),"
    " (SELECT count(*) FROM person WHERE deleted_at IS NULL)"
)


def _row(tx: Transaction) -> GroupSettings:
    row = tx.session.exec(
        select(GroupSettings).where(col(GroupSettings.deleted_at).is_(None))
    ).first()
    if row is None:
        row = GroupSettings(created_at=tx.now, updated_at=tx.now, hlc=tx.stamp())
        tx.session.add(row)
    return row


def _info(row: GroupSettings) -> GroupInfo:
    return GroupInfo(
        group_id=row.group_id,
        name=row.name,
        la_code=row.la_code,
        cvc_ref=row.cvc_ref,
        year_kind=row.year_kind,
    )


def load_group(db: Database) -> GroupInfo:
    """The group's settings, creating the row (and its permanent group_id) on first use."""
    with db.reading() as session:
        row = session.exec(
            select(GroupSettings).where(col(GroupSettings.deleted_at).is_(None))
        ).first()
        if row is not None:
            return _info(row)
    with db.transaction() as tx:
        return _info(_row(tx))


def save_group(db: Database, profile: GroupProfile, year_kind: str | None = None) -> GroupInfo:
    """Save the profile (and the kind of reporting year, when given) in one transaction,
    stamped; settings saved as they already were write nothing, not even a stamp."""
    with db.transaction() as tx:
        row = _row(tx)
        wanted = {
            "name": profile.name,
            "la_code": profile.la_code,
            "cvc_ref": profile.cvc_ref,
            "year_kind": row.year_kind if year_kind is None else year_kind,
        }
        if all(getattr(row, key) == value for key, value in wanted.items()):
            return _info(row)
        for key, value in wanted.items():
            setattr(row, key, value)
        row.updated_at = tx.now
        row.hlc = tx.stamp()
        tx.session.add(row)
        tx.session.flush()
        return _info(row)


def save_year_kind(db: Database, year_kind: str) -> GroupInfo:
    """The kind of reporting year alone (the rest of the settings as they are)."""
    info = load_group(db)
    profile = GroupProfile(name=info.name, la_code=info.la_code, cvc_ref=info.cvc_ref)
    return save_group(db, profile, year_kind)


def data_counts(db: Database) -> DataCounts:
    def live(model: type) -> int:
        stmt = select(func.count()).select_from(model).where(col(model.deleted_at).is_(None))  # type: ignore[attr-defined]
        return int(session.exec(stmt).one())

    with db.reading() as session:
        return DataCounts(
            people=live(Person),
            activity_types=live(ActivityType),
            activities=live(Activity),
            participations=live(Participation),
        )


def headline_counts(db: Database) -> tuple[int, int]:
    """Activities and people: what the home page shows, without scanning every participation.
    One plain statement, read from the covering indexes: it is the first query of every start,
    and compiling two ORM selects for it cost more than running them."""
    with db.reading() as session:
        activities, people = session.execute(_HEADLINE_COUNTS).one()
    return int(activities), int(people)
