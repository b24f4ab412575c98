from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import make_window
from volunteer_app.services.demo_data import add_demo_data
from volunteer_app.services.preferences import load_preferences
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow
from volunteer_app.ui.shell.navigation import PAGE_KEYS
from volunteer_app.ui.shell.ops import Changes


def test_navigation_by_click_and_shortcut(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.current_page_key() == "log"
    for row, key in enumerate(PAGE_KEYS):
        if window.nav.item(row).isHidden():  # the CVC page, until switched on in Settings
            continue
        rect = window.nav.visualItemRect(window.nav.item(row))
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_page_key() == key
    # Shortcuts are bound once the data is open and shown.
    qtbot.waitUntil(lambda: not window.page_actions["activities"].shortcut().isEmpty())
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "activities"
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "export"
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "settings"


def test_every_area_says_what_it_is_for(window: MainWindow) -> None:
    for key in PAGE_KEYS:
        texts = [label.text() for label in window.page(key).findChildren(QLabel) if label.text()]
        assert len(" ".join(texts)) > 20, key  # not a blank panel


def test_home_page_shows_what_the_data_holds(ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    from volunteer_app.services.context import open_services

    seeded = open_services(ctx.paths)
    add_demo_data(seeded.database, "small", seed=1)
    seeded.close()
    win = make_window(ctx, qtbot)
    from volunteer_app.ui.shell.startup import Startup

    Startup(ctx, win, show_welcome=False).start()
    label = win.page("log").findChild(QLabel, "dataCounts")
    assert label.text() == "On this laptop: 150 activities and 40 people."


def test_status_bar_shows_the_group(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert "not set" in window.group_label.text()
    assert ctx.services is not None
    ctx.ops.run(
        lambda: ctx.services.group.update("Caffi Trwsio", "W06000011", ""),  # type: ignore[union-attr]
        changes=Changes.GROUP,
    )
    assert window.group_label.text() == "Caffi Trwsio · Swansea"
    ctx.switch_language("cy")
    qtbot.waitUntil(lambda: window.group_label.text() == "Caffi Trwsio · Abertawe")


def test_geometry_is_remembered(ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = make_window(ctx, qtbot)
    first.show()
    first.resize(first.width(), 555)  # the offscreen screen is 800x600: stay inside it
    first.close()
    second = make_window(ctx, qtbot)
    second.show()
    assert second.height() == 555 and second.width() == first.width()


def test_language_switches_live(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.nav.item(1).text() == "Activities"
    ctx.switch_language("cy")
    # Qt posts LanguageChange to every widget; it arrives on the next turn of the event loop.
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "Gweithgareddau")
    assert window.menuBar().actions()[0].text() == "&Ffeil"
    assert window.windowTitle() == "Cofnod Gwirfoddoli Cymunedol"
    assert load_preferences(ctx.paths.preferences_file).language == "cy"
    ctx.switch_language("en")
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "Activities")


def test_ctrl_y_redoes_beside_the_platforms_own_redo_keys(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from volunteer_app.ui.shell.after_the_fact import AfterTheFact

    class Step(AfterTheFact):
        def __init__(self) -> None:
            super().__init__("a step")
            self.done = True

        def apply(self) -> None:
            self.done = True

        def revert(self) -> None:
            self.done = False

    qtbot.waitUntil(lambda: not window.redo_action.shortcut().isEmpty())
    keys = [key.toString() for key in window.redo_action.shortcuts()]
    assert "Ctrl+Y" in keys and "Ctrl+Shift+Z" in keys
    step = Step()
    window.ctx.ops.push_undo(step, Changes.ACTIVITIES)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not step.done
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert step.done
