from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from volunteer_app.ui.settings.settings_page import SettingsPage
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow


def _page(window: MainWindow) -> SettingsPage:
    window.show_page("settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    return page


def test_save_the_group_profile(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    page.form.name_edit.clear()
    qtbot.keyClicks(page.form.name_edit, "Grwp Cymunedol ")
    page.form.name_edit.insert("Llanŷ")  # QTest cannot type beyond Latin-1
    page.form.la_combo.set_code("W06000002")
    qtbot.keyClicks(page.form.cvc_edit, "GVS-7")
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert ctx.services is not None
    info = ctx.services.group.info()
    assert (info.name, info.la_code, info.cvc_ref) == ("Grwp Cymunedol Llanŷ", "W06000002", "GVS-7")
    assert page.saved_label.text() == "Saved."


def test_a_formula_name_is_refused_at_the_field(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    qtbot.keyClicks(page.form.name_edit, '=HYPERLINK("http://x","y")')
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    error = page.form.errors["group_name"]
    assert error.isVisible() and "formula" in error.text()
    assert ctx.services is not None and ctx.services.group.info().name == ""


def test_choosing_welsh_in_settings_switches_live(
    window: MainWindow, ctx: UiContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    page.form.language_combo.set_language("cy")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert ctx.language == "cy"
    qtbot.waitUntil(lambda: page.heading.text() == "Gosodiadau")
    labels = [label.text() for label in page.findChildren(QLabel)]
    assert "&Awdurdod lleol:" in labels
    assert page.form.la_combo.itemText(1) == "Abertawe"  # names in Welsh, sorted in Welsh
