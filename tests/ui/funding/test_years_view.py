"""Reports > Over the years: the figures per year, the kind of year kept for the group, a
project filter, and the view in Welsh."""

from __future__ import annotations

from datetime import date

from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.domain.funding.years import CALENDAR
from volunteer_app.services.funding.projects import FundingService
from volunteer_app.services.funding.years import YearsService
from volunteer_app.ui.funding.years_view import YearsView
from volunteer_app.ui.reports.reports_page import ReportsPage
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow
from volunteer_app.ui.shell.ops import Changes


def _log(ctx: UiContext) -> str:
    assert ctx.services is not None
    acts = ctx.services.activities
    walk = acts.add_type("Walk", "practical_help")
    funding = FundingService(ctx.services.database)
    grant = funding.add_project("Awards for All", "Lottery", date(2025, 4, 1), None)
    for day, names in ((date(2024, 6, 1), ("Ann", "Bob")), (date(2025, 6, 1), ("Ann",))):
        record = acts.log(
            ActivityDraft(
                activity_date=day,
                activity_type_id=walk.id,
                duration_minutes=60,
                people=tuple(PersonEntry(n, minutes=60) for n in names),
            )
        )
        if day.year == 2025:
            funding.tag(record.hex, (grant.id,))
    return grant.id


def _cell(view: YearsView, row: int, column: int) -> str:
    item = view.table.item(row, column)
    return item.text() if item else ""


def test_years_side_by_side_on_the_reports_page(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot
) -> None:
    grant = _log(ctx)
    window.show_page("reports")
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    view = page.years_view
    view.today = date(2026, 1, 15)
    view.refresh()
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(view.table.columnCount())]
    assert headers[:3] == ["2023-24", "2024-25", "2025-26 (to date)"]
    assert [_cell(view, 0, c) for c in range(3)] == ["no data", "1", "1"]  # activities
    assert [_cell(view, 1, c) for c in range(3)] == ["no data", "2", "1"]  # people
    assert _cell(view, 6, 2) == "50.0"  # retention: Ann of Ann and Bob
    assert _cell(view, 1, 3) == "-1 (-50.0%)"
    assert "Financial years (April to March)" in view.kind.text()
    assert ctx.services is not None
    info = ctx.services.group.info()
    ctx.services.group.update(info.name, None, "", "calendar")
    ctx.ops.announce(Changes.GROUP)
    assert YearsService(ctx.services.database).year_kind() == CALENDAR
    assert view.table.horizontalHeaderItem(2).text() == "2026 (to date)"
    view.project.setCurrentIndex(view.project.findData(grant))
    assert [_cell(view, 0, c) for c in range(3)] == ["no data", "1", "no data"]
    ctx.switch_language("cy")
    qtbot.waitUntil(lambda: view.heading.text() == "Dros y blynyddoedd")
    assert _cell(view, 0, 0) == "dim data"
