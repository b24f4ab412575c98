"""An activity's pulse, outputs and projects are saved with it, in its one transaction:
checked before anything is written, all or nothing, only what differs written."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError

from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.domain.activity_extras import ActivityExtras
from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.pulse import Answer, PulseTally
from volunteer_app.paths import AppPaths
from volunteer_app.services.context import AppServices, open_services
from volunteer_app.services.funding.projects import FundingService


@pytest.fixture
def app(paths: AppPaths) -> Iterator[AppServices]:
    services = open_services(paths)
    yield services
    services.close()


def _pulse(cards: int = 12) -> PulseTally:
    tally = PulseTally(cards)
    for statement in ("belong", "get_on_well", "respect"):
        tally = tally.with_count(statement, Answer.AGREE, 10)
    return replace(tally, all_three=9)


def _setup(app: AppServices) -> tuple[ActivityDraft, FundingService, str, str, str]:
    walk = app.activities.add_type("Litter pick", "practical_help")
    funding = FundingService(app.database)
    bags = funding.add_output("Bags of litter", "Bagiau sbwriel", (walk.id.hex,))
    grant = funding.add_project("Keep Wales Tidy", "", date(2020, 1, 1), None)
    other = funding.add_project("Awards for All", "", date(2021, 1, 1), None)
    draft = ActivityDraft(date(2026, 1, 10), walk.id, volunteers_count=3, duration_minutes=90)
    return draft, funding, bags.id, grant.id, other.id


def _dump(app: AppServices) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"{app.database.path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"'), key=repr) for t in tables}
    finally:
        conn.close()


def test_logged_with_its_extras_and_read_back(app: AppServices) -> None:
    draft, funding, bags, grant, _other = _setup(app)
    extras = ActivityExtras(_pulse(), {bags: 14}, (grant,))
    activity_id = app.activities.log(replace(draft, extras=extras))
    record = app.activities.load(activity_id)
    assert record is not None and record.extras == ActivityExtras(_pulse(), {bags: 14}, (grant,))
    assert funding.amounts_of(activity_id.hex) == {bags: 14}
    assert funding.projects_of(activity_id.hex) == [grant]
    assert app.community.pulse.tally(activity_id) == _pulse()


def test_new_activity_joins_its_types_default_projects(app: AppServices) -> None:
    draft, funding, _bags, grant, _other = _setup(app)
    assert draft.activity_type_id is not None
    funding.set_type_default(draft.activity_type_id.hex, grant)
    activity_id = app.activities.log(draft)
    assert funding.projects_of(activity_id.hex) == [grant]
    chosen = app.activities.log(replace(draft, extras=ActivityExtras(projects=())))
    assert funding.projects_of(chosen.hex) == []  # chosen as none: none


@pytest.mark.parametrize(
    "bad",
    [
        ActivityExtras(pulse=replace(_pulse(), all_three=11)),  # above the agree counts
        ActivityExtras(outputs={"0" * 32: 3}),  # no such output
        ActivityExtras(projects=("f" * 32,)),  # no such project
        ActivityExtras(outputs={"x": -1}),  # a negative count
    ],
)
def test_bad_extras_write_nothing(app: AppServices, bad: ActivityExtras) -> None:
    draft, *_ = _setup(app)
    before = _dump(app)
    with pytest.raises(ValidationError):
        app.activities.log(replace(draft, extras=bad))
    assert _dump(app) == before


def test_a_failure_while_writing_the_extras_takes_the_activity_back_too(
    app: AppServices,
) -> None:
    """The database itself refuses the output line: nothing of the save stays, not the
    activity, its pulse nor its project."""
    draft, _funding, bags, grant, _other = _setup(app)
    with app.database.transaction() as tx:
        tx.session.connection().exec_driver_sql(
            "CREATE TRIGGER refuse BEFORE INSERT ON activity_output"
            " BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )
    before = _dump(app)
    with pytest.raises(IntegrityError):  # a constraint: not one of the worded storage errors
        app.activities.log(replace(draft, extras=ActivityExtras(_pulse(), {bags: 2}, (grant,))))
    assert _dump(app) == before


def test_update_writes_only_what_differs(app: AppServices) -> None:
    draft, funding, bags, grant, other = _setup(app)
    extras = ActivityExtras(_pulse(), {bags: 14}, (grant,))
    activity_id = app.activities.log(replace(draft, extras=extras))
    before = _dump(app)
    assert not app.activities.update(activity_id, replace(draft, extras=extras))
    assert not app.activities.update(activity_id, draft)  # extras not given: left alone
    assert _dump(app) == before
    assert app.activities.update(activity_id, replace(draft, extras=ActivityExtras(_pulse(20))))
    assert app.community.pulse.tally(activity_id).cards == 20
    assert app.activities.update(
        activity_id, replace(draft, extras=ActivityExtras(outputs={}, projects=(other,)))
    )
    assert funding.amounts_of(activity_id.hex) == {}
    assert funding.projects_of(activity_id.hex) == [other]
    assert app.community.pulse.tally(activity_id).cards == 20  # not given: kept


def test_a_deleted_activitys_extras_leave_the_figures_and_come_back_with_it(
    app: AppServices,
) -> None:
    draft, funding, bags, grant, _other = _setup(app)
    extras = ActivityExtras(_pulse(), {bags: 14}, (grant,))
    activity_id = app.activities.log(
        replace(draft, people=(PersonEntry("Nia", minutes=60),), extras=extras)
    )
    people = app.activities.unlog(activity_id)
    assert app.activities.load(activity_id) is None
    app.activities.relog(activity_id, people)
    record = app.activities.load(activity_id)
    assert record is not None and record.extras == extras
    app.activities.delete(activity_id)
    app.activities.restore(activity_id)
    record = app.activities.load(activity_id)
    assert record is not None and record.extras == extras
    assert funding.projects_of(activity_id.hex) == [grant]


def test_a_copy_keeps_the_projects_not_the_pulse_or_outputs(app: AppServices) -> None:
    draft, funding, bags, grant, _other = _setup(app)
    activity_id = app.activities.log(
        replace(draft, extras=ActivityExtras(_pulse(), {bags: 14}, (grant,)))
    )
    copy = app.activities.duplicate(activity_id, date(2026, 1, 17))
    record = app.activities.load(copy)
    assert record is not None and record.extras == ActivityExtras(PulseTally(), {}, (grant,))
    assert funding.amounts_of(copy.hex) == {}


def test_a_new_activity_joins_a_default_project_only_within_its_dates(app: AppServices) -> None:
    """A café logged after the grant ended, or before it began, is not the funder's."""
    cafe = app.activities.add_type("Café", "organising_running")
    funding = FundingService(app.database)
    grant = funding.add_project("Town council grant", "", date(2025, 9, 1), date(2026, 8, 31))
    funding.set_type_default(cafe.id.hex, grant.id)
    tagged = []
    for day in (date(2025, 8, 31), date(2025, 9, 1), date(2026, 8, 31), date(2026, 9, 1)):
        activity_id = app.activities.log(
            ActivityDraft(activity_date=day, activity_type_id=cafe.id, volunteers_count=1)
        )
        tagged.append(funding.projects_of(activity_id.hex))
    assert tagged == [[], [grant.id], [grant.id], []]
