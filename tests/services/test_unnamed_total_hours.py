"""An activity whose unnamed volunteers' hours are known only as one total (an import's
headcount-and-total-hours row, a shift export's "attended, volunteer_hours"): correcting
it keeps that total unless the coordinator changes it, and a total that cannot be right is
refused with a reason, never replaced by a figure worked out from a length it never had."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.services.importing.import_lookalikes import write_csv
from volunteer_app.domain.activity import ActivityDraft, ActivityFilter, PersonEntry
from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.importing.plan import ImportOptions
from volunteer_app.paths import AppPaths
from volunteer_app.services.activities import ActivityService
from volunteer_app.services.context import AppServices, open_services
from volunteer_app.services.importing.importer import ImportRejected, ImportService

TODAY = date(2026, 11, 1)


@pytest.fixture
def app(paths: AppPaths):  # type: ignore[no-untyped-def]
    services = open_services(paths)
    services.activities = ActivityService(services.database, today=lambda: TODAY)
    services.importer = ImportService(services.database, today=lambda: TODAY)
    yield services
    services.close()


def _summer_fair(app: AppServices, tmp_path: Path) -> ActivityDraft:
    """A community events sheet as groups keep it: a headcount and the day's total hours."""
    path = write_csv(
        tmp_path / "events.csv",
        [["Event", "Date", "Volunteers", "Total hours", "Participants"],
         ["Summer fair", "14/06/2025", "14", "62", "230"]],
    )  # fmt: skip
    app.importer.import_file(path, options=ImportOptions({"activity": "Community event"}))
    (row,) = app.activities.page(ActivityFilter(), "date", True, 0, 10)
    record = app.activities.load(row.id)
    assert record is not None
    return record


def _hours(app: AppServices) -> list[int]:
    return [r.volunteer_minutes for r in app.activities.page(ActivityFilter(), "date", True, 0, 9)]


def test_the_imported_total_is_loaded_for_editing(app: AppServices, tmp_path: Path) -> None:
    record = _summer_fair(app, tmp_path)
    assert (record.volunteers_count, record.duration_minutes) == (14, 0)
    assert record.unnamed_minutes == 62 * 60


def test_one_more_volunteer_keeps_the_day_s_total(app: AppServices, tmp_path: Path) -> None:
    record = _summer_fair(app, tmp_path)
    assert app.activities.update(record.id, replace(record, volunteers_count=15))
    assert _hours(app) == [62 * 60]  # not 15 x 0 minutes
    again = app.activities.load(record.id)
    assert again is not None and (again.volunteers_count, again.unnamed_minutes) == (15, 3720)


def test_saving_it_untouched_changes_nothing(app: AppServices, tmp_path: Path) -> None:
    record = _summer_fair(app, tmp_path)
    assert app.activities.update(record.id, record) is False
    assert _hours(app) == [62 * 60]


def test_a_new_length_does_not_overwrite_the_total(app: AppServices, tmp_path: Path) -> None:
    record = _summer_fair(app, tmp_path)
    app.activities.update(record.id, replace(record, duration_minutes=240))
    assert _hours(app) == [62 * 60]


def test_the_coordinator_can_correct_the_total(app: AppServices, tmp_path: Path) -> None:
    record = _summer_fair(app, tmp_path)
    named = (PersonEntry("Gwen Morgan", minutes=120),)
    app.activities.update(record.id, replace(record, unnamed_minutes=65 * 60, people=named))
    assert _hours(app) == [65 * 60 + 120]


def test_back_to_each_for_the_whole_activity(app: AppServices, tmp_path: Path) -> None:
    record = _summer_fair(app, tmp_path)
    app.activities.update(record.id, replace(record, unnamed_minutes=None, duration_minutes=180))
    assert _hours(app) == [14 * 180]


def test_hours_without_unnamed_volunteers_are_refused(app: AppServices, tmp_path: Path) -> None:
    record = _summer_fair(app, tmp_path)
    with pytest.raises(ValidationError) as refused:
        app.activities.update(record.id, replace(record, volunteers_count=0))
    assert refused.value.code == "activity.total_without_count"
    assert refused.value.field == "unnamed_minutes"
    assert _hours(app) == [62 * 60]  # nothing written
    app.activities.update(record.id, replace(record, volunteers_count=0, unnamed_minutes=0))
    assert _hours(app) == [0]


def test_a_negative_or_impossible_total_is_refused(app: AppServices, tmp_path: Path) -> None:
    record = _summer_fair(app, tmp_path)
    for minutes in (-60, 10**9):
        with pytest.raises(ValidationError) as refused:
            app.activities.update(record.id, replace(record, unnamed_minutes=minutes))
        assert refused.value.code == "activity.bad_total"
    assert _hours(app) == [62 * 60]


def test_undo_of_an_edit_brings_the_total_back(app: AppServices, tmp_path: Path) -> None:
    record = _summer_fair(app, tmp_path)
    app.activities.update(record.id, replace(record, unnamed_minutes=None, duration_minutes=60))
    assert _hours(app) == [14 * 60]
    app.activities.update(record.id, record)  # what the undo step saves: the record as loaded
    assert _hours(app) == [62 * 60]


def test_more_than_a_day_each_is_refused_as_for_a_named_person(
    app: AppServices, tmp_path: Path
) -> None:
    record = _summer_fair(app, tmp_path)  # 14 volunteers, 62 hours
    with pytest.raises(ValidationError) as refused:
        app.activities.update(record.id, replace(record, volunteers_count=2))
    assert (refused.value.code, refused.value.field) == (
        "activity.total_too_many",
        "unnamed_minutes",
    )
    app.activities.update(record.id, replace(record, volunteers_count=3))  # 20.7 hours each
    assert _hours(app) == [62 * 60]


def test_an_import_row_giving_more_than_a_day_each_is_refused(
    app: AppServices, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "events.csv",
        [["Event", "Date", "Volunteers", "Total hours"], ["Fair", "14/06/2025", "2", "100"]],
    )
    with pytest.raises(ImportRejected) as refused:
        app.importer.import_file(path, options=ImportOptions({"activity": "Fair"}))
    (problem,) = refused.value.problems
    assert problem.code == "hours.total_too_many"
    assert "100 hours for 2 volunteers is more than 24 hours each" in problem.message


def test_a_duplicate_is_the_same_again_total_included(app: AppServices, tmp_path: Path) -> None:
    """As its named people keep their minutes, the copy keeps the unnamed volunteers' total
    (shown, and changeable, in the copy's dialog)."""
    record = _summer_fair(app, tmp_path)
    copy_id = app.activities.duplicate(record.id, date(2025, 7, 12))
    copy = app.activities.load(copy_id)
    assert copy is not None and (copy.volunteers_count, copy.unnamed_minutes) == (14, 3720)
    assert _hours(app) == [62 * 60, 62 * 60]
