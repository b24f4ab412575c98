"""The Log form's output fields: one number per output the chosen activity type shows
(bags of litter, meals served), filled by "same as last time"; once the activity is saved
they are recorded with it, and it joins its type's (or series') default projects, so that
logging stays one step. The Log page adds it with one call."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QGroupBox, QSpinBox, QWidget

if TYPE_CHECKING:
    from volunteer_app.domain.funding.values import OutputInfo
    from volunteer_app.services.funding.projects import FundingService
    from volunteer_app.ui.kit.activity_form import ActivityForm
    from volunteer_app.ui.shell.context import UiContext

MOST = 10_000_000


class OutputFields(QGroupBox):
    def __init__(self, ctx: UiContext, form: ActivityForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outputFields")
        self.ctx, self.form = ctx, form
        self.fields: dict[str, QSpinBox] = {}
        self.shown: list[OutputInfo] = []
        self.layout_ = QFormLayout(self)
        form.type_combo.currentIndexChanged.connect(lambda _i: self.show_for_type())
        ctx.bus.data_changed.connect(self.show_for_type)  # an output added in Settings
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What it produced"))
        self._build()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _funding(self) -> FundingService | None:
        if self.ctx.services is None:
            return None
        from volunteer_app.services.funding.projects import FundingService

        return FundingService(self.ctx.services.database)

    def show_for_type(self) -> None:
        funding, type_id = self._funding(), self.form.type_id()
        self.shown = funding.outputs_for_type(type_id.hex) if funding and type_id else []
        self._build()

    def _build(self) -> None:
        kept = {key: box.value() for key, box in self.fields.items()}
        while self.layout_.rowCount():
            self.layout_.removeRow(0)
        self.fields = {}
        for output in self.shown:
            box = QSpinBox(self)
            box.setRange(0, MOST)
            box.setGroupSeparatorShown(True)
            box.setMaximumWidth(160)  # a count, not a sentence
            box.setValue(kept.get(output.id, 0))
            name = output.shown_name(self.ctx.language)
            box.setAccessibleName(name)
            self.layout_.addRow(name + ":", box)
            self.fields[output.id] = box
        self.setVisible(bool(self.shown))

    def amounts(self) -> dict[str, int]:
        """The numbers given (a field left at 0 records nothing)."""
        return {key: box.value() for key, box in self.fields.items() if box.value()}

    def same_as(self, activity_id: uuid.UUID) -> None:
        funding = self._funding()
        if funding is None:
            return
        last = funding.amounts_of(activity_id.hex)
        for key, box in self.fields.items():
            box.setValue(last.get(key, 0))

    def saved(
        self, activity_id: uuid.UUID, type_id: uuid.UUID | None, series_id: uuid.UUID | None
    ) -> None:
        """Record the numbers with the activity just logged and tag its default projects."""
        funding = self._funding()
        if funding is None or type_id is None:
            return
        amounts = self.amounts()
        if amounts:
            funding.record(activity_id.hex, amounts)
        day = self.form.date_edit.date().toPython()  # the form is cleared after this
        projects = funding.defaults_for(type_id.hex, series_id.hex if series_id else None, day)
        if projects:
            funding.tag(activity_id.hex, tuple(projects))
        for box in self.fields.values():
            box.setValue(0)


def add_output_fields(
    ctx: UiContext, form: ActivityForm, layout: QBoxLayout, parent: QWidget
) -> OutputFields:
    """The Log page's one call: the fields under its form."""
    fields = OutputFields(ctx, form, parent)
    layout.addWidget(fields)
    return fields
