"""What the coordinator waits for at start comes first; pages for later come after."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import make_window
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.first_paint import on_first_paint
from volunteer_app.ui.shell.main_window import PREBUILD_AT_LATEST_MS, PREBUILT
from volunteer_app.ui.shell.startup import Startup


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


def test_settled_comes_once_keys_and_busy_pages_are_ready(ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = make_window(ctx, qtbot)
    seen: list[tuple[bool, list[str]]] = []
    win.settled.connect(lambda: seen.append((win._shortcuts_ready, sorted(win.pages))))
    win.show()
    Startup(ctx, win, show_welcome=False).start()
    qtbot.waitUntil(lambda: bool(seen))
    qtbot.wait(PREBUILD_AT_LATEST_MS + 100)  # the fallback timer's chain ends too: no repeat
    assert seen == [(True, sorted({"log", *PREBUILT}))]


def test_the_window_starts_without_cyclic_garbage_collection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from volunteer_app import app
    from volunteer_app.__main__ import main

    seen: list[bool] = []
    monkeypatch.setattr(app, "run_gui", lambda _args: seen.append(gc.isenabled()) or 0)
    assert main(["--data-dir", str(tmp_path)]) == 0
    assert seen == [False]
    assert gc.isenabled()  # back on however the window ended


def test_collection_comes_back_with_one_full_pass_once_settled() -> None:
    from volunteer_app.app import _collect_garbage_again

    gc.disable()
    try:
        _collect_garbage_again()
        assert gc.isenabled()
    finally:
        gc.enable()
    _collect_garbage_again()  # started some other way: left as it was
    assert gc.isenabled()
