"""The share and bring-in dialogs driven as a coordinator would: share from one laptop,
look at the file on another (in words, before anything is written), bring it in, see it
in the Merges history; a wrong passphrase is a message and nothing changes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from tests.canonical import canonical_dump
from tests.ui.test_welsh import english_left
from volunteer_app.paths import AppPaths
from volunteer_app.services.context import open_services
from volunteer_app.services.demo_data import add_demo_data
from volunteer_app.ui.merging.bring_in_dialog import BringInDialog
from volunteer_app.ui.merging.history_dialog import MergesDialog
from volunteer_app.ui.merging.share_dialog import ShareDialog
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow

PASS = "Te bach a bara brith"


def _other_laptop(tmp_path: Path, ctx: UiContext) -> Path:
    """A co-coordinator's laptop set up from this one's file, then busy on its own."""
    assert ctx.services is not None
    ctx.services.group.update("Caffi Trwsio", "W06000015", "")
    first = tmp_path / "first.vcl-share"
    ctx.services.merging.share(first, PASS)
    other = open_services(AppPaths.under(tmp_path / "other"))
    try:
        other.merging.bring_in(first, PASS)
        add_demo_data(other.database, scale="small", until=date(2026, 11, 1))
        shared = tmp_path / "other.vcl-share"
        other.merging.share(shared, PASS)
    finally:
        other.close()
    return shared


def test_share_writes_a_file_the_other_laptop_can_open(
    window: MainWindow,
    ctx: UiContext,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    dialog = ShareDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.file_row.path_edit.setText(str(tmp_path / "ours"))
    dialog.passphrase.setText(PASS)
    dialog.again.setText(PASS + "x")
    qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.status.text()
    assert not (tmp_path / "ours.vcl-share").exists()
    dialog.again.setText(PASS)
    qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    assert "Shared" in dialog.status.text()
    assert (tmp_path / "ours.vcl-share").is_file()


def test_bring_in_shows_what_the_file_brings_then_merges_it(
    window: MainWindow,
    ctx: UiContext,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    shared = _other_laptop(tmp_path, ctx)
    assert ctx.services is not None
    before = canonical_dump(ctx.paths.database)
    dialog = BringInDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.file_row.path_edit.setText(str(shared))
    dialog.passphrase.setText("not it")
    qtbot.mouseClick(dialog.look_button, Qt.MouseButton.LeftButton)
    assert "passphrase does not open" in dialog.summary.text()
    assert not dialog.bring_button.isEnabled()
    dialog.passphrase.setText(PASS)
    qtbot.mouseClick(dialog.look_button, Qt.MouseButton.LeftButton)
    assert "150 new activities" in dialog.summary.text()
    assert canonical_dump(ctx.paths.database) == before  # looking writes nothing
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.mouseClick(dialog.bring_button, Qt.MouseButton.LeftButton)
    assert "Brought in." in dialog.summary.text()
    assert ctx.services.group.headline_counts()[0] == 150
    history = MergesDialog(ctx, window)
    qtbot.addWidget(history)
    assert history.table.rowCount() == 1
    assert history.table.item(0, 2).text() == "150"
    history.table.selectRow(0)
    assert "before-merge" in history.detail.text()


def test_the_menu_and_dialogs_speak_welsh(
    window: MainWindow,
    ctx: UiContext,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    shared = _other_laptop(tmp_path, ctx)
    dialogs = [ShareDialog(ctx, window), BringInDialog(ctx, window), MergesDialog(ctx, window)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
    ctx.switch_language("cy", remember=False)
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Cofnodi")
    texts = [action.text() for action in window.file_menu.actions()]
    assert "&Rhannu â chyd-gydlynydd…" in texts
    assert "&Dod â ffeil cyd-gydlynydd i mewn…" in texts
    bring_in = dialogs[1]
    assert isinstance(bring_in, BringInDialog)
    bring_in.file_row.path_edit.setText(str(shared))
    bring_in.passphrase.setText(PASS)
    qtbot.mouseClick(bring_in.look_button, Qt.MouseButton.LeftButton)
    assert "150 o weithgareddau newydd" in bring_in.summary.text()
    for dialog in dialogs:
        assert english_left(dialog) == set(), dialog.objectName()


def test_a_new_laptop_starts_from_a_file_from_the_welcome(
    ctx: UiContext,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QWidget

    from tests.ui.conftest import make_window
    from tests.ui.modal import when_modal_opens
    from volunteer_app.services.preferences import load_preferences
    from volunteer_app.ui.settings.welcome import WelcomeDialog
    from volunteer_app.ui.shell.startup import Startup

    first = open_services(AppPaths.under(tmp_path / "first"))
    try:
        first.group.update("Caffi Trwsio", "W06000015", "")
        add_demo_data(first.database, scale="small", until=date(2026, 11, 1))
        first.merging.share(tmp_path / "first.vcl-share", PASS)
    finally:
        first.close()
    win = make_window(ctx, qtbot)
    startup = Startup(ctx, win)

    def choose_bring_in() -> tuple[int, WelcomeDialog]:
        dialog = WelcomeDialog(ctx.language, win)
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.bring_in_button, Qt.MouseButton.LeftButton)
        return dialog.result(), dialog

    texts: list[str] = []

    def bring_in(dialog: QWidget) -> None:
        assert isinstance(dialog, BringInDialog)
        dialog.file_row.path_edit.setText(str(tmp_path / "first.vcl-share"))
        dialog.passphrase.setText(PASS)
        qtbot.mouseClick(dialog.look_button, Qt.MouseButton.LeftButton)
        texts.append(dialog.summary.text())
        qtbot.mouseClick(dialog.bring_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    startup.ask_welcome = choose_bring_in
    seen = when_modal_opens(bring_in)
    startup.start()
    assert seen == ["bringInDialog"]
    assert "keep the records of Caffi Trwsio" in texts[0]
    assert ctx.services is not None
    assert ctx.services.group.info().name == "Caffi Trwsio"
    assert ctx.services.group.headline_counts()[0] == 150
    assert load_preferences(ctx.paths.preferences_file).welcome_done
