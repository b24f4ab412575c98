"""Opening the data after the window is shown, then the first-run welcome.

The database (and SQLAlchemy's import, about a second) is opened by the runner, off the GUI
thread, so the window paints at once and stays responsive while it loads.

Dialogs, messages and their Qt classes are imported where they are needed, never before the
first window: on most starts none of them is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from volunteer_app.domain.errors import AppError, ExitCode
from volunteer_app.paths import AppPaths
from volunteer_app.services.preferences import load_preferences, update_preferences
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow
from volunteer_app.ui.shell.ops import Changes
from volunteer_app.ui.shell.quick_imports import without_pyside_check

if TYPE_CHECKING:
    from volunteer_app.services.context import AppServices
    from volunteer_app.ui.settings.welcome import WelcomeDialog

log = logging.getLogger(__name__)


def _open(paths: AppPaths) -> AppServices:
    with without_pyside_check():  # a fifth of the imports below
        from volunteer_app.services.context import open_services  # heavy: SQLAlchemy

        services = open_services(paths)
        # What the home page reads first, imported here rather than on the GUI thread.
        _ = services.activities, services.series
    return services


class Startup(QObject):
    """Loads the services into the window; emits ``ready`` or ``failed(exit code)``."""

    ready = Signal()
    failed = Signal(int)

    def __init__(self, ctx: UiContext, window: MainWindow, show_welcome: bool = True) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.show_welcome = show_welcome
        self.ask_welcome: Callable[[], tuple[int, WelcomeDialog]] = self._ask_welcome
        self.safety_checks = True  # daily backup and quick check; off in the smoke test
        self.last_error = ""

    def start(self) -> None:
        self.ctx.runner.run(lambda: _open(self.ctx.paths), self._loaded, self._failed)

    def _loaded(self, services: AppServices) -> None:
        self.window.attach_services(services)
        self.ready.emit()
        if self.safety_checks:
            safety = self.window.data_safety()
            safety.reopen = self.start
            safety.after_open(services)
        prefs = load_preferences(self.ctx.paths.preferences_file)
        if self.show_welcome and not prefs.welcome_done:
            self.run_welcome(services)

    def _failed(self, exc: BaseException) -> None:
        if (
            isinstance(exc, AppError)
            and exc.code in ("db.damaged", "db.not_a_database")
            and self.safety_checks
        ):
            safety = self.window.data_safety()
            safety.reopen = self.start
            if safety.offer_restore(damaged=True):
                return
        if not isinstance(exc, AppError):
            log.error("could not open the data", exc_info=exc)
            text = self.tr(
                "The data could not be opened. What went wrong is in the log "
                "folder (Help > Open log folder)."
            )
            code = int(ExitCode.STORAGE)
        else:
            from volunteer_app.ui.kit.messages import error_text

            log.error("could not open the data: %s", exc.code)
            text = error_text(exc)
            code = int(exc.exit_code)
        self.last_error = text
        self.report_error(text)
        self.failed.emit(code)

    def report_error(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from volunteer_app.ui.kit import common

        common.inform(
            self.window,
            self.tr("Cannot open your data"),
            text,
            self.tr("Data folder: %1").replace("%1", str(self.ctx.paths.data_dir)),
            QMessageBox.Icon.Critical,
        )

    def _ask_welcome(self) -> tuple[int, WelcomeDialog]:
        from volunteer_app.ui.settings.welcome import WelcomeDialog  # only on first run

        dialog = WelcomeDialog(self.ctx.language, self.window)
        dialog.form.language_chosen.connect(
            lambda language: self._preview_language(dialog, language)
        )
        return dialog.exec(), dialog

    def _preview_language(self, dialog: WelcomeDialog, language: str) -> None:
        """Choosing a language in the welcome applies it at once, so the rest reads right."""
        self.ctx.switch_language(language, remember=False)
        dialog.form.set_display_language(language)

    def run_welcome(self, services: AppServices) -> None:
        from PySide6.QtWidgets import QDialog

        from volunteer_app.ui.settings.welcome import BRING_IN  # loaded with the dialog

        result, dialog = self.ask_welcome()
        if result == QDialog.DialogCode.Accepted:
            answers, keys = dialog.answers(), dialog.starter_keys()

            def welcome() -> None:
                services.group.update(answers.name, answers.la_code, "")
                services.activities.add_starter_types(keys, answers.language)

            self.ctx.ops.run(welcome, changes=Changes.GROUP | Changes.TYPES)
            self.ctx.switch_language(answers.language)
        elif result == BRING_IN:  # a second laptop: the group comes with the file
            self.window.merging.show_bring_in()
        try:
            update_preferences(self.ctx.paths.preferences_file, welcome_done=True)
        except OSError:
            log.warning("could not record that the welcome was seen")
        dialog.deleteLater()
        # Without a window manager nothing hands the keyboard back: take it, so shortcuts
        # such as Ctrl+4 work at once.
        self.window.activateWindow()
