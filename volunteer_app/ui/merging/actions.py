"""The File menu's entries for sharing with a co-coordinator: the shell adds them and calls
``retranslate``; each dialog is imported when first opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from volunteer_app.ui.shell.context import UiContext


class MergingActions(QObject):
    def __init__(self, ctx: UiContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.share_action = QAction(window)
        self.share_action.setObjectName("shareAction")
        self.share_action.triggered.connect(self.show_share)
        self.bring_in_action = QAction(window)
        self.bring_in_action.setObjectName("bringInAction")
        self.bring_in_action.triggered.connect(self.show_bring_in)
        self.history_action = QAction(window)
        self.history_action.triggered.connect(self.show_history)
        self.actions = [self.share_action, self.bring_in_action, self.history_action]
        self.retranslate()

    def retranslate(self) -> None:
        self.share_action.setText(self.tr("&Share with a co-coordinator…"))
        self.bring_in_action.setText(self.tr("Bri&ng in a co-coordinator's file…"))
        self.history_action.setText(self.tr("Mer&ges…"))

    def set_writable(self, writable: bool) -> None:
        self.bring_in_action.setEnabled(writable)

    def show_share(self) -> None:
        if self.ctx.services is not None:
            from volunteer_app.ui.merging.share_dialog import ShareDialog

            ShareDialog(self.ctx, self.window).exec()

    def show_bring_in(self) -> None:
        if self.ctx.services is not None:
            from volunteer_app.ui.merging.bring_in_dialog import BringInDialog

            BringInDialog(self.ctx, self.window).exec()

    def show_history(self) -> None:
        if self.ctx.services is not None:
            from volunteer_app.ui.merging.history_dialog import MergesDialog

            MergesDialog(self.ctx, self.window).exec()
