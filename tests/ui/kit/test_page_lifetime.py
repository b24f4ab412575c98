"""A page closed while its slow work runs on a thread is left alone when the answer comes."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel
from shiboken6 import delete

from volunteer_app.ui.kit.page import Page
from volunteer_app.ui.kit.worker import ThreadRunner
from volunteer_app.ui.shell.context import UiContext


def test_an_answer_for_a_closed_page_is_dropped(paths, qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = ThreadRunner()
    ctx = UiContext(paths=paths, runner=runner)
    page = Page(ctx)
    label = QLabel(page)
    shown: list[str] = []
    release = threading.Event()

    def slow() -> str:
        release.wait(10)
        return "42"

    def show(text: str) -> None:
        shown.append(text)
        label.setText(text)  # would raise on a deleted label

    page.run_latest(slow, show)
    delete(page)  # the window closed while the count ran
    release.set()
    assert runner.wait()
    qtbot.wait(50)  # the queued answer is delivered, and dropped
    assert shown == []


def test_an_answer_for_an_open_page_is_shown(paths, qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = ThreadRunner()
    ctx = UiContext(paths=paths, runner=runner)
    page = Page(ctx)
    qtbot.addWidget(page)
    shown: list[str] = []
    page.run_latest(lambda: "42", shown.append)
    assert runner.wait()
    qtbot.waitUntil(lambda: shown == ["42"])
