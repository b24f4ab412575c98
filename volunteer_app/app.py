"""The composition root: paths, logging, crash handling, translator, window, then the data."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from typing import TYPE_CHECKING

# What needs no Qt comes first: once PySide is loaded, it looks at every module imported
# after it (to see whether it uses PySide), and the standard library's are read to know.
from volunteer_app.about import APP_AUTHOR, APP_DISPLAY_NAME, APP_NAME, __version__
from volunteer_app.domain.errors import ExitCode
from volunteer_app.logsetup import enable_faulthandler, setup_logging
from volunteer_app.paths import AppPaths, create_private
from volunteer_app.services.data_lock import DataFolderBusy, DataLock
from volunteer_app.services.preferences import load_preferences
from volunteer_app.ui.shell import quick_imports  # needs no Qt

# isort: split
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

quick_imports.install()  # before the window's own modules, which PySide looks at one by one

# isort: split
from volunteer_app.ui.kit.worker import ThreadRunner
from volunteer_app.ui.shell.context import UiContext, app_title
from volunteer_app.ui.shell.crash import CrashHandler
from volunteer_app.ui.shell.first_paint import on_first_paint
from volunteer_app.ui.shell.main_window import MainWindow
from volunteer_app.ui.shell.qt_messages import route_qt_messages

if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace

    from volunteer_app.ui.shell.startup import Startup

log = logging.getLogger(__name__)

GARBAGE_AT_LATEST_MS = 20_000


def run_gui(args: argparse.Namespace | SimpleNamespace) -> int:
    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    try:
        paths.ensure()
        setup_logging(paths.log_dir)
        enable_faulthandler(paths.crash_log)
    except OSError as exc:
        print(f"Cannot use the data folder {paths.data_dir}: {exc.strerror}", file=sys.stderr)
        return ExitCode.STORAGE
    log.info("starting volunteer-app %s", __version__)

    app = _application()
    CrashHandler(paths.log_dir).install()

    # One window per data folder, and no command writing while it is open: the lock is the
    # system's, so one left by a crash is simply taken.
    lock = DataLock(paths.lock_file, "window")
    try:
        lock.acquire(wait_seconds=0.2)
    except DataFolderBusy as busy:
        _already_open(paths, bool(args.smoke_test), str(busy.params["holder"]), args.lang)
        return ExitCode.OK
    create_private(paths.qt_settings_file)  # Qt keeps the mode of a file already there

    prefs = load_preferences(paths.preferences_file)
    runner = ThreadRunner()
    ctx = UiContext(paths=paths, runner=runner)
    ctx.translations.switch(args.lang or prefs.effective_language())
    settings = QSettings(str(paths.qt_settings_file), QSettings.Format.IniFormat)
    window = MainWindow(ctx, settings)
    window.show()
    bench = os.environ.get("VOLUNTEER_APP_BENCH", "")
    if bench:
        _report_bench_marks(bench, window, app)

    exit_code = {"value": int(ExitCode.OK)}

    def fail(code: int) -> None:
        exit_code["value"] = code
        app.exit(code)

    def open_data() -> None:
        from volunteer_app.ui.shell.startup import Startup  # not needed for the first window

        startup = Startup(ctx, window, show_welcome=not (args.smoke_test or bench))
        startup.failed.connect(fail)
        _check_hooks(startup, window, app, bench, bool(args.smoke_test))
        startup.start()

    # Open the data once the window is on screen with its home page built: the import of
    # SQLAlchemy in the worker thread would otherwise compete with both for the interpreter
    # (slower, and up to 20 MB more memory depending on how the two interleaved).
    window.home_shown.connect(open_data)
    window.settled.connect(_collect_garbage_again)
    QTimer.singleShot(GARBAGE_AT_LATEST_MS, _collect_garbage_again)  # should it never settle
    rc = app.exec()
    return _close_down(ctx, runner, lock, rc or exit_code["value"])


def _close_down(ctx: UiContext, runner: ThreadRunner, lock: DataLock, exit_code: int) -> int:
    _stop_background_work(ctx)
    runner.wait()  # let background work finish before the data is closed
    if ctx.services is not None:
        ctx.services.close()
    lock.release()
    log.info("stopped with exit code %d", exit_code)
    return exit_code


def _collect_garbage_again() -> None:
    """The entry point turns cyclic garbage collection off for the start (see __main__). It
    comes back on with one full collection now, in idle time, rather than at whatever moment
    the first automatic one would take (about 40 ms, everything made so far being young)."""
    if gc.isenabled():
        return  # started some other way (tests): left as it was
    gc.collect()
    gc.enable()


def _check_hooks(
    startup: Startup, window: MainWindow, app: QApplication, bench: str, smoke_test: bool
) -> None:
    """The benchmarks' marks and the smoke test's tour, once the data is open."""
    if bench:
        startup.ready.connect(lambda: _bench_mark("ready", app, bench == "ready"))
    if bench == "activities":  # memory benchmark: the large data open on the Activities page
        startup.ready.connect(lambda: window.show_page("activities"))
        startup.ready.connect(lambda: _mark_once_prebuilt(window, app))
    if smoke_test:  # the Reports page too, so a bundle missing QtCharts fails here
        startup.ready.connect(lambda: window.show_page("reports"))
        startup.ready.connect(lambda: _quit_when_settled(app))


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    route_qt_messages()
    return app


def _bench_mark(event: str, app: QApplication, quit_after: bool) -> None:
    """Benchmark hook: print when a start-up milestone is reached (monotonic clock)."""
    print(f"BENCH {event} {time.monotonic_ns()}", flush=True)
    if quit_after:
        QTimer.singleShot(0, app.quit)


def _report_bench_marks(bench: str, window: MainWindow, app: QApplication) -> None:
    on_first_paint(window, lambda: _bench_mark("first-window", app, bench == "first-window"))


def _already_open(paths: AppPaths, quiet: bool, holder: str, lang: str | None) -> None:
    from volunteer_app.ui.kit import common
    from volunteer_app.ui.shell.i18n import Translations

    log.info("another window or command has this data folder")
    print(f"volunteer-app is already open on {paths.data_dir} ({holder})", file=sys.stderr)
    if quiet:
        return
    translations = Translations()  # kept until the message closes: it owns the translator
    translations.switch(lang or load_preferences(paths.preferences_file).effective_language())
    text = QApplication.translate(
        "App",
        "The app is already open on this laptop. Look for its window on the taskbar or dock.",
    )
    if holder and not holder.endswith("window"):
        text = QApplication.translate(
            "App",
            "A command typed in a terminal (%1) is working on this data. Open the app again "
            "when it has finished.",
        ).replace("%1", holder.split()[-1])
    common.inform(None, app_title(), text)


def _stop_background_work(ctx: UiContext) -> None:
    """A daily backup or check of a large file may still be running: stop it cleanly."""
    if ctx.services is not None:  # they start only once the data is open
        from volunteer_app.services.backups import stop_background_copies

        stop_background_copies()


def _quit_when_settled(app: QApplication) -> None:
    """Smoke test: quit once the background work begun at start (the daily backup and the
    quick check) has ended; quitting stops it half-way, so a run would test less."""
    from PySide6.QtCore import QThreadPool

    if QThreadPool.globalInstance().activeThreadCount() == 0:
        QTimer.singleShot(0, app.quit)
    else:
        QTimer.singleShot(50, lambda: _quit_when_settled(app))


def _mark_once_prebuilt(window: MainWindow, app: QApplication) -> None:
    """Memory benchmark: mark once the pages built in idle time exist and the background work
    (daily backup, quick check) has ended, so that every run measures the same state:
    catching either half-way made 20 MB of difference from run to run."""
    from PySide6.QtCore import QThreadPool

    from volunteer_app.ui.shell.main_window import PREBUILT

    settled = QThreadPool.globalInstance().activeThreadCount() == 0
    if settled and all(key in window.pages for key in PREBUILT):
        QTimer.singleShot(100, lambda: _bench_mark("activities", app, True))
    else:
        QTimer.singleShot(50, lambda: _mark_once_prebuilt(window, app))
