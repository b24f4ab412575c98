"""Over the years, five years on the large demo data (ten years), against the plain SQLite
aggregates of the same figures run straight through sqlite3, in the same run.

    python -m tests.benchmarks.years [--runs N] [--home DIR]

Without --home, the large demo data is built in a temporary folder first (about a minute).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from tests.benchmarks.run import interleaved

GOAL = 2.0
TODAY = date(2026, 5, 15)  # six weeks into a financial year: four whole years and one to date


def _ranges() -> list[tuple[str, str]]:
    from volunteer_app.domain.funding.years import FINANCIAL, last_years, year_starting

    years = last_years(FINANCIAL, TODAY, 5)
    before = year_starting(FINANCIAL, years[0].start.year - 1)
    return [(y.start.isoformat(), y.end.isoformat()) for y in (before, *years)]


def sqlite_floor(database: Path) -> float:
    """The same aggregates, one set per year and the year before, on a bare connection."""
    from volunteer_app.storage.funding import year_query as q

    texts = [
        q._sql(t, None) for t in (q._ACTIVITIES, q._NAMED_PARTICIPANTS, q._VOLUNTEERS, q._NEW)
    ] + [q._sql(q._OUTPUTS, None)]
    conn = sqlite3.connect(database)
    start = time.perf_counter()
    for first, last in _ranges():
        for sql in texts:
            conn.execute(sql, {"start": first, "end": last, "project": None}).fetchall()
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def years_figure(runs: int, home: Path) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from volunteer_app.paths import AppPaths
    from volunteer_app.services.context import open_services
    from volunteer_app.ui.funding.years_view import YearsView
    from volunteer_app.ui.kit.worker import InlineRunner
    from volunteer_app.ui.shell.context import UiContext

    app = QApplication.instance() or QApplication([])
    services = open_services(AppPaths.under(home))
    ctx = UiContext(paths=services.paths, runner=InlineRunner(), services=services)
    view = YearsView(ctx, today=TODAY)
    view.count.blockSignals(True)
    view.count.setValue(5)
    view.count.blockSignals(False)
    view.resize(1100, 900)
    view.show()
    try:

        def render() -> float:
            start = time.perf_counter()
            view.refresh()
            view.grab()  # painted: table and chart
            app.processEvents()
            assert view.report is not None and view.report.years[0].activities > 0
            return time.perf_counter() - start

        value, floor_value = interleaved(runs, render, lambda: sqlite_floor(services.database.path))
    finally:
        view.close()
        services.close()
    return {
        "figure": "Over the years, 5 financial years (large, ten years of data)",
        "seconds": value,
        "floor_seconds": floor_value,
        "ratio": value / floor_value,
        "goal": GOAL,
    }


def _large_home(folder: Path) -> Path:
    from volunteer_app.paths import AppPaths
    from volunteer_app.services.context import open_services
    from volunteer_app.services.demo_data import add_demo_data

    services = open_services(AppPaths.under(folder))
    try:
        add_demo_data(services.database, "large", 1, TODAY - timedelta(days=1))
    finally:
        services.close()
    return folder


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--home", type=Path, help="a data folder with the large demo data")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = args.home or _large_home(Path(tmp))
        figure = years_figure(args.runs, home)
    print(
        f"{figure['figure']}: {figure['seconds']:.3f} s against {figure['floor_seconds']:.3f} s "
        f"(plain sqlite3 aggregates): {figure['ratio']:.2f}x (goal <= {GOAL}x)"
    )
    return 0 if float(figure["ratio"]) <= GOAL else 1  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
