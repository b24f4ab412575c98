"""Edit > Activity types…: a type imported without a kind ("Other") is given its kind in
the window, the CVC summary then counts its hours under that kind, and Ctrl+Z puts the old
kind back. Imported types named as a starter type take the starter's kind by themselves."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox

from tests.services.importing.import_lookalikes import write_csv
from volunteer_app.domain.errors import AppError
from volunteer_app.domain.importing.plan import ImportOptions
from volunteer_app.domain.periods import custom_range
from volunteer_app.services.context import AppServices
from volunteer_app.ui.log.types_dialog import TypesDialog
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow


def _services(ctx: UiContext) -> AppServices:
    assert ctx.services is not None
    return ctx.services


@pytest.fixture
def imported(window: MainWindow, ctx: UiContext, tmp_path: Path) -> AppServices:
    services = _services(ctx)
    services.group.update("Cyfeillion y Parc", "W06000015", "")
    path = write_csv(
        tmp_path / "log.csv",
        [["Date", "Name", "Activity", "Hours"],
         ["14/06/2025", "Siân", "Gardening", "3"],
         ["15/06/2025", "Siân", "Casglu sbwriel", "2"]],
    )  # fmt: skip
    result = services.importer.import_file(path, options=ImportOptions())
    assert dict(result.new_types) == {"Gardening": "other", "Casglu sbwriel": "practical_help"}
    return services


def _kind_minutes(services: AppServices) -> dict[str, int]:
    """The summary's volunteer minutes by kind, for June 2025 (before rounding and
    suppression, which would hide such small numbers)."""
    period = custom_range(date(2025, 6, 1), date(2025, 6, 30))
    rows = services.summary.preview(period).rows
    return {
        r.category: r.raw
        for r in rows
        if (r.measure, r.breakdown) == ("volunteer_hours", "activity_type") and r.raw
    }


def _combo(dialog: TypesDialog, label: str) -> QComboBox:
    row = next(i for i, t in enumerate(dialog.types) if t.label == label)
    combo = dialog.table.cellWidget(row, 1)
    assert isinstance(combo, QComboBox)
    return combo


def test_a_kind_is_chosen_counted_and_undone(
    window: MainWindow, ctx: UiContext, imported: AppServices, qtbot  # type: ignore[no-untyped-def]
) -> None:
    assert _kind_minutes(imported) == {"other": 180, "practical_help": 120}
    dialog = TypesDialog(ctx, window)
    qtbot.addWidget(dialog)
    assert [dialog.table.item(r, 2).text() for r in range(2)] == ["1", "1"]
    combo = _combo(dialog, "Gardening")
    assert combo.currentData() == "other"
    combo.setCurrentIndex(combo.findData("practical_help"))
    assert "“Gardening” is now: Practical help" in dialog.status.text()
    assert _kind_minutes(imported) == {"practical_help": 300}
    window.undo_stack.undo()
    assert _kind_minutes(imported) == {"other": 180, "practical_help": 120}
    window.undo_stack.redo()
    assert _kind_minutes(imported) == {"practical_help": 300}


def test_the_edit_menu_opens_it(window: MainWindow, imported: AppServices, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[TypesDialog] = []
    monkeypatch.setattr(TypesDialog, "exec", lambda self: shown.append(self) or 0)
    assert window.types_action in window.edit_menu.actions()
    assert window.types_action.isEnabled()
    window.types_action.trigger()
    assert [t.label for t in shown[0].types] == ["Casglu sbwriel", "Gardening"]


def test_the_wheel_passing_over_a_kind_changes_nothing(
    window: MainWindow, ctx: UiContext, imported: AppServices, qtbot  # type: ignore[no-untyped-def]
) -> None:
    dialog = TypesDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = _combo(dialog, "Casglu sbwriel")
    at = QPointF(5, 5)
    wheel = QWheelEvent(
        at, combo.mapToGlobal(at), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(combo, wheel)
    assert combo.currentData() == "practical_help"
    assert _kind_minutes(imported) == {"other": 180, "practical_help": 120}


def test_a_refused_change_shows_the_kind_as_saved(
    window: MainWindow, ctx: UiContext, imported: AppServices, qtbot, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    dialog = TypesDialog(ctx, window)
    qtbot.addWidget(dialog)

    def gone(_type_id: object, _code: str) -> str:
        raise AppError("type.gone", "That activity type no longer exists.")

    monkeypatch.setattr(dialog.service, "set_type_code", gone)
    combo = _combo(dialog, "Gardening")
    combo.setCurrentIndex(combo.findData("transport"))
    assert "no longer exists" in dialog.status.text()
    assert _combo(dialog, "Gardening").currentData() == "other"
