"""The global exception hook: log the error, then show it with a copy button and the log folder."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from volunteer_app.about import __version__
from volunteer_app.logsetup import safe_traceback

if TYPE_CHECKING:
    from volunteer_app.ui.shell.crash_dialog import CrashDialog

log = logging.getLogger("volunteer_app.crash")


class CrashHandler:
    """Installed as sys.excepthook; exceptions raised in Qt slots arrive here too."""

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self.dialogs: list[CrashDialog] = []
        self._handling = False

    def install(self) -> None:
        sys.excepthook = self

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        log.error("uncaught exception", exc_info=(exc_type, exc, tb))
        if self._handling or QApplication.instance() is None:
            return  # an error while showing the dialog must not recurse
        self._handling = True
        try:
            from volunteer_app.ui.shell.crash_dialog import CrashDialog  # rarely needed

            details = f"volunteer-app {__version__}\n" + safe_traceback(exc_type, tb)
            dialog = CrashDialog(details, self.log_dir, QApplication.activeWindow())
            self.dialogs.append(dialog)
            dialog.finished.connect(lambda _result: self.dialogs.remove(dialog))
            dialog.open()
        finally:
            self._handling = False
