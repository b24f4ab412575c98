"""What every page has: live retranslation, the services, and refreshing on changes.

A page is told of every write by ``bus.changed`` (shell/ops.py). It reloads when the change
touches what it shows (``watches``): at once if it is on screen (or not in a window at all),
else when it is next shown, so that hidden pages do no work for nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import isValid

from volunteer_app.domain.errors import AppError
from volunteer_app.ui.kit.messages import error_text
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.ops import Changes

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from volunteer_app.services.context import AppServices


class Page(QWidget):
    watches: Changes = Changes.ALL  # the changes that alter what the page shows

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bus = ctx.bus
        self._latest = 0
        self._stale = False
        ctx.bus.changed.connect(self._on_changed)

    @property
    def services(self) -> AppServices:
        """The open data. The shell takes no input on a page before the data is open and
        calls ``set_services`` once it is, so a page's actions can count on it."""
        return self.ctx.open_services()

    def retranslate(self) -> None:
        """Set every visible text; called at creation and on every language change."""

    def set_services(self, services: AppServices) -> None:
        """The data is open (or reopened after a restore): show it."""
        self._stale = False
        self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows from the services; also called when what it
        ``watches`` changed."""

    def _on_changed(self, changes: Changes) -> None:
        if not changes & self.watches or self.ctx.services is None:
            return
        if self.window().isVisible() and not self.isVisible():
            self._stale = True  # behind another page: reload when shown
        else:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def run_latest(
        self,
        job: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run slow work off the GUI thread. Only the newest request's answer is shown (the
        coordinator may have changed the period meanwhile); known errors go to the status
        bar unless ``on_error`` takes them, and bugs are raised to the crash handler."""
        self._latest += 1
        request = self._latest

        # A page closed while its work ran (a window closing) is left alone: its widgets
        # are gone, and the answer is no longer wanted.
        def done(result: Any) -> None:
            if request == self._latest and isValid(self):
                on_result(result)

        def failed(exc: BaseException) -> None:
            if request != self._latest or not isValid(self):
                return
            if on_error is not None:
                on_error(exc)
            elif isinstance(exc, AppError):
                self.bus.status_message.emit(error_text(exc))
            else:
                raise exc

        self.ctx.runner.run(job, done, failed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def heading(parent: QWidget | None = None) -> QLabel:
    from PySide6.QtGui import QFont  # made by PySide on first use: not before the first window

    label = QLabel(parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName("heading")
    return label
