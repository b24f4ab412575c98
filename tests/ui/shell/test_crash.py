from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from volunteer_app.logsetup import setup_logging
from volunteer_app.ui.shell.crash import CrashHandler
from volunteer_app.ui.shell.crash_dialog import CrashDialog


class _Emitter(QObject):
    fired = Signal()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    log_file = setup_logging(tmp_path / "logs")
    handler = CrashHandler(tmp_path / "logs")
    old_hook = sys.excepthook
    handler.install()
    try:
        emitter = _Emitter()

        typed_by_user = "".join(["Can", "ary Zebedee"])  # not written out in this source line

        def broken_slot() -> None:
            raise ZeroDivisionError(typed_by_user)

        emitter.fired.connect(broken_slot)
        QTimer.singleShot(0, emitter.fired.emit)
        qtbot.waitUntil(lambda: bool(handler.dialogs))
    finally:
        sys.excepthook = old_hook
    dialog = handler.dialogs[0]
    assert isinstance(dialog, CrashDialog)
    assert "ZeroDivisionError" in dialog.details.toPlainText()
    assert "broken_slot" in dialog.details.toPlainText()  # where it happened
    dialog.copy_details()
    assert "ZeroDivisionError" in QApplication.clipboard().text()
    logged = log_file.read_text(encoding="utf-8")
    assert "ZeroDivisionError" in logged
    # The message could hold what the user typed: it reaches neither the log nor the dialog.
    assert "Canary" not in logged and "Canary" not in dialog.details.toPlainText()
    dialog.close_button.click()
    assert not handler.dialogs
