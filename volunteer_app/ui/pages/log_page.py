"""The home page: logging comes here; until then it shows what the data holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from volunteer_app.ui.context import UiContext
from volunteer_app.ui.pages.placeholder import PlaceholderPage

if TYPE_CHECKING:
    from volunteer_app.services.context import AppServices


class LogPage(PlaceholderPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        self.counts_label = QLabel()
        super().__init__("log", ctx, parent)
        self.counts_label.setObjectName("dataCounts")
        self.counts_label.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, self.counts_label)  # above the closing stretch
        ctx.bus.data_changed.connect(self.refresh)

    def set_services(self, services: AppServices) -> None:
        super().set_services(services)
        self.refresh()

    def retranslate(self) -> None:
        super().retranslate()
        self.refresh()

    def refresh(self) -> None:
        if self.services is None:
            self.counts_label.setText(self.tr("Opening your data…"))
            return
        activities, people = self.services.group.headline_counts()
        number = QLocale().toString
        self.counts_label.setText(
            self.tr("On this laptop: %1 activities and %2 people.")
            .replace("%1", number(activities))
            .replace("%2", number(people))
        )
