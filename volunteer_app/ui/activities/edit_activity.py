"""Correcting a saved activity, with the same fields as the Log page, its event pulse, what
it produced and its projects: all saved together, in one transaction."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from volunteer_app.domain.activity import ActivityDraft, ActivityRecord
from volunteer_app.domain.activity_extras import ActivityExtras
from volunteer_app.domain.pulse import PulseTally
from volunteer_app.ui.activities.extras_fields import ExtrasFields
from volunteer_app.ui.kit.activity_form import ActivityForm
from volunteer_app.ui.kit.dialog_base import Dialog
from volunteer_app.ui.shell.ops import Changes

if TYPE_CHECKING:
    from volunteer_app.services.activities import ActivityService
    from volunteer_app.ui.shell.ops import Ops


class EditActivityDialog(Dialog):
    def __init__(
        self,
        service: ActivityService,
        record: ActivityRecord,
        language: str,
        ops: Ops,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editActivityDialog")
        self._service, self._ops, self.record = service, ops, record
        self.saved: ActivityDraft | None = None
        held = record.extras or ActivityExtras()
        layout = QVBoxLayout(self)
        self.form = ActivityForm(language, self)
        self.form.new_type_button.hide()
        self.form.set_types(service.types(), keep=record.activity_type_id)
        self.form.people.set_known(service.known_names())
        self.form.fill(record)
        layout.addWidget(self.form)
        self.extras = ExtrasFields(
            service, self.form, held.outputs or {}, held.projects or (), language, self
        )
        layout.addWidget(self.extras)
        from volunteer_app.ui.community.pulse_section import PulseSection

        self.pulse = PulseSection(held.pulse if held.pulse is not None else PulseTally(), self)
        layout.addWidget(self.pulse)
        self.save_button, self.cancel_button = self.add_ok_cancel(layout, self.save)
        self.resize(960, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit activity"))
        self.save_button.setText(self.tr("&Save changes"))
        self.cancel_button.setText(self.tr("Cancel"))

    def draft(self) -> ActivityDraft:
        """The form with its pulse, outputs and projects, as the dialog would save it."""
        extras = ActivityExtras(
            self.pulse.tally(), self.extras.amounts(), self.extras.project_ids()
        )
        return replace(self.form.draft(), extras=extras)

    def save(self) -> None:
        draft = self.draft()
        service, activity_id = self._service, self.record.id
        self.save_button.setEnabled(False)  # until the answer: a second click saves nothing
        # The page that opened the dialog pushes the undo step and announces the change.
        self._ops.run(
            lambda: service.update(activity_id, draft),  # one transaction
            changes=Changes.NONE,
            success=lambda changed: self._saved(draft, changed),
            failure_at=self._refused,
        )

    def _saved(self, draft: ActivityDraft, changed: bool) -> None:
        self.saved = draft if changed else None  # nothing to undo when nothing changed
        self.accept()

    def _refused(self, field: str, text: str) -> None:
        self.save_button.setEnabled(True)
        self.form.show_error(field, text)

    @classmethod
    def ask(
        cls,
        service: ActivityService,
        record: ActivityRecord,
        language: str,
        ops: Ops,
        parent: QWidget | None,
    ) -> ActivityDraft | None:
        """Show the dialog; the saved version, or None if nothing was changed."""
        dialog = cls(service, record, language, ops, parent)
        dialog.exec()
        return dialog.saved
