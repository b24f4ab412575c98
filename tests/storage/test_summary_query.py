"""The SQL behind the summary agrees with a plain-Python reference on random worlds."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from tests.world import World, reference_facts, world_tables, worlds
from volunteer_app.domain.periods import month, quarter
from volunteer_app.storage.bulk import insert_rows
from volunteer_app.storage.database import Database
from volunteer_app.storage.summary_query import summary_facts


def _normalise(facts):  # type: ignore[no-untyped-def]
    drop_zero = lambda d: {k: v for k, v in d.items() if v}  # noqa: E731
    return (
        facts.events_held,
        facts.volunteers_total,
        drop_zero(facts.by_age_band),
        drop_zero(facts.by_welsh_speaker),
        drop_zero(facts.by_status),
        {k: v for k, v in facts.by_type.items() if any(vars(v).values())},
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(world=worlds())
def test_sql_facts_match_the_reference(world: World) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "db.sqlite3", Path(folder) / "b")
        try:
            with db.transaction() as tx:
                for table, rows in world_tables(world).items():
                    insert_rows(tx, table, rows)
            for period in (quarter(2026, 1), quarter(2026, 2), month(2026, 3)):
                assert _normalise(summary_facts(db, period)) == _normalise(
                    reference_facts(world, period)
                )
        finally:
            db.close()
