"""The Activities page shows its first rows at once and counts the total off the GUI thread
(counting reads every row: the slowest part of showing the page on a large file)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QModelIndex

from tests.ui.activities.threaded_page import LOGGED
from volunteer_app.services.context import AppServices
from volunteer_app.ui.activities.activities_model import PAGE
from volunteer_app.ui.activities.activities_page import ActivitiesPage
from volunteer_app.ui.kit.worker import ThreadRunner
from volunteer_app.ui.shell.context import UiContext


def test_rows_first_then_the_total(threaded: UiContext, services: AppServices, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = ActivitiesPage(threaded)
    qtbot.addWidget(page)
    page.set_services(services)
    # The first page is there before any event is processed; the count is not yet.
    assert page.model.rowCount() == PAGE
    assert page.model.row_at(0).activity_date == date(2025, 1, 1) + timedelta(days=LOGGED - 1)  # type: ignore[union-attr]
    assert page.model.total is None and page.count_label.text() == ""
    assert page.empty_hint.isHidden()  # rows are shown: no "No activities yet"
    # Scrolling on needs no total: a full page may have more after it.
    assert page.model.canFetchMore(QModelIndex())
    qtbot.waitUntil(lambda: page.model.total == LOGGED)
    assert page.count_label.text() == f"Activities shown: {LOGGED}"
    page.model.fetchMore(QModelIndex())
    assert page.model.rowCount() == LOGGED and not page.model.canFetchMore(QModelIndex())


def test_a_count_for_an_older_filter_is_not_shown(
    threaded: UiContext,
    services: AppServices,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    page = ActivitiesPage(threaded)
    qtbot.addWidget(page)
    page.set_services(services)
    page.search_edit.blockSignals(True)  # no typing pause left to search again after the test
    page.search_edit.setText("no such title")
    page.search_edit.blockSignals(False)
    page.apply_filters()  # the search at once, not after the typing pause
    assert isinstance(threaded.runner, ThreadRunner)
    threaded.runner.wait()  # both counts made...
    qtbot.waitUntil(lambda: page.model.total is not None)  # ...and only the latest shown
    qapp = QCoreApplication.instance()
    assert qapp is not None
    qapp.processEvents()
    assert page.model.total == 0 and page.model.rowCount() == 0
    assert page.count_label.text() == "Activities shown: 0"
    assert not page.empty_hint.isHidden()
