from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from volunteer_app.services.context import open_services
from volunteer_app.services.demo_data import SCALES, add_demo_data, default_until
from volunteer_app.storage.database import Database


def _ids(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT id FROM participation ORDER BY id")]


def test_small_scale_is_one_year_of_a_40_person_group(services) -> None:  # type: ignore[no-untyped-def]
    result = add_demo_data(services.database, "small", seed=3, until=date(2026, 9, 30))
    counts = services.group.counts()
    assert (counts.people, counts.activities) == (40, SCALES["small"].activities)
    assert counts.participations == result.participations > 600
    with services.database.engine.connect() as conn:
        first, last = conn.exec_driver_sql(
            "SELECT min(activity_date), max(activity_date) FROM activity"
        ).one()
    assert first >= "2025-10-01" and last <= "2026-09-30"


def test_same_seed_gives_the_same_data(tmp_path: Path) -> None:
    def build(folder: str, seed: int) -> list[str]:
        from volunteer_app.paths import AppPaths

        svc = open_services(AppPaths.under(tmp_path / folder))
        try:
            add_demo_data(svc.database, "small", seed=seed, until=date(2026, 3, 31))
            return _ids(svc.database)
        finally:
            svc.close()

    first = build("a", 7)
    assert build("b", 7) == first
    assert build("c", 8) != first


def test_default_until_is_the_end_of_the_last_complete_quarter() -> None:
    assert default_until(date(2026, 11, 29)) == date(2026, 9, 30)
    assert default_until(date(2026, 1, 1)) == date(2025, 12, 31)


@pytest.mark.slow
def test_large_scale_has_the_promised_sizes(services) -> None:  # type: ignore[no-untyped-def]
    add_demo_data(services.database, "large", seed=1, until=date(2026, 9, 30))
    counts = services.group.counts()
    assert counts.people == 5_000
    assert counts.activities == 50_000
    assert 450_000 <= counts.participations <= 550_000
    assert services.database.integrity_problems(quick=True) == []
