"""Backups from the window: to a file, from a file, automatically, and after damage."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QWidget

from volunteer_app.domain.errors import AppError
from volunteer_app.services import backups
from volunteer_app.ui.kit import common
from volunteer_app.ui.kit.messages import error_text
from volunteer_app.ui.shell.context import UiContext

if TYPE_CHECKING:
    from volunteer_app.services.context import AppServices

log = logging.getLogger(__name__)


class DataSafety(QObject):
    def __init__(self, ctx: UiContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.reopen = lambda: None  # set by the start-up controller

    def after_open(self, services: AppServices) -> None:
        """Once a day a backup, and a quick check of the file, both off the GUI thread."""
        paths = services.paths

        def work() -> list[str]:
            backups.automatic_backup(paths)
            return services.database.integrity_problems(quick=True)

        self.ctx.runner.run(work, self._checked, self._backup_failed)

    def _checked(self, problems: list[str]) -> None:
        if problems:
            log.error("quick check found %d problem(s)", len(problems))
            self.offer_restore(damaged=True)

    def _backup_failed(self, exc: BaseException) -> None:
        if type(exc).__name__ == "Cancelled":
            return  # the app is closing
        log.error("automatic backup failed: %s", type(exc).__name__)
        self.ctx.bus.status_message.emit(
            self.tr("The daily backup could not be made. Check that the disk has space.")
        )

    def offer_restore(self, damaged: bool) -> bool:
        """The data is damaged: explain, offer the newest good backup, keep the damaged file."""
        good = backups.good_backups(self.ctx.paths)
        if not good:
            common.inform(
                self.window,
                self.tr("Your data is damaged"),
                self.tr(
                    "The data file is damaged and there is no backup to go back to. Nothing was "
                    "changed. Ask whoever helps you with the app to look at the data folder."
                ),
            )
            return False
        when = datetime.fromtimestamp(good[0].stat().st_mtime, UTC).astimezone()
        locale = QLocale()
        day = (
            locale.toString(when.date(), QLocale.FormatType.LongFormat)
            + " "
            + locale.toString(when.time(), QLocale.FormatType.ShortFormat)
        )
        if not common.confirm(
            self.window,
            self.tr("Your data is damaged"),
            self.tr(
                "The data file is damaged, so the app did not change it. You can go back to "
                "the newest good backup, from %1. The damaged file is kept aside in the data "
                "folder."
            ).replace("%1", day),
            self.tr("Go back to that backup"),
        ):
            return False
        self._close_services()
        try:
            if damaged:
                backups.set_aside(self.ctx.paths)
            backups.restore(self.ctx.paths, good[0])
        except (AppError, OSError) as exc:
            common.inform(self.window, self.tr("Not restored"), self._text(exc))
            return False
        self.reopen()
        return True

    def backup_to_file(self) -> None:
        target = common.ask_save_path(
            self.window,
            self.tr("Back up to a file"),
            backups.default_backup_name(),
            self.tr("Backups (*.sqlite3)"),
        )
        if target is None:
            return
        paths = self.ctx.paths
        self.ctx.runner.run(
            lambda: backups.backup_to(paths, target),
            self._backed_up,
            lambda exc: common.inform(self.window, self.tr("Not backed up"), self._text(exc)),
        )

    def _backed_up(self, target: Path) -> None:
        self.ctx.bus.status_message.emit(self.tr("Backed up to %1.").replace("%1", str(target)))

    def restore_from_file(self) -> None:
        source = common.ask_open_path(
            self.window, self.tr("Restore from a backup"), self.tr("Backups (*.sqlite3)")
        )
        if source is None:
            return
        try:
            backups.validate_backup(source)
        except AppError as exc:
            common.inform(self.window, self.tr("Not restored"), error_text(exc))
            return
        if not common.confirm(
            self.window,
            self.tr("Restore from a backup"),
            self.tr(
                "Replace the data on this laptop with the backup %1? The data now on the laptop "
                "is kept in the backups folder first."
            ).replace("%1", source.name),
            self.tr("Restore"),
            destructive=True,
        ):
            return
        self._close_services()
        try:
            backups.restore(self.ctx.paths, source)
        except (AppError, OSError) as exc:
            common.inform(self.window, self.tr("Not restored"), self._text(exc))
        self.reopen()

    def _close_services(self) -> None:
        self.ctx.close_services()  # undo steps refer to the data being replaced: they go

    def _text(self, exc: BaseException) -> str:
        if isinstance(exc, AppError):
            return error_text(exc)
        return str(getattr(exc, "strerror", None) or exc)
