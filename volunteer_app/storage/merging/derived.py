"""After a merge, what every write keeps up to date is worked out again, for what the merge
changed only: participations' copy of their activity's date, activities' search text, and
their counts (named people, volunteering minutes) through activity_repo's own recount."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy.engine import Connection

from volunteer_app.domain.search import activity_search_text
from volunteer_app.storage.activity_repo import recount
from volunteer_app.storage.database import Transaction
from volunteer_app.storage.merging.plan import MergePlan

_TEXTS = {"title", "location", "notes", "deleted_at"}
_COUNTED = {"volunteers_count", "duration_minutes", "unnamed_minutes", "deleted_at"}


@dataclass
class Touched:
    # New lines take their activity's date as they go in (apply.py); these are the rows
    # already here whose copy may now be wrong.
    redated: set[str] = field(default_factory=set)  # activities here whose date moved
    lines: set[str] = field(default_factory=set)  # lines here moved to another activity
    texts: set[str] = field(default_factory=set)  # activities to search again
    counted: set[str] = field(default_factory=set)  # activities to recount


def touched_by(conn: Connection, plan: MergePlan) -> Touched:
    touched = Touched()
    activities = plan.by_name("activity")
    for rid, o in activities.outcomes.items() if activities else ():
        if not o.new and "activity_date" in o.changed:  # a new one's lines are all new
            touched.redated.add(rid)
        if o.new or _TEXTS & set(o.changed):
            touched.texts.add(rid)
        if o.new or _COUNTED & set(o.changed):
            touched.counted.add(rid)
    parts = plan.by_name("participation")
    if parts is not None:
        for rid, o in parts.outcomes.items():
            if o.new or o.changed:
                if not o.new and "activity_id" in o.changed:
                    touched.lines.add(rid)
                touched.counted.add(str(parts.theirs[rid].values["activity_id"]))
                if rid in parts.mine:
                    touched.counted.add(str(parts.mine[rid].values["activity_id"]))
    people = plan.by_name("person")
    gone = [r for r, o in people.outcomes.items() if "deleted_at" in o.changed] if people else []
    if gone:
        touched.counted.update(
            str(r[0])
            for r in conn.exec_driver_sql(
                "SELECT DISTINCT activity_id FROM participation"
                " WHERE person_id IN (SELECT value FROM json_each(?))",
                (json.dumps(gone),),
            )
        )
    return touched


def _ids(values: Iterable[str]) -> tuple[str]:
    return (json.dumps(sorted(values)),)


def rework_derived(tx: Transaction, touched: Touched) -> None:
    conn = tx.session.connection()
    date_of = (
        "UPDATE participation SET activity_date = (SELECT a.activity_date FROM activity a"
        " WHERE a.id = participation.activity_id) WHERE "
    )
    if touched.redated:
        conn.exec_driver_sql(
            date_of + "activity_id IN (SELECT value FROM json_each(?))", _ids(touched.redated)
        )
    if touched.lines:
        conn.exec_driver_sql(
            date_of + "id IN (SELECT value FROM json_each(?))", _ids(touched.lines)
        )
    if touched.texts:
        rows = conn.exec_driver_sql(
            "SELECT id, title, location, notes, deleted_at FROM activity"
            " WHERE id IN (SELECT value FROM json_each(?))",
            _ids(touched.texts),
        ).fetchall()
        conn.exec_driver_sql(
            "UPDATE activity SET search_text = ? WHERE id = ?",
            [("" if r[4] else activity_search_text(r[1], r[2], r[3]), r[0]) for r in rows],
        )
    recount(tx, {uuid.UUID(hex=r) for r in touched.counted})
