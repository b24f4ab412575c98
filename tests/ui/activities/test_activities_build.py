"""Building the Activities page with the data already open (as when it is prebuilt in idle
time) reads its first rows and its count once each (issue 21)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.ui.activities.threaded_page import LOGGED
from volunteer_app.services.context import AppServices
from volunteer_app.ui.activities.activities_model import PAGE
from volunteer_app.ui.activities.activities_page import ActivitiesPage
from volunteer_app.ui.shell.context import UiContext


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
