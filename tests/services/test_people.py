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
    return {row.name: row.id for row in app.people.rows(date(2026, 1, 1), date(2026, 3, 31))}


def test_list_with_first_last_sessions_and_hours(app: AppServices) -> None:
    _log(app, date(2025, 12, 1), PersonEntry("Ann", minutes=60))
    _log(app, date(2026, 1, 10), PersonEntry("Ann", minutes=90), PersonEntry("Bob", minutes=30))
    _log(app, date(2026, 2, 10), PersonEntry("Ann", minutes=60))
    rows = {r.name: r for r in app.people.rows(date(2026, 1, 1), date(2026, 3, 31))}
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
    rows = {r.name: r for r in app.people.rows(date(2026, 1, 1), date(2026, 3, 31))}
    assert list(rows) == ["Ann Jones"] and rows["Ann Jones"].sessions == 3
    assert len(record.moved) == 1 and len(record.dropped) == 1
    assert app.group.counts().participations == 3
    app.people.unmerge(record)
    rows = {r.name: r for r in app.people.rows(date(2026, 1, 1), date(2026, 3, 31))}
    assert rows["Anne Jones"].sessions == 2 and rows["Ann Jones"].sessions == 2
    after = {r.key: r.value for r in app.summary.preview(quarter(2026, 1)).rows}
    assert after == before


def test_archived_people_are_not_offered_when_logging(app: AppServices) -> None:
    _log(app, date(2026, 1, 10), PersonEntry("Ann", minutes=60), PersonEntry("Bob", minutes=60))
    app.people.set_archived(_ids(app)["Bob"], True)  # type: ignore[arg-type]
    assert [name for _id, name in app.activities.known_names()] == ["Ann"]
    assert {r.name: r.archived for r in app.people.rows(date(2026, 1, 1), date(2026, 3, 31))} == {
        "Ann": False,
        "Bob": True,
    }


def test_erase_keeps_sessions_and_hours_but_not_the_person(app: AppServices) -> None:
    _log(
        app,
        date(2026, 1, 10),
        PersonEntry("Canary Zebedee", minutes=95),
        *(PersonEntry(f"P{i}", minutes=60) for i in range(6)),
    )
    before = {r.key: r for r in app.summary.preview(quarter(2026, 1)).rows}
    zeb = _ids(app)["Canary Zebedee"]
    app.people.update(
        replace(
            app.people.load(zeb),
            contact="zeb@example.org",  # type: ignore[arg-type]
            notes="canary note",
        )
    )
    app.people.erase([zeb])  # type: ignore[list-item]
    after = {r.key: r for r in app.summary.preview(quarter(2026, 1)).rows}
    for key in (("volunteer_sessions", "none", "total"), ("volunteer_hours", "none", "total")):
        assert after[key].raw == before[key].raw  # sessions and minutes unchanged
    key = ("volunteers_unique", "none", "total")
    assert after[key].raw == before[key].raw - 1
    assert "Canary Zebedee" not in _ids(app)
    with app.database.engine.connect() as conn:
        dump = "\n".join(str(r) for r in conn.exec_driver_sql("SELECT * FROM person").all())
    assert "Zebedee" not in dump and "zeb@example.org" not in dump and "canary" not in dump


def test_subject_access_export_has_everything_about_them_and_nothing_else(
    app: AppServices, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    _log(app, date(2026, 1, 10), PersonEntry("Ann", minutes=90), PersonEntry("Other Person"))
    _log(app, date(2026, 2, 10), PersonEntry("Ann", "organiser", 30))
    ann = app.people.load(_ids(app)["Ann"])  # type: ignore[arg-type]
    app.people.update(replace(ann, contact="=ann@example.org", notes="Likes tea"))  # type: ignore[arg-type]
    target = app.people.export_person(ann.id, tmp_path / "ann.csv", "Grŵp")  # type: ignore[union-attr]
    text = target.read_bytes().decode("utf-8-sig")
    assert "'=ann@example.org" in text and "Likes tea" in text
    assert "2026-01-10" in text and "2026-02-10" in text and "organiser" in text
    assert "1.50" in text and "0.50" in text
    assert "Other Person" not in text


def test_retention_nudge_lists_people_not_seen_for_two_years(app: AppServices) -> None:
    _log(app, date(2023, 5, 1), PersonEntry("Old Timer"))
    _log(app, date(2026, 1, 10), PersonEntry("Regular"))
    stale = app.people.not_seen_for(24, date(2026, 3, 1))
    assert [name for _id, name in stale] == ["Old Timer"]
