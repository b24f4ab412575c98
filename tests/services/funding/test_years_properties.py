"""Each year's figures, by SQL, equal a plain-Python reference on random worlds; months add
up to their year; a project's figures are those of the activities tagged with it."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.services.funding.years_world import (
    EPOCH,
    PROJECTS,
    SPAN_DAYS,
    YWorld,
    load,
    reference,
    year_worlds,
)
from volunteer_app.domain.funding.figures import Figure
from volunteer_app.domain.funding.values import ProjectInfo
from volunteer_app.domain.funding.years import YearKind, last_years
from volunteer_app.services.funding.years import YearsService
from volunteer_app.storage.database import Database
from volunteer_app.storage.funding.year_query import range_facts

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
kinds = st.builds(YearKind, st.integers(1, 12), st.booleans())
todays = st.dates(EPOCH.replace(year=EPOCH.year + 1), date(2026, 6, 30))


@contextmanager
def opened(world: YWorld) -> Iterator[tuple[Database, dict[str, str], dict[str, str], list[str]]]:
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "db.sqlite3", Path(folder) / "b")
        try:
            projects, outputs, people = load(db, world)
            yield db, projects, outputs, people
        finally:
            db.close()


@SETTINGS
@given(
    world=year_worlds(),
    kind=kinds,
    today=todays,
    count=st.integers(1, 5),
    project=st.sampled_from([None, *PROJECTS]),
)
def test_each_year_matches_the_reference(
    world: YWorld, kind: YearKind, today: date, count: int, project: str | None
) -> None:
    with opened(world) as (db, project_ids, output_ids, _person_ids):
        info = (
            ProjectInfo(project_ids[project], project, "", date(2020, 1, 1), None)
            if project
            else None
        )
        report = YearsService(db).report(count, today, kind, info)
        years = last_years(kind, today, count)
        assert [y.year for y in report.years] == years
        before = years[0].start.replace(year=years[0].start.year - 1)
        previous = reference(world, before, _day_before(years[0].start), project)
        for figures, year in zip(report.years, years, strict=True):
            ref = reference(world, year.start, year.end, project)
            assert figures.activities == ref.activities
            assert figures.unnamed_helpers == ref.unnamed
            assert figures.volunteer_minutes == ref.minutes
            assert figures.participants == ref.participants
            assert figures.volunteers == len(ref.volunteers)
            assert figures.new_volunteers == ref.new
            assert figures.returning_volunteers + figures.new_volunteers == figures.volunteers
            assert figures.retained == len(ref.volunteers & previous.volunteers)
            assert figures.last_year_volunteers == len(previous.volunteers)
            named = {name: figures.outputs.get(oid, 0) for name, oid in output_ids.items()}
            assert {k: v for k, v in named.items() if v} == {
                k: v for k, v in ref.outputs.items() if v
            }
            previous = ref
        row = report.values(Figure.ACTIVITIES)
        assert all((v is None) == (not y.has_data) for v, y in zip(row, report.years, strict=True))


def _day_before(day: date) -> date:
    from datetime import timedelta

    return day - timedelta(days=1)


@SETTINGS
@given(world=year_worlds(), kind=kinds, start_day=st.integers(0, SPAN_DAYS))
def test_the_twelve_months_add_up_to_the_year(
    world: YWorld, kind: YearKind, start_day: int
) -> None:
    from datetime import timedelta

    from volunteer_app.domain.funding.years import year_containing

    year = year_containing(kind, EPOCH + timedelta(days=start_day))
    with opened(world) as (db, _projects, _outputs, _people):
        whole, *months = range_facts(db, [(year.start, year.end), *year.months()])
        assert len(months) == 12
        assert sum(m.activities for m in months) == whole.activities
        assert sum(m.volunteer_minutes for m in months) == whole.volunteer_minutes
        assert sum(m.participants for m in months) == whole.participants
        assert sum(m.unnamed_helpers for m in months) == whole.unnamed_helpers
        summed: dict[str, int] = {}
        for m in months:
            for key, value in m.outputs.items():
                summed[key] = summed.get(key, 0) + value
        assert summed == whole.outputs
        # People are counted once a year, however many months they came in.
        assert frozenset().union(*(m.volunteers for m in months)) == whole.volunteers


@SETTINGS
@given(world=year_worlds(), kind=kinds, today=todays)
def test_a_project_is_the_sum_over_its_tagged_activities(
    world: YWorld, kind: YearKind, today: date
) -> None:
    year = last_years(kind, today, 1)[0]
    with opened(world) as (db, project_ids, _outputs, _people):
        for name, pid in project_ids.items():
            (facts,) = range_facts(db, [(year.start, year.end)], pid)
            tagged = [
                a
                for a in world.activities
                if not a.deleted and name in a.projects and year.contains(a.when)
            ]
            assert facts.activities == len(tagged)
            assert facts.unnamed_helpers == sum(a.volunteers_count for a in tagged)
