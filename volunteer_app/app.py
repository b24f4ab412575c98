"""The composition root: paths, logging, crash handling, translator, window, then the data."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from volunteer_app.about import APP_AUTHOR, APP_DISPLAY_NAME, APP_NAME, __version__
from volunteer_app.domain.errors import ExitCode
from volunteer_app.logsetup import enable_faulthandler, setup_logging
from volunteer_app.paths import AppPaths
from volunteer_app.services.preferences import load_preferences
from volunteer_app.ui.context import UiContext
from volunteer_app.ui.crash import CrashHandler
from volunteer_app.ui.main_window import MainWindow
from volunteer_app.ui.qt_messages import route_qt_messages
from volunteer_app.ui.startup import Startup
from volunteer_app.ui.worker import ThreadRunner

log = logging.getLogger(__name__)


def run_gui(args: argparse.Namespace) -> int:
    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    try:
        paths.ensure()
        setup_logging(paths.log_dir)
        enable_faulthandler(paths.crash_log)
    except OSError as exc:
        print(f"Cannot use the data folder {paths.data_dir}: {exc.strerror}", file=sys.stderr)
        return ExitCode.STORAGE
    log.info("starting volunteer-app %s", __version__)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    route_qt_messages()
    CrashHandler(paths.log_dir).install()

    prefs = load_preferences(paths.preferences_file)
    runner = ThreadRunner()
    ctx = UiContext(paths=paths, runner=runner)
    ctx.translations.switch(args.lang or prefs.effective_language())
    settings = QSettings(str(paths.qt_settings_file), QSettings.Format.IniFormat)
    window = MainWindow(ctx, settings)
    window.show()

    exit_code = {"value": int(ExitCode.OK)}

    def fail(code: int) -> None:
        exit_code["value"] = code
        app.exit(code)

    startup = Startup(ctx, window, show_welcome=not args.smoke_test)
    startup.failed.connect(fail)
    if args.smoke_test:
        startup.ready.connect(lambda: QTimer.singleShot(0, app.quit))
    QTimer.singleShot(0, startup.start)
    rc = app.exec()
    runner.wait()  # let background work finish before the data is closed
    if ctx.services is not None:
        ctx.services.close()
    log.info("stopped with exit code %d", rc or exit_code["value"])
    return rc or exit_code["value"]
