"""The first screens' queries stay on their indexes (issue 21): the Log page's counts, the
sessions to confirm and the Activities page's count and first page never go back to reading
the whole table. Each query is caught as the app runs it, and SQLite's plan for it checked."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from volunteer_app.domain.activity import ActivityFilter
from volunteer_app.storage import activity_query, group_repo, series_repo
from volunteer_app.storage.database import Database

BARE_SCAN = re.compile(r"^SCAN (\w+)$")  # the whole table, row by row


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "db.sqlite3", tmp_path / "backups")
    yield database
    database.close()


def _plans(db: Database, run: Callable[[], object]) -> list[tuple[str, list[str]]]:
    """Each SELECT the call ran, with the detail lines of SQLite's plan for it."""
    seen: list[tuple[str, Any]] = []

    def catch(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", catch)
    try:
        run()
    finally:
        event.remove(db.engine, "before_cursor_execute", catch)
    with db.engine.connect() as conn:
        return [
            (sql, [str(row[3]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", p)])
            for sql, p in seen
        ]


def _check(plans: list[tuple[str, list[str]]], index: str, index_only: bool = False) -> None:
    assert plans
    for sql, details in plans:
        scans = [d for d in details if BARE_SCAN.match(d)]
        assert not scans, f"{sql}\n reads the whole table: {details}"
    wanted = f"COVERING INDEX {index}" if index_only else index
    assert any(wanted in d for _, details in plans for d in details), plans


def test_the_home_counts_read_only_their_indexes(db: Database) -> None:
    plans = _plans(db, lambda: group_repo.headline_counts(db))
    _check(plans, "ix_activity_live_date", index_only=True)
    _check(plans, "ix_person_live", index_only=True)


def test_the_activities_count_and_first_page_follow_the_date_index(db: Database) -> None:
    everything = ActivityFilter()
    counted = _plans(db, lambda: activity_query.count_activities(db, everything))
    _check(counted, "ix_activity_live_date", index_only=True)
    plans = _plans(db, lambda: activity_query.list_activities(db, everything))
    _check(plans, "ix_activity_live_date")
    # Newest first straight from the index: no sort of the whole table for 200 rows.
    assert not any("TEMP B-TREE" in d for _, details in plans for d in details), plans


def test_the_sessions_to_confirm_read_only_their_indexes(db: Database) -> None:
    series = uuid.uuid4()
    plans = _plans(db, lambda: series_repo.done_dates(db, series))
    _check(plans, "ix_activity_live_series", index_only=True)
    _check(plans, "ix_series_skip_live", index_only=True)
    _check(_plans(db, lambda: series_repo.last_of_series(db, series)), "ix_activity_live_series")
