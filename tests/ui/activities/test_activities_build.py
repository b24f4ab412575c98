"""Building the Activities page with the data already open (as when it is prebuilt in idle
time) reads its first rows and its count once each (issue 21)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from volunteer_app.domain.activity import ActivityDraft
from volunteer_app.paths import AppPaths
from volunteer_app.services.context import AppServices, open_services
from volunteer_app.ui.activities.activities_model import PAGE
from volunteer_app.ui.activities.activities_page import ActivitiesPage
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


def test_the_page_reads_its_rows_and_count_once(
    threaded: UiContext,
    services: AppServices,
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Not once more when the table's sorting is switched on, before the page has its data."""
    calls: list[str] = []
    page_of, count_of = services.activities.page, services.activities.count
    monkeypatch.setattr(services.activities, "page", lambda *a: calls.append("page") or page_of(*a))
    monkeypatch.setattr(
        services.activities, "count", lambda *a: calls.append("count") or count_of(*a)
    )
    page = ActivitiesPage(threaded)
    qtbot.addWidget(page)
    page.set_services(services)
    assert calls.count("page") == 1 and page.model.rowCount() == PAGE
    qtbot.waitUntil(lambda: page.model.total == LOGGED)
    assert sorted(calls) == ["count", "page"]
    # A click on a heading still sorts, oldest first on a second click.
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert page.model.row_at(0).activity_date == date(2025, 1, 1)  # type: ignore[union-attr]


def test_the_type_list_is_there_once_the_page_is_shown(
    threaded: UiContext,
    services: AppServices,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    """Built ahead and unseen, the page reads its types at the next turn of the event loop;
    a coordinator finds them in the type box as before."""
    page = ActivitiesPage(threaded)
    qtbot.addWidget(page)
    page.set_services(services)
    assert page.type_combo.currentText() == "All types"
    page.show()
    qtbot.waitUntil(lambda: page.type_combo.count() == 2)
    assert [page.type_combo.itemText(i) for i in range(2)] == ["All types", "Walk"]
    page.type_combo.setCurrentIndex(1)
    assert page.model.rowCount() == PAGE and page.type_combo.currentText() == "Walk"
    services.activities.add_type("Quiz", "raising_money")
    page.refresh()  # shown now: the list is read at once
    assert page.type_combo.count() == 3 and page.type_combo.currentText() == "Walk"
    qtbot.waitUntil(lambda: page.model.total == LOGGED)  # no count left to land on a later test
