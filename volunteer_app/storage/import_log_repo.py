"""The record of each import, its figures as the database holds them, and taking one back.

Every row an import creates carries its id, so the figures it added can be recomputed
from the data itself (and compared with what the file said), and the import can be
removed whole: its activities, its attendances (also those on activities saved before),
the people it alone created and the activity types nothing else uses.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import text

from volunteer_app.domain.import_totals import ImportTotals
from volunteer_app.domain.validation import search_key
from volunteer_app.storage.database import Database, Transaction
from volunteer_app.storage.erasure import ERASED_NAME
from volunteer_app.storage.migrations import activity_search_text

_STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"  # UtcTimestamp's text form


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_STAMP)


VOLUNTEERING_SQL = "('volunteer', 'organiser')"


@dataclass(frozen=True)
class ImportEntry:
    id: uuid.UUID
    file_name: str
    sha256: str
    imported_at: datetime
    rows_read: int
    totals: ImportTotals  # what the file added
    removed: bool


def add_record(
    tx: Transaction,
    import_id: uuid.UUID,
    file_name: str,
    sha256: str,
    rows_read: int,
    totals: ImportTotals,
) -> None:
    stamp = _stamp(tx.now)
    tx.session.connection().exec_driver_sql(
        "INSERT INTO import_record (id, file_name, sha256, imported_at, rows_read, totals_json,"
        " created_at, updated_at, deleted_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
        (
            import_id.hex,
            file_name,
            sha256,
            stamp,
            rows_read,
            totals.to_json(),
            stamp,
            stamp,
            tx.stamp(),
        ),
    )


_ACTIVITY_FIGURES = text("""
SELECT count(*), coalesce(sum(volunteers_count), 0), coalesce(sum(participants_count), 0),
       coalesce(sum(coalesce(unnamed_minutes, volunteers_count * duration_minutes)), 0),
       min(activity_date), max(activity_date)
FROM activity WHERE import_id = :id AND deleted_at IS NULL
""")
_ATTENDANCE_FIGURES = text(f"""
SELECT count(*), coalesce(sum(CASE WHEN role IN {VOLUNTEERING_SQL} THEN minutes END), 0),
       coalesce(sum(role NOT IN {VOLUNTEERING_SQL}), 0),
       min(activity_date), max(activity_date)
FROM participation WHERE import_id = :id AND deleted_at IS NULL
""")
# Attendances added by hand since to the import's activities: they go with them.
_LATER_FIGURES = text(f"""
SELECT count(*), coalesce(sum(CASE WHEN p.role IN {VOLUNTEERING_SQL} THEN p.minutes END), 0),
       coalesce(sum(p.role NOT IN {VOLUNTEERING_SQL}), 0)
FROM participation p JOIN activity a ON a.id = p.activity_id
WHERE a.import_id = :id AND a.deleted_at IS NULL AND p.deleted_at IS NULL
  AND p.import_id IS NOT :id
