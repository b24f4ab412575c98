"""Merging a co-coordinator's file of 50,000 changes into the large demo data, against
sqlite3 executemany writing the same rows into a copy of the same file.

The file holds what a second laptop would send after a busy while: 5,000 new activities
with 40,000 attendance lines of people already known, and 5,000 activities edited (notes
changed, stamped later than this laptop's). The app's figure is the whole bring-in: read,
decrypt, check, safety copy, plan against this laptop's rows, write, recount; the floor
writes the same rows with executemany and nothing else.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

NEW_ACTIVITIES = 5_000
LINES_EACH = 8
EDITED = 5_000
STAMP = "002000000000000-00000-benchsite"
NOW = "2026-03-31T12:00:00.000000Z"
PASS = "bench passphrase"


def _changes(db_path: Path) -> dict[str, Any]:
    """The file's content, in the change file's own layout."""
    from volunteer_app.storage.merging.changes import columns_of
    from volunteer_app.storage.merging.tables import BY_NAME

    conn = sqlite3.connect(db_path)
    kind = conn.execute("SELECT id FROM activity_type LIMIT 1").fetchone()[0]
    people = [r[0] for r in conn.execute("SELECT id FROM person LIMIT 400")]
    edited = conn.execute(
        f"SELECT {', '.join(columns_of(BY_NAME['activity']))} FROM activity LIMIT {EDITED}"
    ).fetchall()
    conn.close()
    act_cols = columns_of(BY_NAME["activity"])
    part_cols = columns_of(BY_NAME["participation"])
    activities, parts = [], []
    for n in range(NEW_ACTIVITIES):
        values = dict.fromkeys(act_cols)
        activity_id = uuid.uuid4().hex
        values.update(
            id=activity_id, hlc=STAMP, updated_at=NOW, created_at=NOW,
            activity_date=f"2026-03-{1 + n % 28:02d}", activity_type_id=kind,
            title=f"Session {n}", duration_minutes=120, location="Neuadd",
            kind="group_activity", volunteers_count=2, participants_count=5, notes="",
        )  # fmt: skip
        activities.append([values[c] for c in act_cols])
        for i in range(LINES_EACH):
            line = dict.fromkeys(part_cols)
            line.update(
                id=uuid.uuid4().hex, hlc=STAMP, updated_at=NOW, created_at=NOW,
                activity_id=activity_id, person_id=people[(n + i * 37) % len(people)],
                role="volunteer", minutes=120,
            )  # fmt: skip
            parts.append([line[c] for c in part_cols])
    stamps = []
    notes_at = act_cols.index("notes")
    for row in edited:
        changed = list(row)
        changed[notes_at] = "Tea and cake afterwards"
        changed[act_cols.index("hlc")] = STAMP
        activities.append(changed)
        stamps.append([row[0], "notes", STAMP])
    return {
        "tables": {
            "activity": {"columns": act_cols, "rows": activities, "stamps": stamps},
            "participation": {"columns": part_cols, "rows": parts, "stamps": []},
        },
        "keyed": {},
    }


def floor_merge(db_path: Path, content: dict[str, Any]) -> float:
    """The same rows written with executemany: inserts, and the edited activities' notes."""
    acts = content["tables"]["activity"]
    parts = content["tables"]["participation"]
    act_cols, part_cols = acts["columns"], parts["columns"]
    new = acts["rows"][:NEW_ACTIVITIES]
    edits = acts["rows"][NEW_ACTIVITIES:]
    notes_at = act_cols.index("notes")
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    start = time.perf_counter()
    with conn:
        conn.executemany(
            f"INSERT INTO activity ({', '.join(act_cols)})"
            f" VALUES ({', '.join('?' for _ in act_cols)})",
            new,
        )
        conn.executemany(
            f"INSERT INTO participation ({', '.join(part_cols)})"
            f" VALUES ({', '.join('?' for _ in part_cols)})",
            parts["rows"],
        )
        conn.executemany(
            "UPDATE activity SET notes = ?, hlc = ? WHERE id = ?",
            [(row[notes_at], STAMP, row[0]) for row in edits],
        )
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def app_merge(home: Path, source: Path) -> tuple[float, float]:
    """The whole bring-in; and the merge's own transaction (plan, write, recount) alone."""
    from volunteer_app.paths import AppPaths
    from volunteer_app.services.context import open_services
    from volunteer_app.services.merging.file_format import open_file
    from volunteer_app.storage.merging.apply import apply_merge, plan_merge

    services = open_services(AppPaths.under(home))
    try:
        start = time.perf_counter()
        services.merging.bring_in(source, PASS)
        whole = time.perf_counter() - start
    finally:
        services.close()
    shutil.rmtree(home)
    shutil.copytree(source.parent / "pristine", home)
    services = open_services(AppPaths.under(home))
    try:
        content = open_file(source.read_bytes(), PASS).content
        start = time.perf_counter()
        with services.database.transaction() as tx:
            plan = plan_merge(tx.session.connection(), content["tables"], content["keyed"])
            apply_merge(tx, plan)
        return whole, time.perf_counter() - start
    finally:
        services.close()


def merge_figures(runs: int, large_home: Path) -> list[dict[str, object]]:
    from volunteer_app.services.merging.file_format import seal
    from volunteer_app.storage.migrations import LATEST_VERSION

    database = large_home / "volunteering.sqlite3"
    content = _changes(database)
    conn = sqlite3.connect(database)
    group = conn.execute("SELECT group_id FROM group_settings").fetchone()[0]
    conn.close()
    header = {"schema": LATEST_VERSION, "group_id": group, "site_id": "benchsite"}
    whole_times, merge_times, floor_times = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        source = base / "bench.changes"
        source.write_bytes(seal(header, content, PASS))
        shutil.copytree(large_home, base / "pristine", ignore=shutil.ignore_patterns("backups"))
        for n in range(runs):
            home = base / f"app{n}"
            shutil.copytree(base / "pristine", home)
            whole, merge = app_merge(home, source)
            whole_times.append(whole)
            merge_times.append(merge)
            floor_home = base / f"floor{n}"
            shutil.copytree(base / "pristine", floor_home)
            floor_times.append(floor_merge(floor_home / "volunteering.sqlite3", content))
            shutil.rmtree(home)
            shutil.rmtree(floor_home)
    floor = statistics.median(floor_times)
    return [
        {
            "figure": name,
            "seconds": statistics.median(times),
            "floor_seconds": floor,
            "ratio": statistics.median(times) / floor,
            "goal": 3.0,
            "samples": times,
            "floor_samples": floor_times,
        }
        for name, times in (
            ("merge 50,000 changes, large: whole bring-in", whole_times),
            ("merge 50,000 changes, large: the transaction", merge_times),
        )
    ]


if __name__ == "__main__":
    import sys

    for figure in merge_figures(int(sys.argv[2]) if len(sys.argv) > 2 else 3, Path(sys.argv[1])):
        print({k: v for k, v in figure.items() if "samples" not in k})
