"""The main window shell: navigation, menus, status bar. Pages do the work."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from volunteer_app.services.preferences import load_preferences
from volunteer_app.ui.shell import openers
from volunteer_app.ui.shell.context import UiContext, app_title
from volunteer_app.ui.shell.first_paint import on_first_paint
from volunteer_app.ui.shell.navigation import PAGE_KEYS, make_page, nav_title

# Built in idle time once the data is open (the Export page, rarely visited, waits).
PREBUILT = ("activities", "people")
PREBUILD_AT_LATEST_MS = 300

if TYPE_CHECKING:
    from volunteer_app.domain.values import GroupInfo
    from volunteer_app.services.context import AppServices
    from volunteer_app.ui.kit.page import Page  # imported with the first page
    from volunteer_app.ui.safety.data_safety import DataSafety
    from volunteer_app.ui.shell.ops import Changes


class MainWindow(QMainWindow):
    home_shown = Signal()  # the home page is built and on screen: time to open the data
    settled = Signal()  # the data is open and shown, the keys bound, the busy pages built

    def __init__(self, ctx: UiContext, settings: QSettings) -> None:
        super().__init__()
        self.ctx = ctx
        self._settings = settings
        self._group: GroupInfo | None = None
        self.setObjectName("mainWindow")
        self.pages: dict[str, Page] = {}  # made on first visit: see page()
        self._shortcuts_ready = self._settled = False
        self._data_safety: DataSafety | None = None
        self.undo_stack = QUndoStack(self)
        ctx.undo_stack = self.undo_stack
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMaximumWidth(240)
        self.nav.setSpacing(2)
        # Padding only: colours stay the platform's, so light, dark and high contrast all work.
        self.nav.setStyleSheet("QListWidget::item { padding: 6px 10px; }")
        self.stack = QStackedWidget()
        for key in PAGE_KEYS:
            self.nav.addItem(nav_title(key))
            self.stack.addWidget(QWidget())  # stands in until the page is first shown
        self.nav.currentRowChanged.connect(self._show_row)
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
        ctx.bus.changed.connect(self._on_changed)
        ctx.bus.data_open.connect(self._take_input)
        self._take_input(False)  # until attach_services
        ctx.bus.language_changed.connect(lambda _lang: self._show_group(self._group))
        ctx.bus.language_changed.connect(lambda _lang: self.statusBar().clearMessage())  # old words
        ctx.bus.cvc_page_switched.connect(self.show_cvc_page)
        ctx.bus.page_wanted.connect(self.show_page)
        self.retranslate()
        # The home page is built just after the first paint (see _after_first_paint): the
        # window frame shows at once, its form a moment later.
        self._building = True
        self.nav.setCurrentRow(0)
        self._building = False
        self._restore_geometry()
        self.show_cvc_page(load_preferences(ctx.paths.preferences_file).cvc_page)
        on_first_paint(self, self._after_first_paint)

    def _build_actions(self) -> None:
        self.page_actions: dict[str, QAction] = {}
        for key in PAGE_KEYS:
            action = QAction(self)
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            self.page_actions[key] = action
        self.backup_action, self.restore_action = QAction(self), QAction(self)
        self.backup_action.triggered.connect(lambda: self.data_safety().backup_to_file())
        self.restore_action.triggered.connect(lambda: self.data_safety().restore_from_file())
        self.import_action = QAction(self)
        self.import_action.triggered.connect(lambda: openers.show_import(self, self.ctx))
        self.imports_action = QAction(self)
        self.imports_action.triggered.connect(lambda: openers.show_imports(self, self.ctx))
        from volunteer_app.ui.merging.actions import MergingActions  # a co-coordinator's file

        self.merging = MergingActions(self.ctx, self)
        self.export_all_action = QAction(self)
        self.export_all_action.triggered.connect(lambda: openers.export_all(self, self.ctx))
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.close)
        self.undo_action = QAction(self)
        self.redo_action = QAction(self)
        self.undo_action.triggered.connect(lambda: self.step_back(undo=True))
        self.redo_action.triggered.connect(lambda: self.step_back(undo=False))
        self.undo_stack.indexChanged.connect(self._undo_texts)
        self.series_action = QAction(self)
        self.series_action.triggered.connect(lambda: openers.show_series(self, self.ctx))
        self.places_action = QAction(self)
        self.places_action.triggered.connect(lambda: openers.show_places(self, self.ctx))
        self.types_action = QAction(self)
        self.types_action.triggered.connect(lambda: openers.show_types(self, self.ctx))
        self.logs_action = QAction(self)
        self.logs_action.triggered.connect(lambda: openers.open_folder(self.ctx.paths.log_dir))
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.triggered.connect(lambda: openers.show_shortcuts(self))
        self.privacy_action, self.complaints_action = QAction(self), QAction(self)
        self.privacy_action.triggered.connect(
            lambda: openers.show_template(self, self.ctx, "privacy_notice")
        )
        self.complaints_action.triggered.connect(
            lambda: openers.show_template(self, self.ctx, "complaints")
        )
        self.about_action = QAction(self)
        self.about_action.triggered.connect(lambda: openers.show_about(self))
        self._build_menus()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.imports_action)
        self.file_menu.addAction(self.export_all_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions(self.merging.actions)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.series_action)
        self.edit_menu.addAction(self.places_action)
        self.edit_menu.addAction(self.types_action)
        self.go_menu = bar.addMenu("")
        for key in PAGE_KEYS:
            self.go_menu.addAction(self.page_actions[key])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.privacy_action)
        self.help_menu.addAction(self.complaints_action)
        self.help_menu.addAction(self.logs_action)
        self.help_menu.addAction(self.about_action)

    def install_shortcuts(self) -> None:
        """Keyboard shortcuts, once the data is open and shown (see _build_next).
        Only once: a key bound twice is ambiguous, and Qt then runs neither."""
        if self._shortcuts_ready:
            return
        from volunteer_app.ui.shell.window_keys import bind_window_keys

        bind_window_keys(self)
        self._shortcuts_ready = True
        for page in self.pages.values():
            _install_page_shortcuts(page)

    def retranslate(self) -> None:
        self.setWindowTitle(app_title())
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self._undo_texts()
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.quit_action.setText(self.tr("&Quit"))
        self.import_action.setText(self.tr("&Import a spreadsheet…"))
        self.imports_action.setText(self.tr("I&mports…"))
        self.merging.retranslate()
        self.series_action.setText(self.tr("Regular &activities…"))
        self.places_action.setText(self.tr("&Places…"))
        self.types_action.setText(self.tr("Activity &types…"))
        self.export_all_action.setText(self.tr("E&xport all records (personal data)…"))
        self.backup_action.setText(self.tr("&Back up to a file…"))
        self.restore_action.setText(self.tr("&Restore from a file…"))
        self.logs_action.setText(self.tr("Open &log folder"))
        self.about_action.setText(self.tr("&About"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.privacy_action.setText(self.tr("&Privacy notice (template)…"))
        self.complaints_action.setText(self.tr("&Complaints procedure (template)…"))
        for row, key in enumerate(PAGE_KEYS):
            self.nav.item(row).setText(nav_title(key))
            self.page_actions[key].setText(nav_title(key))
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setMinimumWidth(self.nav.sizeHintForColumn(0) + 24)
        self._show_group(self._group)

    def _undo_texts(self, _index: int = 0) -> None:
        """Our own texts, so that "Undo" follows the app's language (Qt has no Welsh)."""
        stack = self.undo_stack
        if not shiboken6.isValid(stack):
            return  # the stack empties itself, signalling, while the window is destroyed
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", stack.undoText()).strip())
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", stack.redoText()).strip())

    def step_back(self, undo: bool) -> None:
        """Undo or redo one step and say in the status bar what it was."""
        stack = self.undo_stack
        if not (stack.canUndo() if undo else stack.canRedo()):
            return
        what = stack.undoText() if undo else stack.redoText()
        steps = stack.count()
        if undo:
            stack.undo()
            message = self.tr("Undone: %1").replace("%1", what)
        else:
            stack.redo()
            message = self.tr("Redone: %1").replace("%1", what)
        if stack.count() == steps:  # a refused step leaves the list, having said why
            self.ctx.bus.status_message.emit(message)

    def changeEvent(self, event: QEvent) -> None:
        # A window being destroyed loses its menus first; a language switch then has
        # nothing left to retranslate.
        if event.type() == QEvent.Type.LanguageChange and shiboken6.isValid(self.file_menu):
            self.retranslate()
        super().changeEvent(event)

    def page(self, key: str) -> Page:
        """The page for an area, made the first time it is asked for."""
        if key not in self.pages:
            page = make_page(key, self.ctx)
            index = PAGE_KEYS.index(key)
            stand_in = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.pages[key] = page
            if self.ctx.services is not None:
                page.set_services(self.ctx.services)
            if self._shortcuts_ready:
                _install_page_shortcuts(page)
        return self.pages[key]

    def _after_first_paint(self) -> None:
        self._show_row(self.nav.currentRow())
        self.home_shown.emit()

    def _show_row(self, row: int) -> None:
        if self._building:
            return
        self.stack.setCurrentWidget(self.page(PAGE_KEYS[row]))

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGE_KEYS.index(key))
        self.stack.setCurrentWidget(self.page(key))  # also when the row was already current
        self.stack.currentWidget().setFocus()

    def show_cvc_page(self, shown: bool) -> None:
        """The CVC's page is for a County Voluntary Council, not a group: off until chosen."""
        item = self.nav.item(PAGE_KEYS.index("cvc"))
        if item is not None:
            item.setHidden(not shown)
        self.page_actions["cvc"].setVisible(shown)
        if not shown and self.current_page_key() == "cvc":
            self.show_page("settings")

    def current_page_key(self) -> str:
        return PAGE_KEYS[self.stack.currentIndex()]

    def attach_services(self, services: AppServices) -> None:
        self.ctx.services = services
        self._take_input(True)
        for page in self.pages.values():
            page.set_services(services)
        self._show_group(services.group.info())
        if services.database.read_only:
            self.statusBar().addWidget(self._read_only_label())
        self.import_action.setEnabled(not services.database.read_only)
        self.imports_action.setEnabled(not services.database.read_only)
        self.merging.set_writable(not services.database.read_only)
        self.statusBar().showMessage(self.tr("Ready."), 3000)
        self._prebuild(list(PREBUILT))

    def _prebuild(self, keys: list[str]) -> None:
        """Build the busiest pages while the app is idle, so that the first click on them
        shows them at once; but only once the page now showing the data has been painted
        (or soon, whatever shows): building them first held back the counts by ~120 ms."""
        on_first_paint(self.stack.currentWidget(), lambda: self._build_next(keys))
        QTimer.singleShot(PREBUILD_AT_LATEST_MS, self, lambda: self._build_next(keys))

    def _build_next(self, keys: list[str]) -> None:
        """One step per turn of the event loop: the window's keys, then one page at a time.
        The keys wait until now because binding them builds PySide's key enums (~20 ms),
        which run on the interpreter the opening of the data needs; until the data is open
        the window takes no input anyway."""
        if not self._shortcuts_ready:
            QTimer.singleShot(0, self, lambda: (self.install_shortcuts(), self._build_next(keys)))
            return
        while keys and keys[0] in self.pages:
            keys.pop(0)
        if keys:
            QTimer.singleShot(0, self, lambda: (self.page(keys[0]), self._build_next(keys[1:])))
        elif not self._settled:
            self._settled = True
            self.settled.emit()

    def _read_only_label(self) -> QLabel:
        label = QLabel(
            self.tr(
                "⚠ Read only: this data folder cannot be written to, so changes cannot be saved."
            ),
            self,
        )
        label.setObjectName("readOnly")
        return label

    def _take_input(self, data_open: bool) -> None:
        """Pages and the menu items that use the data work only while it is open, so that
        they can count on it."""
        self.stack.setEnabled(data_open)
        for action in (
            self.import_action,
            self.imports_action,
            self.export_all_action,
            self.backup_action,
            self.series_action,
            self.places_action,
            self.types_action,
        ):
            action.setEnabled(data_open)

    def _on_changed(self, changes: Changes) -> None:
        from volunteer_app.ui.shell.ops import Changes  # came with the first page

        if Changes.GROUP in changes and self.ctx.services is not None:
            self._show_group(self.ctx.services.group.info())

    def _show_group(self, info: GroupInfo | None) -> None:
        self._group = info
        if info is None:
            self.group_label.setText(self.tr("Opening your data…"))
            return
        from volunteer_app.domain.codes import local_authority  # not needed for first paint

        la = local_authority(info.la_code or "")
        name = info.name or self.tr("Group name not set")
        area = la.name(self.ctx.language) if la else self.tr("local authority not set")
        self.group_label.setText(f"{name} · {area}")

    def data_safety(self) -> DataSafety:
        """Backups and restore; imported on first use (it loads the database layer)."""
        if self._data_safety is None:
            from volunteer_app.ui.safety.data_safety import DataSafety

            self._data_safety = DataSafety(self.ctx, self)
        return self._data_safety

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


def _install_page_shortcuts(page: Page) -> None:
    install = getattr(page, "install_shortcuts", None)
    if install is not None:
        install()
