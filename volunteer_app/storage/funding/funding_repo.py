"""Projects, output counters, and what each activity is tagged with."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import text

from volunteer_app.domain.funding.values import OutputInfo, ProjectInfo
from volunteer_app.storage.database import Database, Transaction
from volunteer_app.storage.types import timestamp_text


def _stamps(tx: Transaction) -> dict[str, Any]:
    now = timestamp_text(tx.now)
    return {"created_at": now, "updated_at": now, "hlc": tx.stamp()}


def insert_row(tx: Transaction, table: str, values: Mapping[str, Any]) -> str:
    row = {"id": uuid.uuid4().hex, **values, **_stamps(tx)}
    columns = ", ".join(row)
    marks = ", ".join(f":{c}" for c in row)
    tx.session.connection().execute(text(f"INSERT INTO {table} ({columns}) VALUES ({marks})"), row)
    return str(row["id"])


def retire_rows(tx: Transaction, table: str, where: str, params: Mapping[str, Any]) -> None:
    """Tombstones, never deletes: a laptop merging later learns the row went."""
    now = timestamp_text(tx.now)
    tx.session.connection().execute(
        text(
            f"UPDATE {table} SET deleted_at = :now, updated_at = :now, hlc = :hlc"
            f" WHERE deleted_at IS NULL AND {where}"
        ),
        {**params, "now": now, "hlc": tx.stamp()},
    )


def add_project(tx: Transaction, name: str, funder: str, start: date, end: date | None) -> str:
    return insert_row(
        tx,
        "project",
        {
            "name": name,
            "search_key": name.casefold(),
            "funder": funder,
            "start_date": start.isoformat(),
            "end_date": end.isoformat() if end else None,
        },
    )


def _grouped(conn: Any, sql: str) -> dict[str, list[str]]:
    """(owner, value) rows as each owner's list of values, in the rows' order."""
    found: dict[str, list[str]] = {}
    for owner, value in conn.execute(text(sql)):
        found.setdefault(str(owner), []).append(str(value))
    return found


def list_projects(db: Database) -> list[ProjectInfo]:
    with db.reading() as session:
        conn = session.connection()
        # Live types only, as the window lists them: a link to a type since deleted stays
        # in the file, untouched by saves of the project.
        joined = _grouped(
            conn,
            "SELECT d.project_id, d.activity_type_id FROM project_default d"
            " JOIN activity_type t ON t.id = d.activity_type_id AND t.deleted_at IS NULL"
            " WHERE d.deleted_at IS NULL",
        )
        rows = conn.execute(
            text(
                "SELECT id, name, funder, start_date, end_date FROM project"
                " WHERE deleted_at IS NULL ORDER BY start_date DESC, search_key"
            )
        )
        return [
            ProjectInfo(
                str(r[0]),
                str(r[1]),
                str(r[2]),
                date.fromisoformat(r[3]),
                date.fromisoformat(r[4]) if r[4] else None,
                tuple(sorted(set(joined.get(str(r[0]), ())))),
            )
            for r in rows
        ]


def tag_activity(tx: Transaction, activity_id: str, project_ids: tuple[str, ...]) -> None:
    """The activity belongs to exactly these projects from now on."""
    retire_rows(tx, "activity_project", "activity_id = :a", {"a": activity_id})
    for project_id in dict.fromkeys(project_ids):
        insert_row(tx, "activity_project", {"activity_id": activity_id, "project_id": project_id})


def activity_projects(db: Database, activity_id: str) -> list[str]:
    with db.reading() as session:
        rows = session.connection().execute(
            text(
                "SELECT project_id FROM activity_project"
                " WHERE activity_id = :a AND deleted_at IS NULL"
            ),
            {"a": activity_id},
        )
        return [str(r[0]) for r in rows]


def set_default(tx: Transaction, project_id: str, column: str, owner_id: str) -> None:
    """The project an activity of this type (or series) joins when logged."""
    assert column in ("activity_type_id", "series_id")  # a fixed name, never user text
    retire_rows(tx, "project_default", f"{column} = :o", {"o": owner_id})
    insert_row(tx, "project_default", {"project_id": project_id, column: owner_id})


def default_projects(
    db: Database, type_id: str, series_id: str | None, on: date | None = None
) -> list[str]:
    """The series' default if it has one, else the type's; with ``on`` (the activity's
    date) only the projects whose dates cover it: a grant counts its own dates."""
    dated = (
        ""
        if on is None
        else (
            " AND project_id IN (SELECT id FROM project WHERE start_date <= :d"
            " AND (end_date IS NULL OR end_date >= :d))"
        )
    )
    with db.reading() as session:
        conn = session.connection()
        for column, owner in (("series_id", series_id), ("activity_type_id", type_id)):
            if owner is None:
                continue
            rows = conn.execute(
                text(
                    f"SELECT project_id FROM project_default WHERE {column} = :o"
                    " AND deleted_at IS NULL" + dated
                ),
                {"o": owner, "d": on.isoformat() if on else None},
            ).all()
            if rows:
                return [str(r[0]) for r in rows]
    return []


def add_output(tx: Transaction, name: str, name_cy: str, type_ids: tuple[str, ...]) -> str:
    output_id = insert_row(
        tx, "output_measure", {"name": name, "name_cy": name_cy, "search_key": name.casefold()}
    )
    for type_id in dict.fromkeys(type_ids):
        insert_row(tx, "output_type", {"output_id": output_id, "activity_type_id": type_id})
    return output_id


def list_outputs(db: Database) -> list[OutputInfo]:
    with db.reading() as session:
        conn = session.connection()
        shown = _grouped(
            conn,
            "SELECT o.output_id, o.activity_type_id FROM output_type o"
            " JOIN activity_type t ON t.id = o.activity_type_id AND t.deleted_at IS NULL"
            " WHERE o.deleted_at IS NULL",
        )
        rows = conn.execute(
            text(
                "SELECT id, name, name_cy FROM output_measure WHERE deleted_at IS NULL"
                " ORDER BY search_key"
            )
        )
        return [
            OutputInfo(str(r[0]), str(r[1]), str(r[2]), tuple(sorted(shown.get(str(r[0]), []))))
            for r in rows
        ]


def record_outputs(tx: Transaction, activity_id: str, amounts: Mapping[str, int]) -> None:
    """The activity's counts replace what it had (a count left out is no longer held)."""
    retire_rows(tx, "activity_output", "activity_id = :a", {"a": activity_id})
    for output_id, amount in amounts.items():
        insert_row(
            tx,
            "activity_output",
            {"activity_id": activity_id, "output_id": output_id, "amount": amount},
        )


def activity_outputs(db: Database, activity_id: str) -> dict[str, int]:
    with db.reading() as session:
        rows = session.connection().execute(
            text(
                "SELECT output_id, amount FROM activity_output"
                " WHERE activity_id = :a AND deleted_at IS NULL"
            ),
            {"a": activity_id},
        )
        return {str(r[0]): int(r[1]) for r in rows}


def export_tags(db: Database) -> tuple[dict[str, list[str]], dict[tuple[str, str], int]]:
    """For the full export: each activity's project names, and (activity, output) amounts."""
    with db.reading() as session:
        conn = session.connection()
        projects = _grouped(
            conn,
            "SELECT ap.activity_id, p.name FROM activity_project ap"
            " JOIN project p ON p.id = ap.project_id"
            " WHERE ap.deleted_at IS NULL AND p.deleted_at IS NULL ORDER BY p.search_key",
        )
        amounts = {
            (str(r[0]), str(r[1])): int(r[2])
            for r in conn.execute(
                text(
                    "SELECT activity_id, output_id, amount FROM activity_output"
                    " WHERE deleted_at IS NULL"
                )
            )
        }
    return projects, amounts
