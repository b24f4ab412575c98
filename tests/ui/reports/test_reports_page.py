from __future__ import annotations

from datetime import date

from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.domain.periods import quarter
from volunteer_app.ui.reports.reports_page import ReportsPage
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow


def test_tiles_show_the_period(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    walk = ctx.services.activities.add_type("Walk", "practical_help")
    for day in (5, 12):
        ctx.services.activities.log(
            ActivityDraft(
                activity_date=date(2026, 1, day),
                activity_type_id=walk.id,
                duration_minutes=90,
                volunteers_count=1,
                people=(PersonEntry("Ann", minutes=90),),
            )
        )
    window.show_page("reports")
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    page.picker.set_period(quarter(2026, 1))
    assert page.tiles["activities"].number.text() == "2"
    assert page.tiles["distinct_volunteers"].number.text() == "1"  # one person, twice
    assert page.tiles["volunteer_hours"].number.text() == "6.0"  # 2 x (1.5 + 1.5)
    assert page.tiles["unnamed_volunteers"].number.text() == "2"
    ctx.switch_language("cy")
    qtbot.waitUntil(lambda: page.tiles["new_volunteers"].caption.text() == "Gwirfoddolwyr newydd")
