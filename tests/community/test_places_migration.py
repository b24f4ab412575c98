"""The places step on a copy of an older database: every place text becomes a place of type
"not known", nothing else changes; then places typed, renamed and merged by hand."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.periods import quarter
from volunteer_app.domain.places import PlaceType
from volunteer_app.domain.summary_community import build_rows_1_1
from volunteer_app.services.community.places import PlacesService
from volunteer_app.storage import migrations
from volunteer_app.storage.database import Database
from volunteer_app.storage.summary_query import summary_facts

STAMP = "2026-01-05T10:00:00.000000Z"
PLACES = ["Neuadd y Pentref", "Neuadd y pentref", "Capel Bethel", "", "Neuadd y Pentref"]


def _v3_file(folder: Path) -> Path:
    """A database as version 3 of the app left it, with five activities."""
    path = folder / "v3.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    type_id = uuid.uuid4().hex
    with engine.begin() as conn:
        migrations.migrate(conn, to_version=3)
        conn.exec_driver_sql(
            "INSERT INTO activity_type (id, label, search_key, code, created_at, updated_at)"
            " VALUES (?, 'Caffi', 'caffi', 'organising_running', ?, ?)",
            (type_id, STAMP, STAMP),
        )
        for day, place in enumerate(PLACES, start=10):
            conn.exec_driver_sql(
                "INSERT INTO activity (id, activity_date, activity_type_id, location,"
                " participants_count, created_at, updated_at) VALUES (?, ?, ?, ?, 3, ?, ?)",
                (uuid.uuid4().hex, f"2026-01-{day}", type_id, place, STAMP, STAMP),
            )
    engine.dispose()
    return path


def _activities(db: Database) -> list[tuple[str, str, int]]:
    with db.reading() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT id, location, participants_count FROM activity ORDER BY activity_date"
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_place_texts_become_places_and_nothing_is_lost(tmp_path: Path) -> None:
    original = _v3_file(tmp_path)
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(original, copy)
    db = Database.open(copy, tmp_path / "backups")
    try:
        assert db.schema_version() == migrations.LATEST_VERSION
        assert db.integrity_problems() == []
        assert [loc for _, loc, _ in _activities(db)] == PLACES
        places = PlacesService(db)
        listed = {p.name: (p.place_type, p.activities) for p in places.places()}
        assert listed == {
            "Capel Bethel": (PlaceType.NOT_KNOWN, 1),
            "Neuadd y Pentref": (PlaceType.NOT_KNOWN, 2),
            "Neuadd y pentref": (PlaceType.NOT_KNOWN, 1),
        }
        # Typed by hand, then the two spellings of the hall merged.
        places.set_type("Neuadd y pentref", PlaceType.COMMUNITY_HALL)
        places.set_type("Capel Bethel", PlaceType.FAITH_BUILDING)
        assert places.merge("Neuadd y pentref", "Neuadd y Pentref") == 1
        assert places.rename("Capel Bethel", "  Capel  Bethel, Llan ") == 1
        listed = {p.name: (p.place_type, p.activities) for p in places.places()}
        assert listed == {
            "Capel Bethel, Llan": (PlaceType.FAITH_BUILDING, 1),
            "Neuadd y Pentref": (PlaceType.COMMUNITY_HALL, 3),
        }
        with pytest.raises(ValidationError) as taken:
            places.rename("Capel Bethel, Llan", "Neuadd y Pentref")
        assert taken.value.code == "place.name_taken"
        assert len(_activities(db)) == 5  # nothing lost
        rows = {r.key: r.raw for r in build_rows_1_1(summary_facts(db, quarter(2026, 1)))}
        assert rows[("events_held", "place_type", "community_hall")] == 3
        assert rows[("events_held", "place_type", "faith_building")] == 1
        assert rows[("events_held", "place_type", "not_known")] == 1
        assert rows[("participants_attendance", "place_type", "community_hall")] == 9
    finally:
        db.close()
    assert (tmp_path / "backups").exists()  # the file was backed up before migrating
