from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from tests.ui.conftest import make_window
from volunteer_app.services.preferences import load_preferences
from volunteer_app.ui.settings.welcome import WelcomeDialog
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.startup import Startup


def test_welcome_on_first_run_saves_answers(ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = make_window(ctx, qtbot)
    startup = Startup(ctx, win)
    seen: list[WelcomeDialog] = []

    def answer() -> tuple[int, WelcomeDialog]:
        dialog = WelcomeDialog(ctx.language, win)
        qtbot.addWidget(dialog)
        seen.append(dialog)
        qtbot.keyClicks(dialog.form.name_edit, "Caffi Trwsio Aber")
        dialog.form.la_combo.set_code("W06000008")
        dialog.form.language_combo.set_language("cy")
        dialog._try_accept()
        return dialog.result(), dialog

    startup.ask_welcome = answer
    startup.start()
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    assert ctx.services is not None
    assert ctx.services.group.info().la_code == "W06000008"
    prefs = load_preferences(ctx.paths.preferences_file)
    assert prefs.welcome_done and prefs.language == "cy"


def test_skipping_the_welcome_is_remembered(ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = make_window(ctx, qtbot)
    startup = Startup(ctx, win)
    calls = []

    def skip() -> tuple[int, WelcomeDialog]:
        dialog = WelcomeDialog(ctx.language, win)
        qtbot.addWidget(dialog)
        calls.append(1)
        return QDialog.DialogCode.Rejected, dialog

    startup.ask_welcome = skip
    startup.start()
    assert calls == [1]
    assert load_preferences(ctx.paths.preferences_file).welcome_done
    Startup(ctx, make_window(ctx, qtbot)).start()  # second start: no welcome
    assert calls == [1]


def test_welcome_refuses_a_formula_name(ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = WelcomeDialog("en")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.form.name_edit, "@SUM(A1)")
    dialog._try_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.errors["group_name"].text()


def test_a_newer_database_is_explained_and_the_app_stops(ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    conn = sqlite3.connect(ctx.paths.database)
    conn.execute("PRAGMA user_version = 50")
    conn.close()
    win = make_window(ctx, qtbot)
    startup = Startup(ctx, win)
    startup.report_error = lambda text: None  # type: ignore[method-assign]
    with qtbot.waitSignal(startup.failed) as blocker:
        startup.start()
    assert blocker.args == [3]
    assert "newer version" in startup.last_error


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_smoke_test_of_the_real_entry_point(tmp_path: Path, lang: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "volunteer_app",
            "--data-dir",
            str(tmp_path),
            "--lang",
            lang,
            "--smoke-test",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == ""
    assert (tmp_path / "volunteering.sqlite3").exists()
