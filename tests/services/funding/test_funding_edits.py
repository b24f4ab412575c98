"""Editing and removing projects and outputs: validation as for adding, an untouched save
writes nothing, a removal retires what hangs from it, and undo puts every value back as a
new edit: what the group's records say is as before, while the clock stamps move on (so a
laptop that already had the change takes the undo too) and rows the change made stay as
tombstones."""

from __future__ import annotations

from datetime import date

import pytest

from tests.canonical import canonical_dump, records_dump
from volunteer_app.domain.activity import ActivityDraft
from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.funding.years import CALENDAR
from volunteer_app.paths import AppPaths
from volunteer_app.services.funding.projects import FundingService
from volunteer_app.services.funding.years import YearsService


def _world(services):  # type: ignore[no-untyped-def]
    funding = FundingService(services.database)
    walk = services.activities.add_type("Litter pick", "practical_help")
    cafe = services.activities.add_type("Repair cafe", "practical_help")
    grant = funding.add_project("Awards for All", "Lottery", date(2025, 4, 1), date(2026, 3, 31))
    other = funding.add_project("Town council", "", date(2025, 1, 1), None)
    funding.set_type_default(walk.id.hex, grant.id)
    bags = funding.add_output("Bags of litter", "Bagiau sbwriel", (walk.id.hex,))
    days = (date(2025, 6, 1), date(2025, 7, 1))
    activities = [
        services.activities.log(
            ActivityDraft(activity_date=d, activity_type_id=walk.id, volunteers_count=2)
        ).hex
        for d in days
    ]
    for activity in activities:
        funding.tag(activity, (grant.id, other.id))
        funding.record(activity, {bags.id: 5})
    return funding, walk.id.hex, cafe.id.hex, grant, other, bags, activities


def test_a_project_edit_validates_and_an_untouched_save_writes_nothing(
    services,
    paths: AppPaths,  # type: ignore[no-untyped-def]
) -> None:
    funding, walk, _cafe, grant, other, _bags, _acts = _world(services)
    before = canonical_dump(paths.database)
    shared = records_dump(paths.database)
    assert (
        funding.edit_project(grant.id, " Awards  for All", "Lottery ", grant.start, grant.end)
        is None
    )
    assert canonical_dump(paths.database) == before
    with pytest.raises(ValidationError) as caught:
        funding.edit_project(grant.id, "town COUNCIL", "", grant.start, grant.end)
    assert caught.value.code == "project.duplicate"
    with pytest.raises(ValidationError) as caught:
        funding.edit_project(grant.id, grant.name, "", date(2026, 1, 1), date(2025, 1, 1))
    assert caught.value.code == "project.backwards"
    with pytest.raises(ValidationError) as caught:
        funding.edit_project(grant.id, "  ", "", grant.start, grant.end)
    assert caught.value.code == "project.empty"
    assert canonical_dump(paths.database) == before  # nothing half-written
    undo = funding.edit_project(grant.id, "Awards for All 2025-27", "NLCF", grant.start, None)
    assert undo is not None
    edited = next(p for p in funding.projects() if p.id == grant.id)
    assert (edited.name, edited.funder, edited.end) == ("Awards for All 2025-27", "NLCF", None)
    # The end date decides which activities join by default: now open-ended, a later one does.
    assert funding.defaults_for(walk, on=date(2027, 1, 1)) == [grant.id]
    funding.put_back(undo)
    assert records_dump(paths.database) == shared
    assert other in funding.projects()


def test_removing_a_project_retires_its_tags_and_defaults_and_undo_brings_them_back(
    services,
    paths: AppPaths,  # type: ignore[no-untyped-def]
) -> None:
    funding, walk, _cafe, grant, other, _bags, activities = _world(services)
    assert funding.tagged_count(grant.id) == 2
    shared = records_dump(paths.database)
    undo = funding.remove_project(grant.id)
    assert [p.id for p in funding.projects()] == [other.id]
    assert all(funding.projects_of(a) == [other.id] for a in activities)
    assert funding.defaults_for(walk) == []
    with pytest.raises(ValidationError) as caught:
        funding.edit_project(grant.id, "Back", "", grant.start, None)
    assert caught.value.code == "project.unknown"
    funding.put_back(undo)
    assert records_dump(paths.database) == shared
    assert funding.defaults_for(walk) == [grant.id]
    assert funding.tagged_count(grant.id) == 2


