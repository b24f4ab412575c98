"""Floors: the least work that could produce the same result, measured in the same run.

``window``: a bare PySide6 main window. ``window+query``: the same window, which once
painted imports sqlmodel, counts the activities of FLOOR_DB with one query and shows the
count in a label, as the app's Log page does ("On this laptop: ...").
"""

from __future__ import annotations

import os
import sys
import time

WHAT = sys.argv[1] if len(sys.argv) > 1 else "window"

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402


def mark(event: str) -> None:
    """The frozen bundle's own mark (no start-up probe can be loaded into a bundle)."""
    print(f"BENCH {event} {time.monotonic_ns()}", flush=True)


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 720)
counts = QLabel(window)
window.setCentralWidget(counts)


def after_show() -> None:
    mark("first-window")
    if WHAT == "window+query":
        # What the app must do at least before its data is usable: load the ORM, run a query.
        import sqlmodel  # noqa: F401
        from sqlalchemy import create_engine, text

        engine = create_engine(f"sqlite:///{os.environ['FLOOR_DB']}")
        with engine.connect() as conn:
            n = conn.execute(text("SELECT count(*) FROM activity")).scalar_one()
        counts.setText(f"On this laptop: {n} activities.")
        mark("ready")
        if os.environ.get("STARTUP_PROBE"):
            return  # the probe ends the process once the label is painted
    app.quit()


class FirstPaint(QObject):
    """The same first-paint marker the app uses."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, after_show)
        return False


marker = FirstPaint()
window.installEventFilter(marker)
window.show()
sys.exit(app.exec())
