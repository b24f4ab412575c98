"""The Log form shows the outputs of the chosen type; saving records them and tags the
type's default project; "same as last time" fills them in again."""

from __future__ import annotations

from datetime import date

from volunteer_app.domain.funding.years import FINANCIAL
from volunteer_app.services.funding.projects import FundingService
from volunteer_app.services.funding.years import YearsService
from volunteer_app.ui.log.log_page import LogPage
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow
from volunteer_app.ui.shell.ops import Changes


def test_outputs_on_the_log_form(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    walk = ctx.services.activities.add_type("Litter pick", "practical_help")
    cafe = ctx.services.activities.add_type("Café", "organising_running")
    funding = FundingService(ctx.services.database)
    bags = funding.add_output("Bags of litter", "Bagiau sbwriel", (walk.id.hex,))
    grant = funding.add_project("Keep Wales Tidy", "", date(2020, 1, 1), None)
    funding.set_type_default(walk.id.hex, grant.id)
    ctx.ops.announce(Changes.ALL)  # written behind the window's back
    window.show_page("log")
    page = window.page("log")
    assert isinstance(page, LogPage)
    form, fields = page.form, page.output_fields
    form.type_combo.setCurrentIndex(form.type_combo.findData(str(cafe.id)))
    assert not fields.isVisibleTo(page)  # the café has no outputs
    form.type_combo.setCurrentIndex(form.type_combo.findData(str(walk.id)))
    assert fields.isVisibleTo(page) and list(fields.fields) == [bags.id]
    form.set_date(date(2026, 1, 10))
    form.people.volunteers.spin.setValue(2)
    fields.fields[bags.id].setValue(14)
    page.save()
    assert "Saved" in page.result_label.text(), page.result_label.text()
    assert fields.fields[bags.id].value() == 0  # ready for the next one
    report = YearsService(ctx.services.database).report(1, date(2026, 1, 31), FINANCIAL, grant)
    assert report.years[0].activities == 1 and report.years[0].outputs == {bags.id: 14}
    form.type_combo.setCurrentIndex(form.type_combo.findData(str(walk.id)))
    page.same_as_last_time()
    assert fields.fields[bags.id].value() == 14


def test_an_activity_joins_its_types_project_only_within_the_projects_dates(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot
) -> None:
    """A grant from September 2025 to August 2026 takes the cafés logged in its dates; a café
    after it ended (or before it began) is not counted in the funder's figures."""
    assert ctx.services is not None
    cafe = ctx.services.activities.add_type("Café", "organising_running")
    funding = FundingService(ctx.services.database)
    grant = funding.add_project("Town council grant", "", date(2025, 9, 1), date(2026, 8, 31))
    funding.set_type_default(cafe.id.hex, grant.id)
    ctx.ops.announce(Changes.ALL)  # written behind the window's back
    window.show_page("log")
    page = window.page("log")
    assert isinstance(page, LogPage)
    form = page.form
    for day in (date(2025, 8, 30), date(2026, 3, 14), date(2026, 9, 5)):
        form.type_combo.setCurrentIndex(form.type_combo.findData(str(cafe.id)))
        form.set_date(day)
        form.people.volunteers.spin.setValue(2)
        page.save()
        assert "Saved" in page.result_label.text(), page.result_label.text()
    report = YearsService(ctx.services.database).report(2, date(2026, 12, 31), FINANCIAL, grant)
    assert [y.activities for y in report.years] == [1, 0]  # 14 March 2026 only
