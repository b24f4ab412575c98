"""The event pulse of one activity: one row of tallies, never anything per person."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import text
from sqlalchemy.engine import Connection

from volunteer_app.domain.pulse import ANSWERS, CARD_STATEMENTS, PulseTally
from volunteer_app.storage.database import Database, Transaction
from volunteer_app.storage.types import timestamp_text

COUNT_COLUMNS = tuple(f"{s}_{a.value}" for s in CARD_STATEMENTS for a in ANSWERS)
_COLUMNS = ("cards", *COUNT_COLUMNS, "all_three")

_GET = text(f"SELECT {', '.join(_COLUMNS)} FROM activity_pulse WHERE activity_id = :id")
_PUT = text(f"""
INSERT INTO activity_pulse (activity_id, {", ".join(_COLUMNS)}, updated_at)
VALUES (:id, {", ".join(":" + c for c in _COLUMNS)}, :now)
ON CONFLICT(activity_id) DO UPDATE SET
{", ".join(f"{c} = excluded.{c}" for c in _COLUMNS)}, updated_at = excluded.updated_at
""")
_DELETE = text("DELETE FROM activity_pulse WHERE activity_id = :id")


def _now() -> str:
    return timestamp_text(datetime.now(UTC))


def tally_from_row(row: tuple[int, ...]) -> PulseTally:
    values = dict(zip(_COLUMNS, (int(v) for v in row), strict=True))
    counts = {s: {a: values[f"{s}_{a.value}"] for a in ANSWERS} for s in CARD_STATEMENTS}
    return PulseTally(values["cards"], counts, values["all_three"])


def tally_on(conn: Connection, activity_id: uuid.UUID) -> PulseTally:
    row = conn.execute(_GET, {"id": activity_id.hex}).first()
    return PulseTally() if row is None else tally_from_row(tuple(row))


def get_tally(db: Database, activity_id: uuid.UUID) -> PulseTally:
    with db.reading() as session:
        return tally_on(session.connection(), activity_id)


def get_tally_in(tx: Transaction, activity_id: uuid.UUID) -> PulseTally:
    return tally_on(tx.session.connection(), activity_id)


def put_tally(tx: Transaction, activity_id: uuid.UUID, tally: PulseTally) -> None:
    """Stores the tallies (validated by the caller); an empty pulse removes the row."""
    conn = tx.session.connection()
    if tally.is_empty:
        conn.execute(_DELETE, {"id": activity_id.hex})
        return
    params: dict[str, object] = {"id": activity_id.hex, "now": _now()}
    params["cards"] = tally.cards
    params["all_three"] = tally.all_three
    for s in CARD_STATEMENTS:
        for a in ANSWERS:
            params[f"{s}_{a.value}"] = tally.count(s, a)
    conn.execute(_PUT, params)


def all_tallies(db: Database) -> dict[str, PulseTally]:
    """Every pulse, by activity id (hex): the full export's columns."""
    query = text(f"SELECT activity_id, {', '.join(_COLUMNS)} FROM activity_pulse")
    with db.reading() as session:
        rows = session.connection().execute(query).all()
    return {str(r[0]): tally_from_row(tuple(r[1:])) for r in rows}


def activity_exists(db: Database, activity_id: uuid.UUID) -> bool:
    with db.reading() as session:
        found = (
            session.connection()
            .exec_driver_sql(
                "SELECT 1 FROM activity WHERE id = ? AND deleted_at IS NULL", (activity_id.hex,)
            )
            .first()
        )
    return found is not None


def insert_tallies(tx: Transaction, tallies: list[tuple[uuid.UUID, PulseTally]]) -> None:
    """Many new pulses at once (demo data): one executemany."""
    now = _now()
    rows = []
    for activity_id, tally in tallies:
        params: dict[str, object] = {"id": activity_id.hex, "now": now}
        params["cards"], params["all_three"] = tally.cards, tally.all_three
        for s in CARD_STATEMENTS:
            for a in ANSWERS:
                params[f"{s}_{a.value}"] = tally.count(s, a)
        rows.append(params)
    if rows:
        tx.session.connection().execute(_PUT, rows)
