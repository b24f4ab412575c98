from __future__ import annotations

import itertools
from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.series import session_dates
from volunteer_app.paths import AppPaths
from volunteer_app.services.activities import ActivityService
from volunteer_app.services.context import AppServices, open_services
from volunteer_app.services.series import SeriesService

TODAY = date(2026, 3, 20)  # a Friday


@pytest.fixture
def app(paths: AppPaths):  # type: ignore[no-untyped-def]
    services = open_services(paths)
    services.activities = ActivityService(services.database, today=lambda: TODAY)
    services.series = SeriesService(services.database, services.activities, today=lambda: TODAY)
    yield services
    services.close()


def test_session_dates() -> None:
    assert session_dates(date(2026, 1, 31), "monthly", None, 4, date(2027, 1, 1)) == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
    ]
    assert session_dates(
        date(2026, 1, 1), "fortnightly", date(2026, 2, 1), None, date(2027, 1, 1)
    ) == [date(2026, 1, 1), date(2026, 1, 15), date(2026, 1, 29)]


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2050, 1, 1)),
    st.sampled_from(["weekly", "fortnightly", "monthly"]),
    st.integers(1, 60),
)
def test_session_dates_properties(start: date, frequency: str, count: int) -> None:
    days = session_dates(start, frequency, None, count, date(2100, 1, 1))
    assert len(days) == count and days[0] == start
    assert all(a < b for a, b in itertools.pairwise(days))


def test_confirm_with_the_usual_people_and_skip(app: AppServices) -> None:
    café = app.activities.add_type("Café", "organising_running")
    series = app.series.create(
        café.id,
        "weekly",
        date(2026, 3, 6),
        title="Friday café",
        start_time=time(10),
        end_time=time(12),
        location="Hall",
    )
    app.activities.log(
        ActivityDraft(
            activity_date=date(2026, 3, 6),
            activity_type_id=café.id,
            series_id=series.id,
            start_time=time(10),
            end_time=time(12),
            people=(PersonEntry("Ann", minutes=120), PersonEntry("Bob", "organiser", 120)),
        )
    )
    upcoming = app.series.upcoming()
    assert [s.session_date for s in upcoming] == [
        date(2026, 3, 13),
        date(2026, 3, 20),
        date(2026, 3, 27),
    ]
    activity_id = app.series.confirm(upcoming[0])
    logged = app.activities.load(activity_id)
    assert logged is not None and [p.name for p in logged.people] == ["Ann", "Bob"]
    assert logged.series_id == series.id and logged.location == "Hall"
    skip_id = app.series.skip(upcoming[1])
    assert [s.session_date for s in app.series.upcoming()] == [date(2026, 3, 27)]
    app.series.unskip(skip_id)
    assert len(app.series.upcoming()) == 2


def test_a_series_without_people_cannot_be_confirmed_blind(app: AppServices) -> None:
    walk = app.activities.add_type("Walk", "practical_help")
    app.series.create(walk.id, "monthly", date(2026, 3, 20), count=3, duration_minutes=60)
    session = app.series.upcoming()[0]
    with pytest.raises(ValidationError) as info:
        app.series.confirm(session)
    assert info.value.code == "activity.empty"


def test_bad_series_refused(app: AppServices) -> None:
    walk = app.activities.add_type("Walk", "practical_help")
    with pytest.raises(ValidationError):
        app.series.create(walk.id, "daily", date(2026, 3, 20))
    with pytest.raises(ValidationError):
        app.series.create(walk.id, "weekly", date(2026, 3, 20), end_date=date(2026, 1, 1))


def test_ending_a_series_stops_its_sessions_and_can_be_undone(app: AppServices) -> None:
    walk = app.activities.add_type("Walk", "practical_help")
    series = app.series.create(walk.id, "weekly", date(2026, 2, 20))
    assert [s.session_date for s in app.series.upcoming()][-2:] == [
        date(2026, 3, 20),
        date(2026, 3, 27),
    ]
    with pytest.raises(ValidationError):
        app.series.end(series.id, date(2026, 1, 1))  # before it began
    before = app.series.end(series.id, date(2026, 3, 13))
    assert before is None
    assert max(s.session_date for s in app.series.upcoming()) == date(2026, 3, 13)
    app.series.set_end(series.id, before)  # undo
    assert max(s.session_date for s in app.series.upcoming()) == date(2026, 3, 27)
