"""The unrounded place-type and pulse facts of one period (summary 1.1, Reports)."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import TextClause, text
from sqlalchemy.engine import Connection

from volunteer_app.domain.periods import Period
from volunteer_app.domain.pulse.tally import CARD_STATEMENTS
from volunteer_app.domain.summary import PlaceFacts
from volunteer_app.storage.database import Database
from volunteer_app.storage.funding.project_filter import with_project

# An activity's place type: its place's, or "not known" (no place, or never typed).
_BY_PLACE_SQL = """
WITH acts AS (
    SELECT a.id, a.kind, a.participants_count,
           coalesce(pl.place_type, 'not_known') AS place_type
    FROM activity a LEFT JOIN place pl ON pl.name = a.location
    WHERE a.deleted_at IS NULL AND a.activity_date BETWEEN :start AND :end{project}
)
SELECT acts.place_type,
       sum(acts.kind = 'group_activity'),
       sum(acts.participants_count) + coalesce(sum((
           SELECT count(*) FROM participation p
           WHERE p.activity_id = acts.id AND p.deleted_at IS NULL AND p.role = 'participant'
       )), 0)
FROM acts GROUP BY acts.place_type
"""

_PULSE_SQL = f"""
SELECT coalesce(sum(pu.cards), 0),
       {", ".join(f"coalesce(sum(pu.{s}_agree), 0)" for s in CARD_STATEMENTS)},
       coalesce(sum(pu.all_three), 0)
FROM activity_pulse pu JOIN activity a ON a.id = pu.activity_id
WHERE a.deleted_at IS NULL AND a.activity_date BETWEEN :start AND :end{{project}}
"""


def _sql(template: str, project_id: str | None) -> TextClause:
    """Reports can show one project's activities only (the CVC summary never does)."""
    return text(with_project(template, project_id))


_BY_PLACE = _sql(_BY_PLACE_SQL, None)
_PULSE = _sql(_PULSE_SQL, None)


def place_facts(
    conn: Connection, params: Mapping[str, str | None], project_id: str | None = None
) -> dict[str, PlaceFacts]:
    query = _sql(_BY_PLACE_SQL, project_id) if project_id else _BY_PLACE
    return {
        str(code): PlaceFacts(int(events or 0), int(participants or 0))
        for code, events, participants in conn.execute(query, params)
    }


def pulse_facts(
    conn: Connection, params: Mapping[str, str | None], project_id: str | None = None
) -> tuple[int, dict[str, int]]:
    """(cards, agrees by statement code with ``sense_of_community``) for the period."""
    query = _sql(_PULSE_SQL, project_id) if project_id else _PULSE
    row = conn.execute(query, params).one()
    cards, *agrees, all_three = (int(v) for v in row)
    by_code = dict(zip(CARD_STATEMENTS, agrees, strict=True))
    by_code["sense_of_community"] = all_three
    return cards, by_code


def community_facts(
    db: Database, period: Period, project_id: str | None = None
) -> tuple[dict[str, PlaceFacts], int, dict[str, int]]:
    """By place type, cards, and agrees by statement, for Reports (one read), over every
    activity or the project's only."""
    params = {
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "project": project_id,
    }
    with db.reading() as session:
        conn = session.connection()
        places = place_facts(conn, params, project_id)
        cards, agrees = pulse_facts(conn, params, project_id)
    return places, cards, agrees
