"""Edit > Places…: every place with its type and how many activities it hosted; set a type,
rename a place, or merge two spellings of one place."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QInputDialog,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from volunteer_app.domain.places import PlaceType
from volunteer_app.ui.community.place_undo import PlaceChange
from volunteer_app.ui.kit.community_words import place_type_label
from volunteer_app.ui.kit.list_dialog import ListDialog
from volunteer_app.ui.kit.widgets import CellCombo
from volunteer_app.ui.shell.ops import Changes

if TYPE_CHECKING:
    from volunteer_app.domain.places import PlaceEdit, PlaceRow
    from volunteer_app.ui.shell.context import UiContext


class PlacesDialog(ListDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__("placesDialog", 3, stretch=0, size=(720, 460), parent=parent)
        self.ctx, self.places = ctx, ctx.open_services().community.places
        self.rows: list[PlaceRow] = []
        self.table.setObjectName("placesTable")
        self.rename_button = QPushButton(self)
        self.rename_button.setObjectName("renamePlace")
        self.merge_button = QPushButton(self)
        self.merge_button.setObjectName("mergePlace")
        self.add_action(self.rename_button)
        self.add_action(self.merge_button)
        self.rename_button.clicked.connect(self.rename_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.table.itemSelectionChanged.connect(self._selected)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Places"))
        self.intro.setText(
            self.tr(
                "The places where your activities happen. Give each one its type once: the "
                "summary for the CVC counts activities by type of place, never by name."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Place"), self.tr("Type of place"), self.tr("Activities")]
        )
        self.table.setAccessibleName(self.tr("Places"))
        self.rename_button.setText(self.tr("&Rename…"))
        self.merge_button.setText(self.tr("&Merge into…"))
        self.close_button.setText(self.tr("Close"))
        self._fill()

    def reload(self) -> None:
        chosen = self.table.currentRow()
        self.rows = self.places.places()
        self._fill()
        self.select_again(chosen)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        for number, place in enumerate(self.rows):
            self.table.setItem(number, 0, QTableWidgetItem(place.name))
            combo = CellCombo(self.table)
            combo.setAccessibleName(self.tr("Type of %1").replace("%1", place.name))
            for kind in PlaceType:
                combo.addItem(place_type_label(kind), kind.value)
            combo.setCurrentIndex(list(PlaceType).index(place.place_type))
            combo.currentIndexChanged.connect(
                lambda _i, n=place.name, c=combo: self._set_type(n, PlaceType(c.currentData()))
            )
            self.table.setCellWidget(number, 1, combo)
            count = QTableWidgetItem(str(place.activities))
            self.table.setItem(number, 2, count)
        self._selected()

    def _selected(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.rename_button.setEnabled(chosen)
        self.merge_button.setEnabled(chosen and len(self.rows) > 1)

    def _current(self) -> PlaceRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _set_type(self, name: str, kind: PlaceType) -> None:
        places = self.places
        step = self.tr("Set the type of “%1”").replace("%1", name)
        self.ctx.ops.run(
            lambda: places.change_type(name, kind),
            changes=Changes.PLACES,
            undo=self._undo_step(lambda: places.change_type(name, kind), step),
            success=lambda _edit: self.status.setText(
                self.tr("“%1” is now: %2.")
                .replace("%1", name)
                .replace("%2", place_type_label(kind))
            ),
            failure=self.status.setText,
        )

    def _undo_step(
        self, again: Callable[[], PlaceEdit], text: str, only_if_changed: bool = False
    ) -> Callable[[PlaceEdit], PlaceChange | None]:
        """One step of the main window's undo (Ctrl+Z), pushed by ops once the change is
        saved (a rename to the same name changed nothing: nothing to undo)."""
        places = self.places

        def command(edit: PlaceEdit) -> PlaceChange | None:
            if only_if_changed and not edit.before.rows:
                return None
            return PlaceChange(places, edit, again, text)

        return command

    def rename_selected(self) -> None:
        place = self._current()
        if place is None:
            return
        new, ok = QInputDialog.getText(
            self, self.tr("Rename place"), self.tr("New name for “%1”:").replace("%1", place.name),
            text=place.name,
        )  # fmt: skip
        if ok:
            places, old = self.places, place.name
            step = self.tr("Rename place “%1”").replace("%1", old)
            self._apply(lambda: places.change_name(old, new), step)

    def merge_selected(self) -> None:
        place = self._current()
        if place is None:
            return
        others = [r.name for r in self.rows if r.name != place.name]
        keep, ok = QInputDialog.getItem(
            self,
            self.tr("Merge places"),
            self.tr("“%1” is the same place as:").replace("%1", place.name),
            others,
            0,
            False,
        )
        if ok and keep:
            places, drop = self.places, place.name
            step = self.tr("Merge place “%1” into “%2”").replace("%1", drop).replace("%2", keep)
            self._apply(lambda: places.merge_into(drop, keep), step)

    def _apply(self, action: Callable[[], PlaceEdit], step: str) -> None:
        self.ctx.ops.run(
            action,
            changes=Changes.PLACES | Changes.ACTIVITIES,
            undo=self._undo_step(action, step, only_if_changed=True),
            success=self._applied,
            failure=self.status.setText,
        )

    def _applied(self, edit: PlaceEdit) -> None:
        self.status.setText(self.tr("%n activities updated.", "", edit.moved))
        self.reload()
