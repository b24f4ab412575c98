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


def _names(db: Database, sql: str) -> set[str]:
    with db.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql(sql)}


def test_welsh_demo_data_reads_in_welsh_and_is_the_same_data(tmp_path: Path) -> None:
    from volunteer_app.paths import AppPaths

    def build(language: str) -> tuple[set[str], set[str], set[str], list[tuple[object, ...]]]:
        svc = open_services(AppPaths.under(tmp_path / language))
        try:
            add_demo_data(svc.database, "small", seed=5, until=date(2026, 3, 31), language=language)
            db = svc.database
            with db.engine.connect() as conn:
                shape = conn.exec_driver_sql(
                    "SELECT activity_date, duration_minutes, volunteers_count, participants_count,"
                    " named_count FROM activity ORDER BY activity_date, start_time, named_count"
                ).fetchall()
            return (
                _names(db, "SELECT label FROM activity_type"),
                _names(db, "SELECT location FROM activity WHERE location != ''"),
                _names(db, "SELECT title FROM activity WHERE title != ''"),
                [tuple(r) for r in shape],
            )
        finally:
            svc.close()

    cy_types, cy_places, cy_titles, cy_shape = build("cy")
    en_types, en_places, en_titles, en_shape = build("en")
    assert "Caffi cymunedol" in cy_types and "Community café" in en_types
    assert (
        cy_places
        <= {
            "Neuadd y pentref",
            "Neuadd yr eglwys",
            "Canolfan gymunedol",
            "Y parc",
            "Llyfrgell",
            "Festri'r capel",
        }
        and len(cy_places) > 3
    )
    assert "Village hall" in en_places and not en_places & cy_places
    assert cy_titles and cy_titles <= {
        "Ffair Nadolig",
        "Glanhau'r gwanwyn",
        "Diwrnod hwyl yr haf",
        "Swper diolchgarwch",
    }
    assert en_titles and not en_titles & cy_titles
    assert cy_shape == en_shape  # the same figures, only the words differ


def test_cli_demo_data_follows_the_groups_language(tmp_path: Path) -> None:
    from volunteer_app.cli import main

    home = str(tmp_path / "cy")
    assert (
        main(
            [
                "--data-dir",
                home,
                "setup",
                "--group-name",
                "Grŵp",
                "--local-authority",
                "W06000002",
                "--language",
                "cy",
            ]
        )
        == 0
    )
    assert main(["--data-dir", home, "demo-data", "--until", "2026-03-31"]) == 0
    svc = open_services(__import__("volunteer_app.paths").paths.AppPaths.under(Path(home)))
    try:
        assert "Caffi trwsio" in {t.label for t in svc.activities.types()}
    finally:
        svc.close()
