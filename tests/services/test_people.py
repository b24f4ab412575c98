from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.periods import quarter
from volunteer_app.paths import AppPaths
from volunteer_app.services.context import AppServices, open_services


@pytest.fixture
def app(paths: AppPaths):  # type: ignore[no-untyped-def]
    services = open_services(paths)
    services.group.update("G", "W06000015", "")
    yield services
    services.close()


def _log(app: AppServices, day: date, *people: PersonEntry) -> None:
    walk = app.activities.add_type("Walk", "practical_help")
    app.activities.log(
        ActivityDraft(
            activity_date=day, activity_type_id=walk.id, duration_minutes=60, people=people
        )
    )


def _ids(app: AppServices) -> dict[str, object]:
    return {row.name: row.id for row in app.people.list(date(2026, 1, 1), date(2026, 3, 31))}


def test_list_with_first_last_sessions_and_hours(app: AppServices) -> None:
    _log(app, date(2025, 12, 1), PersonEntry("Ann", minutes=60))
    _log(app, date(2026, 1, 10), PersonEntry("Ann", minutes=90), PersonEntry("Bob", minutes=30))
    _log(app, date(2026, 2, 10), PersonEntry("Ann", minutes=60))
    rows = {r.name: r for r in app.people.list(date(2026, 1, 1), date(2026, 3, 31))}
    assert (rows["Ann"].first_seen, rows["Ann"].last_seen) == (date(2025, 12, 1), date(2026, 2, 10))
    assert (rows["Ann"].sessions, rows["Ann"].minutes) == (2, 150)
    assert (rows["Bob"].sessions, rows["Bob"].minutes) == (1, 30)


def test_edit_optional_details(app: AppServices) -> None:
    _log(app, date(2026, 1, 10), PersonEntry("Ann", minutes=60))
    ann = app.people.load(_ids(app)["Ann"])  # type: ignore[arg-type]
    assert ann is not None
    app.people.update(
        replace(
            ann,
            contact="ann@example.org",
            age_band="25_44",
            welsh_speaker="learning",
            consent_photos=True,
            notes="Keys",
        )
    )
    again = app.people.load(ann.id)
    assert again is not None and again.welsh_speaker == "learning" and again.consent_photos
    with pytest.raises(ValidationError):
        app.people.update(replace(ann, name="  "))


def test_merge_moves_participations_and_can_be_undone(app: AppServices) -> None:
    _log(app, date(2026, 1, 10), PersonEntry("Ann Jones", minutes=60))
    _log(app, date(2026, 1, 17), PersonEntry("Anne Jones", minutes=60))
    _log(
        app,
        date(2026, 1, 24),
        PersonEntry("Ann Jones", minutes=60),
        PersonEntry("Anne Jones", minutes=45),
    )  # both at one activity: one person after
    ids = _ids(app)
    before = {r.key: r.value for r in app.summary.preview(quarter(2026, 1)).rows}
    record = app.people.merge(ids["Ann Jones"], ids["Anne Jones"])  # type: ignore[arg-type]
    rows = {r.name: r for r in app.people.list(date(2026, 1, 1), date(2026, 3, 31))}
    assert list(rows) == ["Ann Jones"] and rows["Ann Jones"].sessions == 3
    assert len(record.moved) == 1 and len(record.dropped) == 1
    assert app.group.counts().participations == 3
    app.people.unmerge(record)
    rows = {r.name: r for r in app.people.list(date(2026, 1, 1), date(2026, 3, 31))}
    assert rows["Anne Jones"].sessions == 2 and rows["Ann Jones"].sessions == 2
    after = {r.key: r.value for r in app.summary.preview(quarter(2026, 1)).rows}
    assert after == before


def test_archived_people_are_not_offered_when_logging(app: AppServices) -> None:
    _log(app, date(2026, 1, 10), PersonEntry("Ann", minutes=60), PersonEntry("Bob", minutes=60))
    app.people.set_archived(_ids(app)["Bob"], True)  # type: ignore[arg-type]
    assert [name for _id, name in app.activities.known_names()] == ["Ann"]
    assert {r.name: r.archived for r in app.people.list(date(2026, 1, 1), date(2026, 3, 31))} == {
        "Ann": False,
        "Bob": True,
    }
