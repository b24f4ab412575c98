"""An activity's extras (event pulse, output amounts, projects), read with it and written in
its transaction. Only what differs is written: saving untouched changes nothing."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from sqlalchemy import text
from sqlalchemy.engine import Connection

from volunteer_app.domain.activity_extras import ActivityExtras
from volunteer_app.storage.community import pulse_repo
from volunteer_app.storage.database import Transaction
from volunteer_app.storage.funding.funding_repo import insert_row, retire_rows

_OUTPUTS = text(
    "SELECT output_id, amount FROM activity_output WHERE activity_id = :a AND deleted_at IS NULL"
)
_PROJECTS = text(
    "SELECT DISTINCT project_id FROM activity_project WHERE activity_id = :a"
    " AND deleted_at IS NULL ORDER BY project_id"
)


def _outputs(conn: Connection, activity_id: uuid.UUID) -> dict[str, int]:
    return {str(o): int(n) for o, n in conn.execute(_OUTPUTS, {"a": activity_id.hex})}


def _projects(conn: Connection, activity_id: uuid.UUID) -> tuple[str, ...]:
    return tuple(str(p) for (p,) in conn.execute(_PROJECTS, {"a": activity_id.hex}))


def read_extras(conn: Connection, activity_id: uuid.UUID) -> ActivityExtras:
    """Every part filled: an activity without a pulse has an empty tally."""
    return ActivityExtras(
        pulse_repo.tally_on(conn, activity_id),
        _outputs(conn, activity_id),
        _projects(conn, activity_id),
    )


def save_extras(tx: Transaction, activity_id: uuid.UUID, extras: ActivityExtras) -> bool:
    """Write the parts given (validated by the caller) where they differ; True if any did."""
    conn = tx.session.connection()
    changed = False
    if extras.pulse is not None and extras.pulse != pulse_repo.tally_on(conn, activity_id):
        pulse_repo.put_tally(tx, activity_id, extras.pulse)
        changed = True
    if extras.outputs is not None:
        changed = _save_outputs(tx, activity_id, extras.outputs) or changed
    if extras.projects is not None:
        changed = _save_projects(tx, activity_id, extras.projects) or changed
    return changed


def _save_outputs(tx: Transaction, activity_id: uuid.UUID, amounts: Mapping[str, int]) -> bool:
    held = _outputs(tx.session.connection(), activity_id)
    wanted = {k: v for k, v in amounts.items() if v}
    changed = False
    for output_id in held.keys() | wanted.keys():
        if held.get(output_id) == wanted.get(output_id):
            continue
        changed = True
        where = {"a": activity_id.hex, "o": output_id}
        retire_rows(tx, "activity_output", "activity_id = :a AND output_id = :o", where)
        if output_id in wanted:
            insert_row(
                tx,
                "activity_output",
                {
                    "activity_id": activity_id.hex,
                    "output_id": output_id,
                    "amount": wanted[output_id],
                },
            )
    return changed


def _save_projects(tx: Transaction, activity_id: uuid.UUID, project_ids: tuple[str, ...]) -> bool:
    held = set(_projects(tx.session.connection(), activity_id))
    wanted = set(project_ids)
    for project_id in sorted(held - wanted):
        where = {"a": activity_id.hex, "p": project_id}
        retire_rows(tx, "activity_project", "activity_id = :a AND project_id = :p", where)
    for project_id in sorted(wanted - held):
        insert_row(
            tx, "activity_project", {"activity_id": activity_id.hex, "project_id": project_id}
        )
    return held != wanted
