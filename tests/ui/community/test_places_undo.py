"""Edit > Places…: setting a type, renaming and merging are each one step of the main
window's undo (Ctrl+Z) and redo; undoing a merge puts its activities back at the old place."""

from __future__ import annotations

import sqlite3
from datetime import date

from PySide6.QtWidgets import QComboBox, QInputDialog

from volunteer_app.domain.places import PlaceType
from volunteer_app.services.demo_data import add_demo_data
from volunteer_app.ui.community.places_dialog import PlacesDialog
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow


def _open(ctx: UiContext, window: MainWindow, qtbot) -> PlacesDialog:  # type: ignore[no-untyped-def]
    dialog = PlacesDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _row(dialog: PlacesDialog, name: str) -> int:
    return next(i for i, r in enumerate(dialog.rows) if r.name == name)


def _where(ctx: UiContext) -> dict[str, str]:
    """Every activity's place text, by id, as the file holds it."""
    conn = sqlite3.connect(f"{ctx.paths.database.as_uri()}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT id, location FROM activity").fetchall())
    finally:
        conn.close()


def _types(ctx: UiContext) -> dict[str, PlaceType]:
    assert ctx.services is not None
    return {p.name: p.place_type for p in ctx.services.community.places.places()}


def _ctrl_z(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Edit > Undo, the action Ctrl+Z triggers (as the other undo tests drive it)."""
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()


def test_a_merge_is_undone_with_ctrl_z_and_redone(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot, monkeypatch
) -> None:
    assert ctx.services is not None
    add_demo_data(ctx.services.database, until=date(2026, 6, 30))
    before_where, before_types = _where(ctx), _types(ctx)
    dialog = _open(ctx, window, qtbot)
    dialog.table.selectRow(_row(dialog, "Community centre"))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Village hall", True))
    dialog.merge_button.click()
    merged = _where(ctx)
    assert "Community centre" not in merged.values()
    assert "Community centre" not in _types(ctx)
    dialog.close()
    assert window.undo_action.text() == "&Undo Merge place “Community centre” into “Village hall”"
    _ctrl_z(window, qtbot)
    assert _where(ctx) == before_where  # every activity back at its old place
    assert _types(ctx) == before_types
    window.redo_action.trigger()
    assert _where(ctx) == merged
    window.undo_action.trigger()
    assert _where(ctx) == before_where


def test_a_type_and_a_rename_are_one_step_each(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot, monkeypatch
) -> None:
    assert ctx.services is not None
    add_demo_data(ctx.services.database, until=date(2026, 6, 30))
    before_where, before_types = _where(ctx), _types(ctx)
    dialog = _open(ctx, window, qtbot)
    combo = dialog.table.cellWidget(_row(dialog, "The park"), 1)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(list(PlaceType).index(PlaceType.SPORTS_LEISURE))
    dialog.table.selectRow(_row(dialog, "Church hall"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("St Mary's church hall", True))
    dialog.rename_button.click()
    assert "St Mary's church hall" in _where(ctx).values()
    assert _types(ctx)["The park"] is PlaceType.SPORTS_LEISURE
    # A rename to the name it already has changes nothing, and adds no step.
    dialog.table.selectRow(_row(dialog, "Library"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Library", True))
    steps = window.undo_stack.count()
    dialog.rename_button.click()
    assert window.undo_stack.count() == steps
    dialog.close()
    _ctrl_z(window, qtbot)  # the rename
    assert _where(ctx) == before_where
    assert _types(ctx)["The park"] is PlaceType.SPORTS_LEISURE
    _ctrl_z(window, qtbot)  # the type
    assert _types(ctx) == before_types
    assert ctx.services.community.places.places()  # still listed, as before
