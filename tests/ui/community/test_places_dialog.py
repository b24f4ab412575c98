"""Edit > Places…: types set once, two spellings merged, a place renamed; in Welsh too."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QInputDialog

from volunteer_app.domain.places import PlaceType
from volunteer_app.services.demo_data import add_demo_data
from volunteer_app.ui.community.places_dialog import PlacesDialog
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow
from volunteer_app.ui.shell.ops import Changes


def _dialog(ctx: UiContext, window: MainWindow, qtbot) -> PlacesDialog:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    add_demo_data(ctx.services.database, until=date(2026, 6, 30))
    dialog = PlacesDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _row(dialog: PlacesDialog, name: str) -> int:
    return next(i for i, r in enumerate(dialog.rows) if r.name == name)


def test_types_merges_and_renames(window: MainWindow, ctx: UiContext, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(ctx, window, qtbot)
    assert window.places_action.text() == "&Places…"
    park = _row(dialog, "The park")
    combo = dialog.table.cellWidget(park, 1)
    assert isinstance(combo, QComboBox) and combo.currentData() == "outdoors"
    combo.setCurrentIndex(list(PlaceType).index(PlaceType.SPORTS_LEISURE))
    assert ctx.services is not None
    places = {p.name: p for p in ctx.services.community.places.places()}
    assert places["The park"].place_type is PlaceType.SPORTS_LEISURE
    moved = places["Community centre"].activities
    dialog.table.selectRow(_row(dialog, "Community centre"))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Village hall", True))
    dialog.merge_button.click()
    after = {p.name: p for p in ctx.services.community.places.places()}
    assert "Community centre" not in after
    assert after["Village hall"].activities == places["Village hall"].activities + moved
    assert str(moved) in dialog.status.text()
    dialog.table.selectRow(_row(dialog, "Village hall"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Library", True))
    dialog.rename_button.click()
    assert "merge the two instead" in dialog.status.text()  # a name in use: merge instead


def test_in_welsh(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(ctx, window, qtbot)
    ctx.switch_language("cy")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Lleoliadau")
    combo = dialog.table.cellWidget(0, 1)
    assert isinstance(combo, QComboBox)
    assert "Neuadd gymunedol" in [combo.itemText(i) for i in range(combo.count())]


def test_the_log_form_offers_places_as_you_type(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    add_demo_data(ctx.services.database, until=date(2026, 6, 30))
    ctx.ops.announce(Changes.ALL)  # written behind the window's back
    edit = window.page("log").form.place_edit  # type: ignore[attr-defined]
    completer = edit.completer()
    assert completer is not None
    completer.setCompletionPrefix("hall")  # contains, any case
    found = [
        completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())
    ]
    assert found == ["Church hall", "Village hall"]