""")
# The participations an import's removal takes: its own, and any on its activities.
_ITS_PARTICIPATIONS = (
    "(import_id = :id OR activity_id IN (SELECT id FROM activity WHERE import_id = :id))"
)
_PEOPLE = text("SELECT count(*) FROM person WHERE import_id = :id AND deleted_at IS NULL")


def held_totals(tx: Transaction, import_id: uuid.UUID, later: bool = False) -> ImportTotals:
    """The figures an import added, as the database now holds them; with ``later``, also
    the attendances added by hand since to its activities (what removing it takes)."""
    conn = tx.session.connection()
    params = {"id": import_id.hex}
    acts, volunteers, participants, unnamed, a_first, a_last = conn.execute(
        _ACTIVITY_FIGURES, params
    ).one()
    attendances, named_minutes, named_participants, p_first, p_last = conn.execute(
        _ATTENDANCE_FIGURES, params
    ).one()
    people = conn.execute(_PEOPLE, params).scalar_one()
    if later:
        extra, extra_minutes, extra_participants = conn.execute(_LATER_FIGURES, params).one()
        attendances += extra
        named_minutes += extra_minutes
        named_participants += extra_participants
    firsts = [date.fromisoformat(d) for d in (a_first, p_first) if d]
    lasts = [date.fromisoformat(d) for d in (a_last, p_last) if d]
    return ImportTotals(
        activities=int(acts),
        attendances=int(attendances),
        new_people=int(people),
        volunteer_minutes=int(unnamed) + int(named_minutes),
        volunteers_count=int(volunteers),
        participants=int(participants) + int(named_participants),
        first_date=min(firsts) if firsts else None,
        last_date=max(lasts) if lasts else None,
    )


def list_imports(db: Database) -> list[ImportEntry]:
    with db.reading() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT id, file_name, sha256, imported_at, rows_read, totals_json, deleted_at"
            " FROM import_record ORDER BY imported_at DESC, created_at DESC"
        )
        return [
            ImportEntry(
                id=uuid.UUID(id_hex),
                file_name=name,
                sha256=sha,
                imported_at=datetime.strptime(at, _STAMP).replace(tzinfo=UTC),
                rows_read=int(rows_read),
                totals=ImportTotals.from_json(totals),
                removed=deleted is not None,
            )
            for id_hex, name, sha, at, rows_read, totals, deleted in rows.all()
        ]


@dataclass
class RemovedWords:
    """What removing an import took off the file and Undo puts back: the activities'
    titles, places and notes and the people's names, which may name people; kept in
    memory only, as deleting an activity does."""

    activities: list[tuple[str, str, str, str]]  # id, title, location, notes
    people: list[tuple[str, str]]  # id, name


def _clear_words(tx: Transaction, import_id: uuid.UUID) -> RemovedWords:
    conn = tx.session.connection()
    params = {"id": import_id.hex, "erased": ERASED_NAME}
    activities = [
        (str(i), t, loc, n)
        for i, t, loc, n in conn.execute(
            text(
                "SELECT id, title, location, notes FROM activity WHERE import_id = :id"
                " AND deleted_at IS NOT NULL AND (title != '' OR location != '' OR notes != '')"
                " AND deleted_at = (SELECT deleted_at FROM import_record WHERE id = :id)"
            ),
            params,
        )
    ]
    people = [
        (str(i), name)
        for i, name in conn.execute(
            text(
                "SELECT id, display_name FROM person WHERE import_id = :id"
                " AND deleted_at = (SELECT deleted_at FROM import_record WHERE id = :id)"
            ),
            params,
        )
    ]
    conn.execute(
        text(
            "UPDATE activity SET title = '', location = '', notes = '', search_text = ''"
            " WHERE import_id = :id AND deleted_at = (SELECT deleted_at FROM import_record"
            " WHERE id = :id)"
        ),
        params,
    )
    conn.execute(
        text(
            "UPDATE person SET display_name = :erased, search_key = '' WHERE import_id = :id"
            " AND deleted_at = (SELECT deleted_at FROM import_record WHERE id = :id)"
        ),
        params,
    )
    return RemovedWords(activities, people)


def _put_back_words(tx: Transaction, words: RemovedWords) -> None:
    conn = tx.session.connection()
    for activity_id, title, location, notes in words.activities:
        conn.execute(
            text(
                "UPDATE activity SET title = :t, location = :l, notes = :n, search_text = :s"
                " WHERE id = :id"
            ),
            {
                "id": activity_id, "t": title, "l": location, "n": notes,
                "s": activity_search_text(title, location, notes),
            },
        )  # fmt: skip
    for person_id, name in words.people:
        conn.execute(
            text("UPDATE person SET display_name = :n, search_key = :k WHERE id = :id"),
            {"id": person_id, "n": name, "k": search_key(name)},
        )


def remove_import(tx: Transaction, import_id: uuid.UUID) -> tuple[set[uuid.UUID], RemovedWords]:
    """Soft-delete everything the import created, clearing its words off the file; returns
    the saved activities (not the import's own) that lost attendances, for the caller to
    recount, and the words, for Undo."""
    conn = tx.session.connection()
    now = _stamp(tx.now)
    params = {"id": import_id.hex, "now": now, "hlc": tx.stamp()}
    touched = (
        conn.execute(
            text(
                "SELECT DISTINCT p.activity_id FROM participation p JOIN activity a"
                " ON a.id = p.activity_id WHERE p.import_id = :id AND p.deleted_at IS NULL"
                " AND (a.import_id IS NULL OR a.import_id != :id)"
            ),
            params,
        )
        .scalars()
        .all()
    )
    for table, which in (("participation", _ITS_PARTICIPATIONS), ("activity", "import_id = :id")):
        conn.execute(
            text(
                f"UPDATE {table} SET deleted_at = :now, updated_at = :now, hlc = :hlc"
                f" WHERE {which} AND deleted_at IS NULL"
            ),
            params,
        )
    # The people and types it created, unless something else now uses them (a person
    # logged again by hand since, a type chosen for a new activity).
    conn.execute(
        text(
            "UPDATE person SET deleted_at = :now, updated_at = :now, hlc = :hlc"
            " WHERE import_id = :id AND deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM"
            " participation p WHERE p.person_id = person.id AND p.deleted_at IS NULL)"
        ),
        params,
    )
    conn.execute(
        text(
            "UPDATE activity_type SET deleted_at = :now, updated_at = :now, hlc = :hlc"
            " WHERE import_id = :id AND deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM"
            " activity a WHERE a.activity_type_id = activity_type.id AND a.deleted_at IS NULL)"
        ),
        params,
    )
    conn.execute(
        text(
            "UPDATE import_record SET deleted_at = :now, updated_at = :now, hlc = :hlc"
            " WHERE id = :id"
        ),
        params,
    )
    return {uuid.UUID(a) for a in touched}, _clear_words(tx, import_id)


def restore_import(
    tx: Transaction, import_id: uuid.UUID, words: RemovedWords | None = None
) -> set[uuid.UUID]:
    """Bring back what removing an import took away (the rows removed at that moment);
    returns the saved activities that get attendances back, for the caller to recount."""
    conn = tx.session.connection()
    removed_at = conn.execute(
        text("SELECT deleted_at FROM import_record WHERE id = :id"), {"id": import_id.hex}
    ).scalar_one_or_none()
    if removed_at is None:
        return set()
    params = {"id": import_id.hex, "at": removed_at, "now": _stamp(tx.now), "hlc": tx.stamp()}
    for table, which in (
        ("activity_type", "import_id = :id"),
        ("person", "import_id = :id"),
        ("activity", "import_id = :id"),
        ("participation", _ITS_PARTICIPATIONS),
        ("import_record", "id = :id"),
    ):
        conn.execute(
            text(
                f"UPDATE {table} SET deleted_at = NULL, updated_at = :now, hlc = :hlc"
                f" WHERE {which} AND deleted_at = :at"
            ),
            params,
        )
    touched = (
        conn.execute(
            text(
                "SELECT DISTINCT p.activity_id FROM participation p JOIN activity a"
                " ON a.id = p.activity_id WHERE p.import_id = :id AND p.deleted_at IS NULL"
                " AND (a.import_id IS NULL OR a.import_id != :id)"
            ),
            params,
        )
        .scalars()
        .all()
    )
    if words is not None:
        _put_back_words(tx, words)
    return {uuid.UUID(a) for a in touched}
