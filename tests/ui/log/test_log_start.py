"""At start the Log page shows its first screen, counts included, before it reads the names
and places offered while typing; those follow once the counts are painted."""

from __future__ import annotations

from datetime import date

from tests.ui.conftest import make_window
from volunteer_app.services.context import open_services
from volunteer_app.services.demo_data import add_demo_data
from volunteer_app.ui.log.log_page import LogPage
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.first_paint import on_first_paint
from volunteer_app.ui.shell.startup import Startup


def _with_demo_data(ctx: UiContext) -> None:
    services = open_services(ctx.paths)
    try:
        add_demo_data(services.database, until=date(2026, 6, 30))
    finally:
        services.close()


def _offered_places(page: LogPage) -> list[str]:
    completer = page.form.place_edit.completer()
    if completer is None:
        return []
    model = completer.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_the_first_screen_comes_before_the_suggestions(ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    _with_demo_data(ctx)
    win = make_window(ctx, qtbot)
    win.show()
    qtbot.waitUntil(lambda: "log" in win.pages)
    page = win.page("log")
    assert isinstance(page, LogPage)
    seen_at_paint: list[tuple[bool, int, int, int]] = []

    def painted() -> None:
        seen_at_paint.append(
            (
                page.isEnabled(),
                page.form.type_combo.count(),
                len(page.form.people.names_model.stringList()),
                len(_offered_places(page)),
            )
        )

    Startup(ctx, win, show_welcome=False).start()
    assert page.counts_label.text().startswith("On this laptop: ")
    on_first_paint(page.counts_label, painted)
    qtbot.waitUntil(lambda: bool(seen_at_paint))
    enabled, types, names, places = seen_at_paint[0]
    assert enabled and types > 0  # usable: the types are there to log with
    assert names == 0 and places == 0  # not read yet
    # ...and read a moment later, without anything else happening.
    qtbot.waitUntil(lambda: len(page.form.people.names_model.stringList()) > 0)
    qtbot.waitUntil(lambda: "Village hall" in _offered_places(page))
    assert ctx.services is not None
    assert len(page.form.people.names_model.stringList()) == len(
        ctx.services.activities.known_names()
    )


def test_a_log_page_not_on_screen_reads_everything_at_once(ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    _with_demo_data(ctx)
    services = open_services(ctx.paths)
    ctx.services = services
    page = LogPage(ctx)  # never shown: nothing will paint its counts
    qtbot.addWidget(page)
    page.set_services(services)
    assert page.counts_label.text().startswith("On this laptop: ")
    assert len(page.form.people.names_model.stringList()) == len(services.activities.known_names())
    assert "Village hall" in _offered_places(page)