def test_an_output_edit_and_removal_and_their_undo(
    services,
    paths: AppPaths,  # type: ignore[no-untyped-def]
) -> None:
    funding, walk, cafe, _grant, _other, bags, activities = _world(services)
    funding.add_output("Items repaired", "", (cafe,))
    before = canonical_dump(paths.database)
    shared = records_dump(paths.database)
    assert funding.edit_output(bags.id, "Bags of litter ", "Bagiau sbwriel", (walk, walk)) is None
    assert canonical_dump(paths.database) == before
    with pytest.raises(ValidationError) as caught:
        funding.edit_output(bags.id, "items REPAIRED", "", (walk,))
    assert caught.value.code == "output.duplicate"
    undo = funding.edit_output(bags.id, "Bags collected", "Bagiau", (cafe,))
    assert undo is not None
    assert [o.name for o in funding.outputs_for_type(cafe)] == ["Bags collected", "Items repaired"]
    assert funding.outputs_for_type(walk) == []
    funding.put_back(undo)
    assert records_dump(paths.database) == shared
    # A removal: the output no longer shows or counts; its amounts stay in the file.
    years = YearsService(services.database)
    years.set_year_kind(CALENDAR)
    assert years.report(1, date(2025, 12, 31)).values(bags.id) == [10]
    before = canonical_dump(paths.database)
    shared = records_dump(paths.database)
    undo = funding.remove_output(bags.id)
    assert [o.name for o in funding.outputs()] == ["Items repaired"]
    assert funding.outputs_for_type(walk) == []
    assert funding.amounts_of(activities[0]) == {bags.id: 5}
    report = years.report(1, date(2025, 12, 31))
    assert bags.id not in [o.id for o in report.outputs]
    funding.put_back(undo)
    assert records_dump(paths.database) == shared


def test_the_types_that_join_a_project_are_edited_and_undone(
    services,
    paths: AppPaths,  # type: ignore[no-untyped-def]
) -> None:
    funding, walk, cafe, grant, other, _bags, _acts = _world(services)
    assert [p.type_ids for p in funding.projects() if p.id == grant.id] == [(walk,)]
    shared = records_dump(paths.database)
    before = canonical_dump(paths.database)
    assert (  # the same ticks: nothing written
        funding.edit_project(grant.id, grant.name, "Lottery", grant.start, grant.end, (walk,))
        is None
    )
    assert canonical_dump(paths.database) == before
    undo = funding.edit_project(grant.id, grant.name, "Lottery", grant.start, grant.end, (cafe,))
    assert undo is not None
    assert funding.defaults_for(cafe) == [grant.id] and funding.defaults_for(walk) == []
    # A type may join several projects: ticking it for another leaves this one's list alone.
    funding.edit_project(other.id, other.name, "", other.start, None, (cafe,))
    assert sorted(funding.defaults_for(cafe)) == sorted([grant.id, other.id])
    assert {p.id: p.type_ids for p in funding.projects()} == {grant.id: (cafe,), other.id: (cafe,)}
    funding.edit_project(other.id, other.name, "", other.start, None, ())
    funding.put_back(undo)
    assert records_dump(paths.database) == shared
    assert funding.defaults_for(walk) == [grant.id] and funding.defaults_for(cafe) == []


def test_a_new_project_takes_its_types_in_the_same_transaction(
    services,
    paths: AppPaths,  # type: ignore[no-untyped-def]
) -> None:
    funding, walk, cafe, grant, _other, _bags, _acts = _world(services)
    chest = funding.add_project("Community chest", "", date(2026, 1, 1), None, (cafe, walk, cafe))
    assert chest.type_ids == tuple(sorted((walk, cafe)))
    assert [p.type_ids for p in funding.projects() if p.id == chest.id] == [chest.type_ids]
    assert sorted(funding.defaults_for(walk)) == sorted([grant.id, chest.id])
    with pytest.raises(ValidationError):  # refused whole: no types joined to nothing
        funding.add_project("Community chest", "", date(2026, 1, 1), None, (cafe,))
    assert funding.defaults_for(cafe) == [chest.id]


def test_a_link_to_a_type_since_deleted_is_left_alone_by_saves(
    services,
    paths: AppPaths,  # type: ignore[no-untyped-def]
) -> None:
    """Undoing an import deletes the types it made; the window lists live types only, so a
    save of the project must neither count such a link as a change nor drop it."""
    import sqlite3

    funding, walk, cafe, grant, _other, _bags, _acts = _world(services)
    funding.edit_project(grant.id, grant.name, "Lottery", grant.start, grant.end, (walk, cafe))
    conn = sqlite3.connect(paths.database)
    with conn:
        conn.execute("UPDATE activity_type SET deleted_at = '2026-01-01' WHERE id = ?", (cafe,))
    conn.close()
    assert [p.type_ids for p in funding.projects() if p.id == grant.id] == [(walk,)]
    before = canonical_dump(paths.database)
    assert (
        funding.edit_project(grant.id, grant.name, "Lottery", grant.start, grant.end, (walk,))
        is None
    )
    assert canonical_dump(paths.database) == before
    funding.edit_project(grant.id, "Awards 2", "Lottery", grant.start, grant.end, (walk,))
    conn = sqlite3.connect(paths.database)
    live = conn.execute(
        "SELECT activity_type_id FROM project_default WHERE project_id = ? AND deleted_at IS NULL",
        (grant.id,),
    ).fetchall()
    conn.close()
    assert sorted(r[0] for r in live) == sorted([walk, cafe])
