"""Settings' language box: the choice applies at once, always shows the language in use,
and saving the group's details never changes it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from volunteer_app.services.preferences import load_preferences
from volunteer_app.ui.context import UiContext
from volunteer_app.ui.main_window import MainWindow
from volunteer_app.ui.pages.settings_page import SettingsPage


def _settings(window: MainWindow) -> SettingsPage:
    window.show_page("settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    return page


def test_choosing_a_language_switches_at_once(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _settings(window)
    combo = page.form.language_combo
    assert combo.currentText() == "English"
    combo.setFocus()
    qtbot.keyClicks(combo, "Cymraeg")  # typing a name picks it, as a keyboard user would
    assert ctx.language == "cy"
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "Gweithgareddau")
    assert page.save_button.text() == "Cadw'r gosodia&dau"
    assert combo.currentText() == "Cymraeg"
    assert load_preferences(ctx.paths.preferences_file).language == "cy"
    ctx.switch_language("en")
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "Activities")


def test_the_box_follows_a_switch_made_elsewhere(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _settings(window)
    ctx.switch_language("cy", remember=False)  # as --lang cy does for one run
    qtbot.waitUntil(lambda: page.form.language_combo.currentText() == "Cymraeg")
    ctx.switch_language("en", remember=False)
    qtbot.waitUntil(lambda: page.form.language_combo.currentText() == "English")


def test_saving_other_settings_keeps_the_language(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _settings(window)
    ctx.switch_language("cy", remember=False)
    qtbot.waitUntil(lambda: page.form.language_combo.currentText() == "Cymraeg")
    page.form.name_edit.setText("Caffi Trwsio Llanfair")
    page.form.la_combo.set_code("W06000001")
    page.retention_spin.setValue(30)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert ctx.language == "cy"
    assert page.form.language_combo.currentText() == "Cymraeg"
    assert load_preferences(ctx.paths.preferences_file).language != "cy"  # only for this run
    assert load_preferences(ctx.paths.preferences_file).retention_months == 30
    assert ctx.services is not None and ctx.services.group.info().name == "Caffi Trwsio Llanfair"
    ctx.switch_language("en")
