"""Places: a name the group picks again, with one place type. Activities keep their place as
text; a place is matched to them by that text, so renaming or merging rewrites the text."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from volunteer_app.domain.places import PlaceRow, PlaceSnapshot, PlaceType
from volunteer_app.storage.database import Database, Transaction
from volunteer_app.storage.types import timestamp_text

__all__ = [
    "PlaceRow",
    "list_places",
    "move",
    "place_names",
    "restore",
    "set_type",
    "snapshot",
]

# Every place: those recorded, and any activity place text not yet recorded ("not known").
_LIST = text("""
WITH used AS (
    SELECT location AS name, sum(deleted_at IS NULL) AS n
    FROM activity WHERE trim(location) <> '' GROUP BY location
),
names AS (SELECT name FROM place UNION SELECT name FROM used)
SELECT n.name, coalesce(pl.place_type, 'not_known'), coalesce(u.n, 0)
FROM names n
LEFT JOIN place pl ON pl.name = n.name
LEFT JOIN used u ON u.name = n.name
ORDER BY n.name COLLATE NOCASE
""")
_NAMES = text("""
SELECT name FROM place UNION SELECT location FROM activity WHERE trim(location) <> ''
ORDER BY 1 COLLATE NOCASE
""")

_SET_TYPE = text("""
INSERT INTO place (name, place_type, updated_at) VALUES (:name, :type, :now)
ON CONFLICT(name) DO UPDATE SET place_type = excluded.place_type, updated_at = excluded.updated_at
""")
_TYPE_OF = text("SELECT place_type FROM place WHERE name = :name")
_DROP = text("DELETE FROM place WHERE name = :name")
_MOVE_ACTIVITIES = text("""
UPDATE activity SET location = :new, updated_at = :now WHERE location = :old
""")
_RESEARCH = text("SELECT id, title, location, notes FROM activity WHERE location = :name")
_SEARCH = text("UPDATE activity SET search_text = :search WHERE id = :id")
_AT = text("SELECT id FROM activity WHERE location = :name ORDER BY id")
_PUT_BACK = text("UPDATE activity SET location = :old, updated_at = :now WHERE id = :id")


def _now() -> str:
    return timestamp_text(datetime.now(UTC))


def list_places(db: Database) -> list[PlaceRow]:
    with db.reading() as session:
        rows = session.connection().execute(_LIST).all()
    return [PlaceRow(str(n), PlaceType(t), int(c)) for n, t, c in rows]


def place_names(db: Database) -> list[str]:
    with db.reading() as session:
        return [str(n) for (n,) in session.connection().execute(_NAMES)]


def place_type_in(tx: Transaction, name: str) -> PlaceType | None:
    found = tx.session.connection().execute(_TYPE_OF, {"name": name}).scalar()
    return None if found is None else PlaceType(found)


def set_type(tx: Transaction, name: str, place_type: PlaceType) -> None:
    tx.session.connection().execute(
        _SET_TYPE, {"name": name, "type": place_type.value, "now": _now()}
    )


def move(tx: Transaction, old: str, new: str, place_type: PlaceType) -> int:
    """Every activity at ``old`` now at ``new`` (of this type); ``old`` is gone. Returns how
    many activities moved. The caller has checked both names."""
    from volunteer_app.domain.search import activity_search_text

    conn = tx.session.connection()
    moved = conn.execute(
        _MOVE_ACTIVITIES, {"old": old, "new": new, "now": timestamp_text(tx.now)}
    ).rowcount
    conn.execute(_DROP, {"name": old})
    set_type(tx, new, place_type)
    rows = conn.execute(_RESEARCH, {"name": new}).all()
    if rows:
        # The Activities page searches place text too: keep it in step.
        conn.execute(
            _SEARCH,
            [{"search": activity_search_text(t, loc, n), "id": i} for i, t, loc, n in rows],
        )
    return int(moved or 0)


def snapshot(tx: Transaction, names: tuple[str, ...], moving: str = "") -> PlaceSnapshot:
    """The places' types and the activities at ``moving`` now, before a change in ``tx``."""
    conn = tx.session.connection()
    moved = tuple(str(i) for (i,) in conn.execute(_AT, {"name": moving})) if moving else ()
    return PlaceSnapshot(
        tuple((name, place_type_in(tx, name)) for name in dict.fromkeys(names)), moved, moving
    )


def restore(tx: Transaction, before: PlaceSnapshot) -> None:
    """Put places back as ``before`` found them: the moved activities at their old place,
    and each place's type as it was (a place that had no row loses the one made since)."""
    from volunteer_app.domain.search import activity_search_text

    conn = tx.session.connection()
    now = timestamp_text(tx.now)
    if before.moved:
        conn.execute(
            _PUT_BACK, [{"old": before.moved_from, "now": now, "id": i} for i in before.moved]
        )
        rows = conn.execute(_RESEARCH, {"name": before.moved_from}).all()
        conn.execute(
            _SEARCH,
            [{"search": activity_search_text(t, loc, n), "id": i} for i, t, loc, n in rows],
        )
    for name, place_type in before.rows:
        if place_type is None:
            conn.execute(_DROP, {"name": name})
        else:
            set_type(tx, name, place_type)
