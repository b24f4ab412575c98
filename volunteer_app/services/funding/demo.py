"""Plausible projects (grants) and outputs for the sample data, written inside the same
transaction as the activities. Its own random numbers, so the rest of the sample data is
the same with or without it."""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from volunteer_app.storage.database import Transaction
from volunteer_app.storage.types import timestamp_text

# (English, Welsh, index of the sample activity type whose form shows it, range per session)
_OUTPUTS = (
    ("Bags of litter", "Bagiau sbwriel", 0, (3, 25)),
    ("Meals served", "Prydau bwyd", 1, (15, 60)),
    ("Items repaired", "Eitemau wedi'u trwsio", 2, (4, 20)),
)
# (name, funder, years before the last day it starts, length in years, sample type indexes)
_PROJECTS = (
    ("Awards for All", "The National Lottery Community Fund", 2, 2, (0, 2)),
    ("Town council grant", "Town council", 1, 1, (1,)),
)


def _insert(tx: Transaction, table: str, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    tx.session.connection().exec_driver_sql(sql, [tuple(r[c] for c in columns) for r in rows])


def add_demo_funding(
    tx: Transaction,
    types: Sequence[dict[str, Any]],
    acts: Sequence[dict[str, Any]],
    until: date,
    seed: int,
) -> tuple[int, int]:
    """Projects with default types and tagged activities, and outputs with amounts; returns
    how many projects and outputs were added."""
    made = _Rows(random.Random(seed), [t["id"].hex for t in types])
    type_index = {t["id"]: i for i, t in enumerate(types)}
    for name, funder, back, length, covered in _PROJECTS:
        start = date(until.year - back, until.month, 1)
        end = date(start.year + length, start.month, 1).toordinal() - 1
        project_id = made.project(name, funder, start, date.fromordinal(end), covered)
        for a in acts:
            day = a["activity_date"]
            if (
                type_index[a["activity_type_id"]] in covered
                and start.toordinal() <= day.toordinal() <= end
            ):
                made.add("activity_project", activity_id=a["id"].hex, project_id=project_id)
    for name, name_cy, i, (low, high) in _OUTPUTS:
        output_id = made.output(name, name_cy, i)
        for a in acts:
            if a["activity_type_id"].hex == made.type_ids[i]:
                row_id = made.uid()  # drawn before the amount, as the rows always were
                amount = made.rng.randint(low, high)
                made.add(
                    "activity_output",
                    id=row_id,
                    activity_id=a["id"].hex,
                    output_id=output_id,
                    amount=amount,
                )
    for table, rows in made.tables.items():
        _insert(tx, table, rows)
    return len(made.tables["project"]), len(made.tables["output_measure"])


class _Rows:
    """The rows to insert, table by table, with ids from the seeded random numbers."""

    def __init__(self, rng: random.Random, type_ids: list[str]) -> None:
        self.rng, self.type_ids = rng, type_ids
        now = timestamp_text(datetime.now().astimezone())
        self.stamp = {"created_at": now, "updated_at": now, "deleted_at": None, "hlc": ""}
        tables = ("project", "project_default", "activity_project")
        self.tables: dict[str, list[dict[str, Any]]] = {
            name: [] for name in (*tables, "output_measure", "output_type", "activity_output")
        }

    def uid(self) -> str:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4).hex

    def add(self, table: str, **values: Any) -> str:
        """A row, with a new id unless given one."""
        row_id = values.pop("id", None) or self.uid()
        row = {"id": row_id, **values, **self.stamp}
        self.tables[table].append(row)
        return str(row["id"])

    def project(self, name: str, funder: str, start: date, end: date, covered: Any) -> str:
        project_id = self.add(
            "project",
            name=name,
            search_key=name.casefold(),
            funder=funder,
            start_date=start.isoformat(),
            end_date=end.isoformat(),
        )
        for i in covered:
            self.add(
                "project_default",
                project_id=project_id,
                activity_type_id=self.type_ids[i],
                series_id=None,
            )
        return project_id

    def output(self, name: str, name_cy: str, i: int) -> str:
        output_id = self.add(
            "output_measure", name=name, name_cy=name_cy, search_key=name.casefold()
        )
        self.add("output_type", output_id=output_id, activity_type_id=self.type_ids[i])
        return output_id
