"""The Community section reads through the runner, off the GUI thread: until the runner has
run its job, the section has queried nothing; the newest request's answer is the one shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from volunteer_app.domain.periods import quarter
from volunteer_app.services.demo_data import add_demo_data
from volunteer_app.ui.community.community_section import CommunitySection
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow


class HeldRunner:
    """Keeps each job until told to run them all (a worker thread that has not finished)."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []

    def run(self, job: Callable[[], Any], on_done: Callable[[Any], None], _on_error: Any) -> None:
        self.jobs.append((job, on_done))

    def finish(self) -> None:
        jobs, self.jobs = self.jobs, []
        for job, on_done in jobs:
            on_done(job())


def test_the_section_reads_through_the_runner(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    add_demo_data(ctx.services.database, until=date(2026, 6, 30))
    window.show_page("reports")
    section = window.page("reports").findChild(CommunitySection)
    assert section is not None
    held = HeldRunner()
    ctx.runner = held
    calls: list[object] = []
    report_service = ctx.services.community.report
    original = report_service.report

    def counted(*args: Any) -> Any:
        calls.append(args)
        return original(*args)

    report_service.report = counted  # type: ignore[method-assign]
    section.picker.set_period(quarter(2026, 1))
    section.picker.set_period(quarter(2026, 2))
    assert calls == [] and held.jobs  # nothing read on the GUI thread
    held.finish()
    assert section.report is not None
    assert section.report == original(quarter(2026, 2))  # the newest request's answer
