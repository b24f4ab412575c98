"""Edit > Activity types…: every type of the group with its kind (the standard code the
CVC summary counts its hours under) and how many activities it has; the kind can be changed,
one step of the main window's undo each."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTableWidgetItem, QWidget

from volunteer_app.domain.codes import ActivityTypeCode
from volunteer_app.ui.kit.labels import activity_code_label
from volunteer_app.ui.kit.list_dialog import ListDialog
from volunteer_app.ui.kit.widgets import CellCombo
from volunteer_app.ui.shell.after_the_fact import AfterTheFact
from volunteer_app.ui.shell.ops import Changes

if TYPE_CHECKING:
    from volunteer_app.domain.activity import ActivityTypeInfo
    from volunteer_app.services.activities import ActivityService
    from volunteer_app.ui.shell.context import UiContext


class TypeKindChange(AfterTheFact):
    """A kind already saved: undo puts the one it had back, redo the new one again."""

    def __init__(
        self, service: ActivityService, type_id: uuid.UUID, before: str, after: str, text: str
    ) -> None:
        super().__init__(text)
        self._service, self._type_id, self._before, self._after = service, type_id, before, after

    def apply(self) -> None:
        self._service.set_type_code(self._type_id, self._after)

    def revert(self) -> None:
        self._service.set_type_code(self._type_id, self._before)


class TypesDialog(ListDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__("typesDialog", 3, stretch=0, size=(760, 460), parent=parent)
        self.ctx, self.service = ctx, ctx.open_services().activities
        self.types: list[ActivityTypeInfo] = []
        self.use: dict[uuid.UUID, int] = {}
        self.table.setObjectName("typesTable")
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Activity types"))
        self.intro.setText(
            self.tr(
                "Your group's own names for what it does, each with its kind: the summary for "
                "the CVC counts every activity under its type's kind, never by name. A type "
                "imported from a spreadsheet without a kind is “Other” until you choose one."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Activity type"), self.tr("Kind"), self.tr("Activities")]
        )
        self.table.setAccessibleName(self.tr("Activity types"))
        self.close_button.setText(self.tr("Close"))
        self._fill()

    def reload(self) -> None:
        chosen = self.table.currentRow()
        self.types = sorted(self.service.types(), key=lambda t: t.label.casefold())
        self.use = self.service.type_use()
        self._fill()
        self.select_again(chosen)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.types))
        for number, info in enumerate(self.types):
            self.table.setItem(number, 0, QTableWidgetItem(info.label))
            combo = CellCombo(self.table)
            combo.setAccessibleName(self.tr("Kind of %1").replace("%1", info.label))
            for code in ActivityTypeCode:
                combo.addItem(activity_code_label(code.value), code.value)
            combo.setCurrentIndex(combo.findData(info.code))
            combo.currentIndexChanged.connect(
                lambda _i, t=info, c=combo: self._set_kind(t, str(c.currentData()))
            )
            self.table.setCellWidget(number, 1, combo)
            self.table.setItem(number, 2, QTableWidgetItem(str(self.use.get(info.id, 0))))

    def _set_kind(self, info: ActivityTypeInfo, code: str) -> None:
        service, type_id = self.service, info.id
        step = self.tr("Set the kind of “%1”").replace("%1", info.label)
        self.ctx.ops.run(
            lambda: service.set_type_code(type_id, code),
            changes=Changes.TYPES,
            undo=lambda before: TypeKindChange(service, type_id, before, code, step),
            success=lambda _before: self.status.setText(
                self.tr("“%1” is now: %2.")
                .replace("%1", info.label)
                .replace("%2", activity_code_label(code))
            ),
            failure=self._refused,
        )

    def _refused(self, text: str) -> None:
        self.reload()  # each box as saved, not as chosen
        self.status.setText(text)
