"""The pulse service: the grid's tallies validated before writing; door cards only add up."""

from __future__ import annotations

import uuid

import pytest

from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.pulse import Answer, PulseTally
from volunteer_app.services.community.pulse import PulseService


def _activity(services) -> uuid.UUID:  # type: ignore[no-untyped-def]
    from tests.world import WActivity, World, world_tables
    from volunteer_app.storage.bulk import insert_rows

    tables = world_tables(World((), (WActivity(5, "other", False, 60, 2, 3, ()),)))
    with services.database.transaction() as tx:
        for table, rows in tables.items():
            insert_rows(tx, table, rows)
    return tables["activity"][0]["id"]  # type: ignore[no-any-return]


def test_door_cards_add_tallies_and_nothing_else(services) -> None:  # type: ignore[no-untyped-def]
    pulse = PulseService(services.database)
    activity = _activity(services)
    before = _row_counts(services)
    pulse.add_card(activity, {s: Answer.AGREE for s in ("belong", "get_on_well", "respect")})
    pulse.add_card(activity, {"belong": Answer.DISAGREE, "met_someone_new": Answer.AGREE})
    tally = pulse.tally(activity)
    assert (tally.cards, tally.all_three) == (2, 1)
    assert tally.agree("belong") == 1 and tally.count("belong", Answer.DISAGREE) == 1
    after = _row_counts(services)
    assert after.pop("activity_pulse") == 1  # one row of counts for the activity
    before.pop("activity_pulse")
    assert after == before  # no person, participation or anything else added


def test_the_grid_refuses_impossible_counts_before_writing(services) -> None:  # type: ignore[no-untyped-def]
    pulse = PulseService(services.database)
    activity = _activity(services)
    bad = PulseTally(3).with_count("respect", Answer.AGREE, 4)
    with pytest.raises(ValidationError) as caught:
        pulse.save(activity, bad)
    assert caught.value.code == "pulse.answers_above_cards"
    assert pulse.tally(activity) == PulseTally()
    with pytest.raises(ValidationError):
        pulse.save(uuid.uuid4(), PulseTally(1))


def _row_counts(services) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with services.database.reading() as s:
        conn = s.connection()
        names = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'meta'"
            )
        ]
        return {
            n: int(conn.exec_driver_sql(f"SELECT count(*) FROM {n}").scalar_one()) for n in names
        }


def test_reports_show_shares_only_from_ten_cards(services) -> None:  # type: ignore[no-untyped-def]
    from volunteer_app.domain.periods import quarter
    from volunteer_app.services.community.report import percent

    community = services.community
    activity = _activity(services)
    for _ in range(9):
        community.pulse.add_card(activity, {"belong": Answer.AGREE})
    report = community.report.report(quarter(2026, 1))
    assert report.cards == 9 and not report.enough_cards
    assert all(s.percent is None for s in report.statements)
    community.pulse.add_card(activity, {"belong": Answer.DISAGREE})
    report = community.report.report(quarter(2026, 1))
    shares = {s.code: s.percent for s in report.statements}
    assert report.enough_cards and shares["belong"] == 90 and shares["respect"] == 0
    assert sum(p.activities for p in report.places) == 1  # its place is "not known"
    assert [percent(1, 8), percent(1, 200), percent(2, 3)] == [13, 1, 67]  # half up
