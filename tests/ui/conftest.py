from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings

from volunteer_app.paths import AppPaths
from volunteer_app.ui.kit.worker import InlineRunner
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow
from volunteer_app.ui.shell.startup import Startup


@pytest.fixture
def ctx(paths: AppPaths, qapp) -> Iterator[UiContext]:  # type: ignore[no-untyped-def]
    paths.ensure()
    context = UiContext(paths=paths, runner=InlineRunner())
    context.translations.switch("en")
    yield context
    context.translations.switch("en")
    if context.services is not None:
        context.services.close()


def make_window(ctx: UiContext, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = QSettings(str(ctx.paths.qt_settings_file), QSettings.Format.IniFormat)
    window = MainWindow(ctx, settings)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def window(ctx: UiContext, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    win = make_window(ctx, qtbot)
    win.show()
    qtbot.waitExposed(win)
    Startup(ctx, win, show_welcome=False).start()
    assert ctx.services is not None
    return win
