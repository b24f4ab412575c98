"""Benchmarks of the pages on the large data, against the same SQL on sqlite3."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from tests.benchmarks.run import interleaved


def _delete_now(widget: object) -> None:
    """Delete a page at once: left to deleteLater, it was torn down inside the next round's
    processEvents, so each build was timed with the previous page's teardown."""
    from PySide6.QtCore import QCoreApplication, QEvent

    widget.deleteLater()  # type: ignore[attr-defined]
    QCoreApplication.sendPostedEvents(widget, QEvent.Type.DeferredDelete)  # type: ignore[arg-type]


_ROWS_SQL = (
    "SELECT a.activity_date, t.label, coalesce(nullif(a.title, ''), a.location), "
    "a.named_count, a.volunteers_count, a.participants_count, a.volunteer_minutes "
    "FROM activity a JOIN activity_type t ON t.id = a.activity_type_id "
    "WHERE a.deleted_at IS NULL ORDER BY a.activity_date DESC, a.rowid DESC LIMIT 200"
)


# The room a page has in the app's window at its first size (1100 x 720, less the list of
# areas, the menus and the status bar). Pages from cold and their floor are both shown at
# it: at their own default sizes the page showed 7 rows and the bare table 5.
PAGE_ROOM = (850, 660)


class BareTable:
    """A painting floor: the least a Qt table showing the same first 200 rows could do, in a
    window of the app's size. The queries alone stopped being a fair floor once they were
    read from indexes (about 2 ms): the page's own painting is then most of its time."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

        self.conn = conn
        self.window = QMainWindow()
        self.window.resize(1100, 720)
        self.stack = QStackedWidget()
        self.stack.addWidget(QWidget())
        self.window.setCentralWidget(self.stack)
        self.window.show()

    def _table(self) -> object:
        from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt
        from PySide6.QtWidgets import QTableView

        self.conn.execute("SELECT count(*) FROM activity WHERE deleted_at IS NULL").fetchone()
        rows = self.conn.execute(_ROWS_SQL).fetchall()
        locale = QLocale()

        class Model(QAbstractTableModel):
            def rowCount(self, parent: object = QModelIndex()) -> int:
                return len(rows)

            def columnCount(self, parent: object = QModelIndex()) -> int:
                return 7

            def data(self, index: QModelIndex, role: int = 0) -> object:
                if role == Qt.ItemDataRole.DisplayRole:
                    value = rows[index.row()][index.column()]
                    return value if isinstance(value, str) else locale.toString(value)
                return None

        view = QTableView()
        view.setModel(Model(view))
        return view

    def go_to(self) -> float:
        """The table built and filled beforehand (as the app's page is, in idle time)."""
        from PySide6.QtWidgets import QApplication

        view = self._table()
        self.stack.addWidget(view)  # type: ignore[arg-type]
        QApplication.processEvents()
        start = time.perf_counter()
        self.stack.setCurrentWidget(view)  # type: ignore[arg-type]
        QApplication.processEvents()
        elapsed = time.perf_counter() - start
        self.stack.setCurrentIndex(0)
        self.stack.removeWidget(view)  # type: ignore[arg-type]
        _delete_now(view)
        return elapsed

    def from_cold(self) -> float:
        """The queries, the table made, filled and painted: a window of its own, of a
        page's room, as the page is shown in open_activities."""
        from PySide6.QtWidgets import QApplication

        start = time.perf_counter()
        view = self._table()
        view.resize(*PAGE_ROOM)  # type: ignore[attr-defined]
        view.show()  # type: ignore[attr-defined]
        QApplication.processEvents()
        elapsed = time.perf_counter() - start
        _delete_now(view)
        return elapsed


def pages_figures(runs: int, large_home: Path) -> list[dict[str, object]]:
    """Opening the Activities and People pages and filtering by text, on the large data,
    against the same SQL run directly on sqlite3."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from volunteer_app.domain.activity import ActivityFilter
    from volunteer_app.paths import AppPaths
    from volunteer_app.services.context import open_services
    from volunteer_app.storage import people_repo
    from volunteer_app.ui.activities.activities_page import ActivitiesPage
    from volunteer_app.ui.kit.worker import InlineRunner, ThreadRunner
    from volunteer_app.ui.people.people_page import PeoplePage
    from volunteer_app.ui.shell.context import UiContext

    app = QApplication.instance() or QApplication([])
    services = open_services(AppPaths.under(large_home))
    ctx = UiContext(paths=services.paths, runner=InlineRunner(), services=services)
    conn = sqlite3.connect(large_home / "volunteering.sqlite3")
    figures = []
    try:

        # As in the app, slow reads run on the thread pool: the page's total is counted
        # there while its first rows are painted.
        threaded = UiContext(paths=services.paths, runner=ThreadRunner(), services=services)

        def open_activities() -> float:
            """Until the page is painted with its first rows (the total may come after)."""
            start = time.perf_counter()
            page = ActivitiesPage(threaded)
            page.set_services(services)
            page.resize(*PAGE_ROOM)
            page.show()
            app.processEvents()
            elapsed = time.perf_counter() - start
            threaded.runner.wait()  # type: ignore[attr-defined]
            app.processEvents()
            assert page.model.total is not None and page.model.total > 0
            _delete_now(page)  # teardown is not timed, nor left to the next round's events
            return elapsed

        def sql_activities() -> float:
            start = time.perf_counter()
            conn.execute("SELECT count(*) FROM activity WHERE deleted_at IS NULL").fetchone()
            conn.execute(
                "SELECT a.id, a.activity_date, t.label, a.title, a.location, "
                "a.named_count, a.volunteers_count, a.participants_count, "
                "a.volunteer_minutes FROM activity a JOIN activity_type t ON t.id = "
                "a.activity_type_id WHERE a.deleted_at IS NULL ORDER BY "
                "a.activity_date DESC, a.rowid DESC LIMIT 200"
            ).fetchall()
            return time.perf_counter() - start

        page = ActivitiesPage(ctx)
        page.set_services(services)

        def filter_activities() -> float:
            start = time.perf_counter()
            page.model.reload(ActivityFilter(text="chapel"))
            return time.perf_counter() - start

        def sql_filter() -> float:
            start = time.perf_counter()
            where = (
                "WHERE a.deleted_at IS NULL AND (a.search_text LIKE '%chapel%' OR "
                "t.search_key LIKE '%chapel%')"
            )
            conn.execute(
                "SELECT count(*) FROM activity a JOIN activity_type t ON t.id = "
                f"a.activity_type_id {where}"
            ).fetchone()
            conn.execute(
                "SELECT a.id, a.activity_date, t.label FROM activity a JOIN "
                f"activity_type t ON t.id = a.activity_type_id {where} ORDER BY "
                "a.activity_date DESC, a.rowid DESC LIMIT 200"
            ).fetchall()
            return time.perf_counter() - start

        def open_people() -> float:
            start = time.perf_counter()
            people = PeoplePage(ctx)
            people.set_services(services)
            people.show()
            app.processEvents()
            elapsed = time.perf_counter() - start
            _delete_now(people)
            return elapsed

        period = PeoplePage(ctx).picker.period()
        assert period is not None

        def sql_people() -> float:
            start = time.perf_counter()
            conn.execute(
                str(people_repo._PEOPLE),
                {"start": period.start.isoformat(), "end": period.end.isoformat()},
            ).fetchall()
            return time.perf_counter() - start

        from PySide6.QtCore import QSettings

        from volunteer_app.ui.shell.main_window import PREBUILT, MainWindow
        from volunteer_app.ui.shell.startup import Startup

        def go_to_activities() -> float:
            """As a coordinator meets it: the window open on the data for a moment (pages
            are built in idle time), then a click on Activities."""
            window_ctx = UiContext(paths=services.paths, runner=InlineRunner())
            window = MainWindow(
                window_ctx,
                QSettings(str(services.paths.qt_settings_file), QSettings.Format.IniFormat),
            )
            window.show()
            startup = Startup(window_ctx, window, show_welcome=False)
            startup.safety_checks = False
            startup.start()
            deadline = time.perf_counter() + 10
            while not all(k in window.pages for k in PREBUILT) and time.perf_counter() < deadline:
                app.processEvents()
            app.processEvents()
            start = time.perf_counter()
            window.show_page("activities")
            app.processEvents()
            elapsed = time.perf_counter() - start
            assert window_ctx.services is not None
            window_ctx.services.close()
            window.deleteLater()
            return elapsed

        bare = BareTable(conn)

        for label, measure, floor in (
            ("go to Activities page (large)", go_to_activities, sql_activities),
            ("go to Activities page, vs bare table (large)", go_to_activities, bare.go_to),
            ("build Activities page from cold (large)", open_activities, sql_activities),
            ("build Activities from cold, vs bare table", open_activities, bare.from_cold),
            ("filter Activities by text (large)", filter_activities, sql_filter),
            ("open People page (large)", open_people, sql_people),
        ):
            value, floor_value = interleaved(runs, measure, floor)
            figures.append(
                {
                    "figure": label,
                    "seconds": value,
                    "floor_seconds": floor_value,
                    "ratio": value / floor_value,
                    "goal": 2.0,
                }
            )
    finally:
        conn.close()
        services.close()
    return figures
