"""A new install's pages say what to do first instead of showing empty tables."""

from __future__ import annotations

from datetime import date

import pytest

from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.domain.periods import quarter
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow
from volunteer_app.ui.shell.ops import Changes

PAGES = ("activities", "people", "reports", "export")


def _hint(window: MainWindow, key: str) -> str:
    window.show_page(key)
    page = window.page(key)
    if key in ("reports", "export"):
        page.picker.set_period(quarter(2026, 1))  # type: ignore[attr-defined]
    hint = page.empty_hint  # type: ignore[attr-defined]
    return hint.text() if hint.isVisibleTo(page) else ""


@pytest.mark.parametrize("language", ["en", "cy"])
def test_empty_pages_say_what_to_do_first(
    window: MainWindow,
    ctx: UiContext,
    qtbot,
    language: str,  # type: ignore[no-untyped-def]
) -> None:
    assert ctx.services is not None
    ctx.services.group.update("Caffi", "W06000015", "")  # else Export first asks for it
    ctx.switch_language(language, remember=False)
    qtbot.waitUntil(lambda: (window.nav.item(1).text() == "Activities") == (language == "en"))
    for key in PAGES:
        text = _hint(window, key)
        assert "(Ctrl+1)" in text, key
    assert ctx.services is not None
    cafe = ctx.services.activities.add_type("Caffi", "practical_help")
    ctx.services.activities.log(
        ActivityDraft(
            date(2026, 2, 3), cafe.id, duration_minutes=60, people=(PersonEntry("Nia", minutes=60),)
        )
    )
    ctx.ops.announce(Changes.ALL)  # written behind the window's back
    for key in PAGES:
        qtbot.waitUntil(lambda k=key: _hint(window, k) == "")
    ctx.switch_language("en", remember=False)


def test_a_filter_that_matches_nothing_says_so(window: MainWindow, ctx: UiContext) -> None:
    assert ctx.services is not None
    cafe = ctx.services.activities.add_type("Caffi", "practical_help")
    ctx.services.activities.log(
        ActivityDraft(date(2026, 2, 3), cafe.id, volunteers_count=2, duration_minutes=60)
    )
    window.show_page("activities")
    page = window.page("activities")
    page.search_edit.setText("zzz")  # type: ignore[attr-defined]
    page.apply_filters()  # type: ignore[attr-defined]
    assert page.empty_hint.text().startswith("No activity matches")  # type: ignore[attr-defined]
