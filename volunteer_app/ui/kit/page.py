"""What every page has: a translated title, live retranslation and the services once ready."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from volunteer_app.domain.errors import AppError
from volunteer_app.ui.kit.messages import error_text
from volunteer_app.ui.shell.context import UiContext

if TYPE_CHECKING:
    from volunteer_app.services.context import AppServices


class Page(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bus = ctx.bus
        self.services: AppServices | None = None
        self._latest = 0

    def retranslate(self) -> None:
        """Set every visible text; called at creation and on every language change."""

    def set_services(self, services: AppServices) -> None:
        """The data is open (or reopened after a restore): show it."""
        self.services = services
        self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows from the services; also called on data_changed."""

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

        def done(result: Any) -> None:
            if request == self._latest:
                on_result(result)

        def failed(exc: BaseException) -> None:
            if request != self._latest:
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
