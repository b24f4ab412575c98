"""Projects and outputs through the service: validation first, defaults per type, counts
replaced whole; the sample data gains plausible projects and outputs."""

from __future__ import annotations

from datetime import date

import pytest

from volunteer_app.domain.activity import ActivityDraft
from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.funding.figures import Figure
from volunteer_app.domain.funding.years import CALENDAR, FINANCIAL
from volunteer_app.services.demo_data import add_demo_data
from volunteer_app.services.funding.projects import FundingService
from volunteer_app.services.funding.years import YearsService


def test_projects_outputs_and_defaults(services) -> None:  # type: ignore[no-untyped-def]
    funding = FundingService(services.database)
    walk = services.activities.add_type("Litter pick", "practical_help")
    with pytest.raises(ValidationError) as caught:
        funding.add_project("Grant", "", date(2026, 1, 1), date(2025, 1, 1))
    assert caught.value.code == "project.backwards"
    with pytest.raises(ValidationError):
        funding.add_project("   ", "", date(2026, 1, 1), None)
    grant = funding.add_project(" Awards  for All ", "Lottery", date(2025, 4, 1), None)
    assert grant.name == "Awards for All"
    with pytest.raises(ValidationError) as caught:
        funding.add_project("awards for all", "", date(2025, 4, 1), None)
    assert caught.value.code == "project.duplicate"
    funding.set_type_default(walk.id.hex, grant.id)
    assert funding.defaults_for(walk.id.hex) == [grant.id]
    # On a day: only a project whose dates cover it (this one starts on 1 April 2025).
    assert funding.defaults_for(walk.id.hex, on=date(2025, 4, 1)) == [grant.id]
    assert funding.defaults_for(walk.id.hex, on=date(2025, 3, 31)) == []
    bags = funding.add_output("Bags of litter", "Bagiau sbwriel", (walk.id.hex,))
    assert [o.shown_name("cy") for o in funding.outputs_for_type(walk.id.hex)] == ["Bagiau sbwriel"]
    activity = services.activities.log(
        ActivityDraft(activity_date=date(2025, 6, 1), activity_type_id=walk.id, volunteers_count=2)
    ).hex
    funding.tag(activity, (grant.id,))
    funding.record(activity, {bags.id: 12})
    funding.record(activity, {bags.id: 9})  # a correction replaces the count
    assert funding.amounts_of(activity) == {bags.id: 9}
    with pytest.raises(ValidationError):
        funding.record(activity, {bags.id: -1})
    assert funding.amounts_of(activity) == {bags.id: 9}  # nothing half-written
    years = YearsService(services.database)
    years.set_year_kind(CALENDAR)
    assert years.year_kind() == CALENDAR
    report = years.report(2, date(2026, 3, 1), project=grant)
    assert report.values(bags.id) == [9, None]
    assert report.values(Figure.UNNAMED_HELPERS) == [2, None]


def test_sample_data_has_projects_and_outputs(services) -> None:  # type: ignore[no-untyped-def]
    add_demo_data(services.database, "small", 1, date(2026, 3, 31))
    funding = FundingService(services.database)
    projects = funding.projects()
    assert {p.name for p in projects} == {"Awards for All", "Town council grant"}
    assert {o.name for o in funding.outputs()} == {
        "Bags of litter",
        "Meals served",
        "Items repaired",
    }
    report = YearsService(services.database).report(1, date(2026, 3, 31), FINANCIAL)
    (year,) = report.years
    assert year.has_data and all(year.outputs.get(o.id, 0) > 0 for o in report.outputs)
    for project in projects:
        tagged = YearsService(services.database).report(1, date(2026, 3, 31), FINANCIAL, project)
        assert 0 < tagged.years[0].activities < year.activities


def test_projects_and_outputs_never_reach_the_cvc_summary(services) -> None:  # type: ignore[no-untyped-def]
    from volunteer_app.domain.periods import financial_year

    services.group.update("Llanfair Litter Pickers", "W06000015", "")
    add_demo_data(services.database, "small", 1, date(2026, 3, 31))
    period = financial_year(2025)
    before = services.summary.preview(period)
    funding = FundingService(services.database)
    funding.add_project("Extra grant", "Somebody", date(2025, 4, 1), None)
    funding.add_output("Trees planted", "Coed wedi'u plannu", ())
    after = services.summary.preview(period)
    assert after.rows == before.rows  # the same rows, whatever projects and outputs exist
    text = after.content.decode("utf-8-sig")
    for word in ("Awards for All", "Town council", "Bags of litter", "Meals served", "project"):
        assert word not in text


def test_full_export_carries_projects_and_outputs(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import csv

    from volunteer_app.services.full_export import csv_paths, export_everything

    add_demo_data(services.database, "small", 1, date(2026, 3, 31))
    funding = FundingService(services.database)
    funding.add_project("=HYPERLINK(1)", "", date(2020, 1, 1), None)  # odd, but text it stays
    target = tmp_path / "records.csv"
    export_everything(services.database, target)
    activities = csv_paths(target)[0]
    with open(activities, encoding="utf-8-sig", newline="") as fh:
        rows = [row for row in csv.reader(fh) if row]
    header = next(r for r in rows if "project" in r)
    at = header.index("project")
    assert header[at + 1 :] == [
        "output: Bags of litter",
        "output: Items repaired",
        "output: Meals served",
    ]
    body = rows[rows.index(header) + 1 :]
    named = {r[at] for r in body}
    assert "Awards for All" in named and "Town council grant" in named
    bags = [int(r[at + 1]) for r in body if r[at + 1]]
    report = YearsService(services.database).report(1, date(2026, 3, 31), FINANCIAL)
    litter = next(o for o in report.outputs if o.name == "Bags of litter")
    assert sum(bags) == report.years[0].outputs[litter.id]  # one year of data, all of it
