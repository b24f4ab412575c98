"""Backups and damage, from the window."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import make_window
from volunteer_app.domain.activity import ActivityFilter
from volunteer_app.services import backups
from volunteer_app.services.context import open_services
from volunteer_app.services.demo_data import add_demo_data
from volunteer_app.ui.kit import common
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow
from volunteer_app.ui.shell.startup import Startup


def _seed(ctx: UiContext) -> None:
    services = open_services(ctx.paths)
    add_demo_data(services.database, "small", seed=2)
    services.close()


def test_damaged_database_at_start_offers_the_newest_backup(
    ctx: UiContext, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    _seed(ctx)
    backups.automatic_backup(ctx.paths)
    ctx.paths.database.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)  # damaged
    asked: list[str] = []
    monkeypatch.setattr(
        common, "confirm", lambda parent, title, text, action: asked.append(text) or True
    )
    window = make_window(ctx, qtbot)
    Startup(ctx, window, show_welcome=False).start()
    assert asked and "damaged" in asked[0]
    assert ctx.services is not None and ctx.services.group.counts().activities == 150
    kept = list(ctx.paths.data_dir.glob("volunteering.damaged-*.sqlite3"))
    assert len(kept) == 1  # the damaged file is kept aside, not overwritten


def test_damaged_without_backups_is_explained_and_left_alone(
    ctx: UiContext, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    ctx.paths.database.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    before = ctx.paths.database.read_bytes()
    told: list[str] = []
    monkeypatch.setattr(common, "inform", lambda parent, title, text, *a, **k: told.append(text))
    window = make_window(ctx, qtbot)
    startup = Startup(ctx, window, show_welcome=False)
    startup.report_error = lambda text: told.append(text)  # type: ignore[method-assign]
    startup.start()
    assert any("no backup" in t for t in told)
    assert ctx.paths.database.read_bytes() == before


def test_back_up_and_restore_from_the_file_menu(
    window: MainWindow, ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ctx.services is not None
    add_demo_data(ctx.services.database, "small", seed=3)
    target = tmp_path / "usb" / "backup.sqlite3"
    monkeypatch.setattr(common, "ask_save_path", lambda *a: target)
    window.backup_action.trigger()
    assert target.exists()
    ctx.services.activities.delete(
        ctx.services.activities.page(ActivityFilter(), "date", True, 0, 1)[0].id
    )
    assert ctx.services.group.counts().activities == 149
    monkeypatch.setattr(common, "ask_open_path", lambda *a: target)
    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)
    window.data_safety().reopen = lambda: Startup(ctx, window, show_welcome=False).start()
    window.restore_action.trigger()
    assert ctx.services is not None and ctx.services.group.counts().activities == 150
    assert list(ctx.paths.backup_dir.glob("before-restore-*.sqlite3"))
