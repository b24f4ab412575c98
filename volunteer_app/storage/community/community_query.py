"""The unrounded place-type and pulse facts of one period (summary 1.1, Reports)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

from volunteer_app.domain.periods import Period
from volunteer_app.domain.pulse.tally import CARD_STATEMENTS
from volunteer_app.domain.summary import PlaceFacts
from volunteer_app.storage.database import Database

# An activity's place type: its place's, or "not known" (no place, or never typed).
_BY_PLACE = text("""
WITH acts AS (
    SELECT a.id, a.kind, a.participants_count,
           coalesce(pl.place_type, 'not_known') AS place_type
    FROM activity a LEFT JOIN place pl ON pl.name = a.location
    WHERE a.deleted_at IS NULL AND a.activity_date BETWEEN :start AND :end
)
SELECT acts.place_type,
       sum(acts.kind = 'group_activity'),
       sum(acts.participants_count) + coalesce(sum((
           SELECT count(*) FROM participation p
           WHERE p.activity_id = acts.id AND p.deleted_at IS NULL AND p.role = 'participant'
       )), 0)
FROM acts GROUP BY acts.place_type
""")

_PULSE = text(f"""
SELECT coalesce(sum(pu.cards), 0),
       {", ".join(f"coalesce(sum(pu.{s}_agree), 0)" for s in CARD_STATEMENTS)},
       coalesce(sum(pu.all_three), 0)
FROM activity_pulse pu JOIN activity a ON a.id = pu.activity_id
WHERE a.deleted_at IS NULL AND a.activity_date BETWEEN :start AND :end
""")


def place_facts(conn: Connection, params: dict[str, str]) -> dict[str, PlaceFacts]:
    return {
        str(code): PlaceFacts(int(events or 0), int(participants or 0))
        for code, events, participants in conn.execute(_BY_PLACE, params)
    }


def pulse_facts(conn: Connection, params: dict[str, str]) -> tuple[int, dict[str, int]]:
    """(cards, agrees by statement code with ``sense_of_community``) for the period."""
    row = conn.execute(_PULSE, params).one()
    cards, *agrees, all_three = (int(v) for v in row)
    by_code = dict(zip(CARD_STATEMENTS, agrees, strict=True))
    by_code["sense_of_community"] = all_three
    return cards, by_code


def community_facts(
    db: Database, period: Period
) -> tuple[dict[str, PlaceFacts], int, dict[str, int]]:
    """By place type, cards, and agrees by statement, for Reports (one read)."""
    params = {"start": period.start.isoformat(), "end": period.end.isoformat()}
    with db.reading() as session:
        conn = session.connection()
        places = place_facts(conn, params)
        cards, agrees = pulse_facts(conn, params)
    return places, cards, agrees
