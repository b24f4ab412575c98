"""Named people: look-ups for logging, and the People page."""

from __future__ import annotations

import uuid

from sqlmodel import col, select

from volunteer_app.storage.database import Database
from volunteer_app.storage.models import Person


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
