"""What the window and its pages share: the bus, the language, the paths, the work runner."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from volunteer_app.paths import AppPaths
from volunteer_app.services.preferences import update_preferences
from volunteer_app.ui.kit.worker import Runner
from volunteer_app.ui.shell.bus import AppBus
from volunteer_app.ui.shell.i18n import Translations

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from volunteer_app.services.context import AppServices
    from volunteer_app.ui.shell.ops import Ops

log = logging.getLogger(__name__)


def app_title() -> str:
    return QCoreApplication.translate("App", "Community Volunteering Log")


class UiContext:
    """What every window, page and dialog shares: folders, background work, signals,
    translations, and the open data. (A plain class: a dataclass took a millisecond to make,
    before the first window.)"""

    def __init__(
        self,
        paths: AppPaths,
        runner: Runner,
        services: AppServices | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        self.paths, self.runner = paths, runner
        self.bus = AppBus()
        self.translations = Translations()
        self.services = services
        self.undo_stack = undo_stack
        self._ops: Ops | None = None

    @property
    def ops(self) -> Ops:
        """The one write path (shell/ops.py), made at the first write: its module and the
        messages it words are not needed for the first window."""
        if self._ops is None:
            from volunteer_app.ui.shell.ops import Ops

            self._ops = Ops(self.bus, self.runner, lambda: self.undo_stack)
        return self._ops

    def open_services(self) -> AppServices:
        """The open data. The shell takes no input on pages, nor opens a feature's dialog,
        before the data is open, so callers can count on it."""
        if self.services is None:
            raise RuntimeError("the data is not open yet")
        return self.services

    @property
    def language(self) -> str:
        return self.translations.language

    def close_services(self) -> None:
        """Close the data (a restore is about to replace it): the shell takes no input on
        pages until it is open again, and undo steps that refer to it go."""
        if self.services is not None:
            self.services.close()
            self.services = None
        if self.undo_stack is not None:
            self.undo_stack.clear()
        self.bus.data_open.emit(False)

    def switch_language(self, language: str, remember: bool = True) -> None:
        """Apply a language live in every open window, and keep it for next time."""
        if language != self.translations.language:
            self.translations.switch(language)
            self.bus.language_changed.emit(self.translations.language)
        if remember:
            try:
                update_preferences(self.paths.preferences_file, language=language)
            except OSError:
                log.warning("could not save the language preference")
