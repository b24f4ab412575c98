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
    rng = random.Random(seed)
    now = timestamp_text(datetime.now().astimezone())
    stamp = {"created_at": now, "updated_at": now, "deleted_at": None, "hlc": ""}

    def uid() -> str:
        return uuid.UUID(int=rng.getrandbits(128), version=4).hex

    type_ids = [t["id"].hex for t in types]
    type_index = {t["id"]: i for i, t in enumerate(types)}
    projects, defaults, tags, outputs, shown, amounts = [], [], [], [], [], []
    for name, funder, back, length, covered in _PROJECTS:
        start = date(until.year - back, until.month, 1)
        end = date(start.year + length, start.month, 1).toordinal() - 1
        project_id = uid()
        projects.append(
            {
                "id": project_id,
                "name": name,
                "search_key": name.casefold(),
                "funder": funder,
                "start_date": start.isoformat(),
                "end_date": date.fromordinal(end).isoformat(),
                **stamp,
            }
        )
        for i in covered:
            defaults.append(
                {
                    "id": uid(),
                    "project_id": project_id,
                    "activity_type_id": type_ids[i],
                    "series_id": None,
                    **stamp,
                }
            )
        for a in acts:
            day = a["activity_date"]
            if (
                type_index[a["activity_type_id"]] in covered
                and start.toordinal() <= day.toordinal() <= end
            ):
                tags.append(
                    {"id": uid(), "activity_id": a["id"].hex, "project_id": project_id, **stamp}
                )
    for name, name_cy, i, (low, high) in _OUTPUTS:
        output_id = uid()
        outputs.append(
            {
                "id": output_id,
                "name": name,
                "name_cy": name_cy,
                "search_key": name.casefold(),
                **stamp,
            }
        )
        shown.append(
            {"id": uid(), "output_id": output_id, "activity_type_id": type_ids[i], **stamp}
        )
        for a in acts:
            if a["activity_type_id"].hex == type_ids[i]:
                amounts.append(
                    {
                        "id": uid(),
                        "activity_id": a["id"].hex,
                        "output_id": output_id,
                        "amount": rng.randint(low, high),
                        **stamp,
                    }
                )
    for table, rows in (
        ("project", projects),
        ("project_default", defaults),
        ("activity_project", tags),
        ("output_measure", outputs),
        ("output_type", shown),
        ("activity_output", amounts),
    ):
        _insert(tx, table, rows)
    return len(projects), len(outputs)
