"""The main window shell: navigation, menus, status bar. Pages do the work."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from volunteer_app.about import __version__
from volunteer_app.domain.codes import local_authority
from volunteer_app.domain.values import GroupInfo
from volunteer_app.ui.context import UiContext, app_title
from volunteer_app.ui.pages.base import Page
from volunteer_app.ui.pages.export_page import ExportPage
from volunteer_app.ui.pages.log_page import LogPage
from volunteer_app.ui.pages.placeholder import PlaceholderPage
from volunteer_app.ui.pages.settings_page import SettingsPage

if TYPE_CHECKING:
    from volunteer_app.services.context import AppServices

PAGE_KEYS = ("log", "activities", "people", "reports", "export", "settings")


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext, settings: QSettings) -> None:
        super().__init__()
        self.ctx = ctx
        self._settings = settings
        self._group: GroupInfo | None = None
        self.setObjectName("mainWindow")
        self.pages: dict[str, Page] = {
            "log": LogPage(ctx),
            "activities": PlaceholderPage("activities", ctx),
            "people": PlaceholderPage("people", ctx),
            "reports": PlaceholderPage("reports", ctx),
            "export": ExportPage(ctx),
            "settings": SettingsPage(ctx),
        }
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMaximumWidth(240)
        self.nav.setSpacing(2)
        # Padding only: colours stay the platform's, so light, dark and high contrast all work.
        self.nav.setStyleSheet("QListWidget::item { padding: 6px 10px; }")
        self.stack = QStackedWidget()
        for key in PAGE_KEYS:
            self.nav.addItem(self.pages[key].title())
            self.stack.addWidget(self.pages[key])
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.group_label = QLabel()
        self.group_label.setObjectName("groupStatus")
        self.statusBar().addPermanentWidget(self.group_label)
        self._build_actions()
        ctx.bus.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        ctx.bus.group_changed.connect(self._show_group)
        ctx.bus.language_changed.connect(lambda _lang: self._show_group(self._group))
        self.retranslate()
        self.nav.setCurrentRow(0)
        self._restore_geometry()

    def _build_actions(self) -> None:
        self.page_actions: dict[str, QAction] = {}
        shortcuts = {"settings": QKeySequence(QKeySequence.StandardKey.Preferences)}
        for number, key in enumerate(PAGE_KEYS, start=1):
            action = QAction(self)
            action.setShortcut(shortcuts.get(key, QKeySequence(f"Ctrl+{number}")))
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            self.page_actions[key] = action
        if self.page_actions["settings"].shortcut().isEmpty():  # no platform standard here
            self.page_actions["settings"].setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.logs_action = QAction(self)
        self.logs_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.log_dir)))
        )
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.quit_action)
        self.go_menu = bar.addMenu("")
        for key in PAGE_KEYS:
            self.go_menu.addAction(self.page_actions[key])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.logs_action)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(app_title())
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.quit_action.setText(self.tr("&Quit"))
        self.logs_action.setText(self.tr("Open &log folder"))
        self.about_action.setText(self.tr("&About"))
        for row, key in enumerate(PAGE_KEYS):
            title = self.pages[key].title()
            self.nav.item(row).setText(title)
            self.page_actions[key].setText(title)
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setMinimumWidth(self.nav.sizeHintForColumn(0) + 24)
        self._show_group(self._group)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGE_KEYS.index(key))
        self.stack.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_page_key(self) -> str:
        return PAGE_KEYS[self.stack.currentIndex()]

    def attach_services(self, services: AppServices) -> None:
        self.ctx.services = services
        for page in self.pages.values():
            page.set_services(services)
        self._show_group(services.group.info())
        self.statusBar().showMessage(self.tr("Ready."), 3000)

    def _show_group(self, info: GroupInfo | None) -> None:
        self._group = info
        if info is None:
            self.group_label.setText(self.tr("Opening your data…"))
            return
        la = local_authority(info.la_code or "")
        name = info.name or self.tr("Group name not set")
        area = la.name(self.ctx.language) if la else self.tr("local authority not set")
        self.group_label.setText(f"{name} · {area}")

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr(
                "%1, version %2.\n\nYour records stay on this laptop. The app never connects to "
                "the internet."
            )
            .replace("%1", app_title())
            .replace("%2", __version__),
        )

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):  # type: ignore[arg-type]
            screen = QApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            width = min(1100, available.width() - 40) if available else 1100
            height = min(720, available.height() - 60) if available else 720
            self.resize(width, height)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.sync()
        super().closeEvent(event)
