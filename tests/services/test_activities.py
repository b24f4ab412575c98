"""Logging, correcting, deleting and finding activities."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from volunteer_app.domain.activity import ActivityDraft, ActivityFilter, PersonEntry
from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.periods import quarter
from volunteer_app.paths import AppPaths
from volunteer_app.services.activities import ActivityService
from volunteer_app.services.context import AppServices, open_services

TODAY = date(2026, 3, 20)


@pytest.fixture
def app(paths: AppPaths):  # type: ignore[no-untyped-def]
    services = open_services(paths)
    services.activities = ActivityService(services.database, today=lambda: TODAY)
    services.group.update("G", "W06000015", "")
    yield services
    services.close()


def _draft(app: AppServices, **changes: object) -> ActivityDraft:
    café = app.activities.add_type("Caffi cymunedol", "organising_running")
    base = ActivityDraft(
        activity_date=date(2026, 3, 14),
        activity_type_id=café.id,
        start_time=time(10),
        end_time=time(12, 30),
        location="Neuadd",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_headcount_only_is_enough(app: AppServices) -> None:
    activity_id = app.activities.log(_draft(app, volunteers_count=4, participants_count=30))
    record = app.activities.load(activity_id)
    assert record is not None and record.duration_minutes == 150 and record.people == ()
    got = {r.key: r.value for r in app.summary.preview(quarter(2026, 1)).rows}
    assert got[("participants_attendance", "none", "total")] == 30
    assert got[("events_held", "none", "total")] == 1


def test_named_people_are_created_once_and_matched_by_name(app: AppServices) -> None:
    people = (PersonEntry("Siân Ŵyn", minutes=150), PersonEntry("Aled", "organiser", 60))
    app.activities.log(_draft(app, people=people))
    app.activities.log(
        _draft(
            app, activity_date=date(2026, 3, 7), people=(PersonEntry("  siân ŵyn ", minutes=90),)
        )
    )
    assert sorted(name for _id, name in app.activities.known_names()) == ["Aled", "Siân Ŵyn"]
    rows = app.activities.page(ActivityFilter(), "date", True, 0, 10)
    assert [(r.named_count, r.volunteer_minutes) for r in rows] == [(2, 210), (1, 90)]


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"end_time": time(9)}, "activity.end_before_start"),
        ({"activity_date": date(2027, 6, 1)}, "activity.far_future"),
        ({"people": (PersonEntry("Al", minutes=25 * 60),)}, "activity.person_too_long"),
        ({"people": (), "volunteers_count": 0}, "activity.empty"),
        ({"people": (PersonEntry("Al"), PersonEntry("AL"))}, "activity.person_twice"),
        (
            {
                "start_time": None,
                "end_time": None,
                "duration_minutes": 1500,
                "people": (PersonEntry("Al"),),
            },
            "activity.too_long",
        ),
    ],
)
def test_bad_input_is_refused_and_nothing_written(
    app: AppServices,
    changes: dict,  # type: ignore[type-arg]
    code: str,
) -> None:
    with pytest.raises(ValidationError) as info:
        app.activities.log(_draft(app, **changes))
    assert info.value.code == code and info.value.field
    assert app.group.counts().activities == 0 and app.group.counts().people == 0


def test_same_as_last_time_copies_the_latest_of_the_type(app: AppServices) -> None:
    people = tuple(PersonEntry(f"Person {i}", minutes=150) for i in range(12))
    app.activities.log(_draft(app, activity_date=date(2026, 3, 7), people=people[:3]))
    app.activities.log(_draft(app, activity_date=date(2026, 3, 14), people=people))
    draft = _draft(app)
    last = app.activities.same_as_last_time(draft.activity_type_id)  # type: ignore[arg-type]
    assert last is not None and last.activity_date == date(2026, 3, 14)
    assert len(last.people) == 12 and last.location == "Neuadd"


def test_edit_delete_restore_duplicate(app: AppServices) -> None:
    activity_id = app.activities.log(_draft(app, people=(PersonEntry("A"), PersonEntry("B"))))
    record = app.activities.load(activity_id)
    assert record is not None
    app.activities.update(activity_id, replace(record, people=record.people[:1], title="Edited"))
    assert [p.name for p in app.activities.load(activity_id).people] == ["A"]  # type: ignore[union-attr]
    assert app.group.counts().participations == 1
    app.activities.delete(activity_id)
    assert app.activities.load(activity_id) is None and app.group.counts().participations == 0
    app.activities.restore(activity_id)
    restored = app.activities.load(activity_id)
    assert restored is not None and restored.title == "Edited" and len(restored.people) == 1
    copy_id = app.activities.duplicate(activity_id, date(2026, 3, 21))
    assert app.activities.load(copy_id).activity_date == date(2026, 3, 21)  # type: ignore[union-attr]
    assert app.activities.count(ActivityFilter()) == 2


def test_search_folds_welsh_letters_and_filters(app: AppServices) -> None:
    app.activities.log(_draft(app, title="Te parti Ŷd", volunteers_count=2))
    walk = app.activities.add_type("Taith gerdded", "practical_help")
    app.activities.log(
        _draft(app, activity_type_id=walk.id, activity_date=date(2026, 1, 5), volunteers_count=1)
    )
    assert app.activities.count(ActivityFilter(text="ŷd")) == 1
    assert app.activities.count(ActivityFilter(text="TAITH")) == 1
    assert app.activities.count(ActivityFilter(date_from=date(2026, 2, 1))) == 1
    assert app.activities.count(ActivityFilter(type_id=walk.id)) == 1
    first = app.activities.page(ActivityFilter(), "type", False, 0, 10)
    assert [r.type_label for r in first] == ["Caffi cymunedol", "Taith gerdded"]


def test_types_most_recent_first_and_no_duplicates(app: AppServices) -> None:
    a = app.activities.add_type("Quiz", "raising_money")
    assert app.activities.add_type(" quiz ", "other").id == a.id
    b = app.activities.add_type("Walk", "practical_help")
    app.activities.log(_draft(app, activity_type_id=b.id, volunteers_count=1))
    assert app.activities.types()[0].id == b.id
    with pytest.raises(ValidationError):
        app.activities.add_type("=cmd", "other")
