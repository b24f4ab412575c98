"""An Activities page over a file of a little more than one page of activities, with its
work run on real threads: shared by the tests of building and counting the page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from volunteer_app.domain.activity import ActivityDraft
from volunteer_app.paths import AppPaths
from volunteer_app.services.context import AppServices, open_services
from volunteer_app.ui.activities.activities_model import PAGE
from volunteer_app.ui.kit.worker import ThreadRunner
from volunteer_app.ui.shell.context import UiContext

LOGGED = PAGE + 50


@pytest.fixture
def services(paths: AppPaths) -> Iterator[AppServices]:
    paths.ensure()
    opened = open_services(paths)
    walk = opened.activities.add_type("Walk", "practical_help")
    for day in range(LOGGED):
        opened.activities.log(
            ActivityDraft(
                activity_date=date(2025, 1, 1) + timedelta(days=day),
                activity_type_id=walk.id,
                volunteers_count=1,
            )
        )
    yield opened
    opened.close()


@pytest.fixture
def threaded(paths: AppPaths, services: AppServices, qapp) -> Iterator[UiContext]:  # type: ignore[no-untyped-def]
    runner = ThreadRunner()
    context = UiContext(paths=paths, runner=runner, services=services)
    context.translations.switch("en")
    yield context
    runner.wait()
