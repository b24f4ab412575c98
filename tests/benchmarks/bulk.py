"""Bulk-write benchmarks: importing a 100,000-row CSV and making the large demo data, each
against the standard csv module and sqlite3 executemany writing the same rows."""

from __future__ import annotations

import csv
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROWS = 100_000
PER_ACTIVITY = 50


def write_import_file(path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["date", "activity", "person", "minutes"])
        for i in range(ROWS):
            a = i // PER_ACTIVITY
            day = date.fromordinal(date(2025, 1, 1).toordinal() + a % 365)
            person = (i % PER_ACTIVITY) + PER_ACTIVITY * (a % 100)
            writer.writerow([day.isoformat(), f"Session {a // 365}", f"Person {person}", 60])


def _fresh_db(folder: Path) -> Path:
    from volunteer_app.storage.database import Database

    database = Database.open(folder / "volunteering.sqlite3", folder / "backups")
    database.close()
    return folder / "volunteering.sqlite3"


def floor_import(source: Path, db_path: Path) -> None:
    """The least work: read the CSV, make ids, executemany into the same tables."""
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    types: dict[str, str] = {}
    people: dict[str, str] = {}
    activities: dict[tuple[str, str], str] = {}
    type_rows, person_rows, activity_rows, part_rows = [], [], [], []
    with open(source, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        for day, label, name, minutes in reader:
            key = label.casefold()
            if key not in types:
                types[key] = uuid.uuid4().hex
                type_rows.append((types[key], label, key, "other", now, now, ""))
            if name.casefold() not in people:
                people[name.casefold()] = uuid.uuid4().hex
                person_rows.append((people[name.casefold()], name, name.casefold(), now, now, ""))
            akey = (day, key)
            if akey not in activities:
                activities[akey] = uuid.uuid4().hex
                activity_rows.append((activities[akey], day, types[key], now, now, ""))
            part_rows.append(
                (
                    uuid.uuid4().hex,
                    activities[akey],
                    people[name.casefold()],
                    int(minutes),
                    day,
                    now,
                    now,
                    "",
                )
            )
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    with conn:
        conn.executemany(
            "INSERT INTO activity_type (id, label, search_key, code, created_at, "
            "updated_at, hlc) VALUES (?,?,?,?,?,?,?)",
            type_rows,
        )
        conn.executemany(
            "INSERT INTO person (id, display_name, search_key, created_at, "
            "updated_at, hlc) VALUES (?,?,?,?,?,?)",
            person_rows,
        )
        conn.executemany(
            "INSERT INTO activity (id, activity_date, activity_type_id, created_at,"
            " updated_at, hlc) VALUES (?,?,?,?,?,?)",
            activity_rows,
        )
        conn.executemany(
            "INSERT INTO participation (id, activity_id, person_id, minutes, "
            "activity_date, created_at, updated_at, hlc) VALUES (?,?,?,?,?,?,?,?)",
            part_rows,
        )
    conn.close()


def app_import(source: Path, db_path: Path) -> None:
    from volunteer_app.services.importer import ImportService
    from volunteer_app.storage.database import Database

    database = Database.open(db_path, db_path.parent / "backups")
    try:
        ImportService(database).import_file(source)
    finally:
        database.close()


def _sql_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def floor_demo(db_path: Path) -> float:
    """Insert the same generated rows with sqlite3 executemany (generation not timed)."""
    from volunteer_app.services.demo_data import SCALES, _Generator

    gen = _Generator(SCALES["large"], 1, date(2026, 3, 31), "en")
    types = gen.types()
    people, windows = gen.people()
    acts, parts = gen.activities(types, people, windows)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    start = time.perf_counter()
    with conn:
        for table, rows in (
            ("activity_type", types),
            ("person", people),
            ("activity", acts),
            ("participation", parts),
        ):
            columns = list(rows[0])
            conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                f"({', '.join('?' for _ in columns)})",
                [tuple(_sql_value(row[c]) for c in columns) for row in rows],
            )
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def app_demo(home: Path) -> float:
    """The command a user runs, timed as a whole process."""
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "volunteer_app",
            "--data-dir",
            str(home),
            "demo-data",
            "--scale",
            "large",
            "--until",
            "2026-03-31",
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return time.perf_counter() - start


def _timed(work: Callable[[], None]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def bulk_figures(runs: int) -> list[dict[str, object]]:
    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        source = base / "import.csv"
        write_import_file(source)
        app_times, floor_times = [], []
        for n in range(runs):
            app_db = _fresh_db(base / f"a{n}")
            floor_db = _fresh_db(base / f"f{n}")
            app_times.append(_timed(lambda: app_import(source, app_db)))  # noqa: B023
            floor_times.append(_timed(lambda: floor_import(source, floor_db)))  # noqa: B023
        value, floor = statistics.median(app_times), statistics.median(floor_times)
        figures.append(
            {
                "figure": "import 100,000-row CSV",
                "seconds": value,
                "floor_seconds": floor,
                "ratio": value / floor,
                "goal": 2.0,  # issue 14: the totals check included
            }
        )
        demo_runs = max(1, runs // 3)
        app_demo_times = [app_demo(base / f"demo{n}") for n in range(demo_runs)]
        floor_demo_times = [floor_demo(_fresh_db(base / f"demofloor{n}")) for n in range(demo_runs)]
        value, floor = statistics.median(app_demo_times), statistics.median(floor_demo_times)
        figures.append(
            {
                "figure": "demo-data --scale large",
                "seconds": value,
                "floor_seconds": floor,
                "ratio": value / floor,
                "goal": 3.0,
            }
        )
    return figures
