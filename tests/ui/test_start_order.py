"""What the coordinator waits for at start comes first; pages for later come after."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from volunteer_app.ui.context import UiContext
from volunteer_app.ui.first_paint import on_first_paint
from volunteer_app.ui.main_window import PREBUILT
from volunteer_app.ui.startup import Startup

from .conftest import make_window


def test_busy_pages_are_built_only_after_the_counts_are_painted(ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = make_window(ctx, qtbot)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: "log" in win.pages)  # the home page, built after the first paint
    counts = win.page("log").findChild(QLabel, "dataCounts")
    built_when_painted: list[list[str]] = []
    Startup(ctx, win, show_welcome=False).start()
    assert counts.text().startswith("On this laptop: 0 activities")
    on_first_paint(counts, lambda: built_when_painted.append(sorted(win.pages)))
    qtbot.waitUntil(lambda: bool(built_when_painted))
    qtbot.waitUntil(lambda: all(key in win.pages for key in PREBUILT))
    assert built_when_painted == [["log"]]


def test_busy_pages_are_built_even_if_nothing_repaints(ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = make_window(ctx, qtbot)  # never shown: no paint will come
    Startup(ctx, win, show_welcome=False).start()
    assert not any(key in win.pages for key in PREBUILT)
    qtbot.waitUntil(lambda: all(key in win.pages for key in PREBUILT))


def test_home_shown_comes_once_the_home_page_is_built(ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    # The app opens the data on this signal, so SQLAlchemy's import never competes with
    # building the home page.
    win = make_window(ctx, qtbot)
    seen: list[list[str]] = []
    win.home_shown.connect(lambda: seen.append(sorted(win.pages)))
    win.show()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [["log"]]
    assert ctx.services is None  # nothing opened the data by itself
