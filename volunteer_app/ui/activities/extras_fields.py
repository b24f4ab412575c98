"""In the activity dialog: what the activity produced (the output counters of its type, and
any it already has) and the projects it belongs to (a checkable list of the group's
projects). The dialog saves them with the activity, in its one transaction."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.ui.kit.activity_form import ActivityForm

if TYPE_CHECKING:
    from volunteer_app.domain.funding.values import OutputInfo, ProjectInfo
    from volunteer_app.services.activities import ActivityService

MOST = 10_000_000  # the validation's ceiling (domain/funding/values.py)


class ExtrasFields(QWidget):
    def __init__(
        self,
        service: ActivityService,
        form: ActivityForm,
        amounts: Mapping[str, int],
        projects: tuple[str, ...],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activityExtras")
        self._service, self._form, self._language = service, form, language
        self._held = dict(amounts)
        self.fields: dict[str, QSpinBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.outputs_box = QGroupBox(self)
        self.outputs_layout = QFormLayout(self.outputs_box)
        self.projects_box = QGroupBox(self)
        self.project_list = QListWidget(self.projects_box)
        self.project_list.setObjectName("activityProjects")
        self.project_list.setMaximumHeight(120)
        QVBoxLayout(self.projects_box).addWidget(self.project_list)
        layout.addWidget(self.outputs_box, 1)
        layout.addWidget(self.projects_box, 1)
        self._fill_projects(service.projects(), set(projects))
        form.type_combo.currentIndexChanged.connect(lambda _i: self._build_outputs())
        self._build_outputs()
        self.retranslate()

    def retranslate(self) -> None:
        self.outputs_box.setTitle(self.tr("What it produced"))
        self.projects_box.setTitle(self.tr("Projects it belongs to"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_projects(self, listed: list[ProjectInfo], held: set[str]) -> None:
        for project in listed:
            item = QListWidgetItem(project.name, self.project_list)
            item.setData(Qt.ItemDataRole.UserRole, project.id)  # a str: found by equality
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if project.id in held else Qt.CheckState.Unchecked
            )
        self.projects_box.setVisible(bool(listed))

    def _build_outputs(self) -> None:
        """The current type's counters, plus any the activity already counts."""
        kept = {key: box.value() for key, box in self.fields.items()} or self._held
        type_id = self._form.type_id()
        shown: list[OutputInfo] = [
            o
            for o in self._service.outputs()
            if o.id in kept or (type_id is not None and type_id.hex in o.type_ids)
        ]
        while self.outputs_layout.rowCount():
            self.outputs_layout.removeRow(0)
        self.fields = {}
        for output in shown:
            box = QSpinBox(self.outputs_box)
            box.setRange(0, MOST)
            box.setGroupSeparatorShown(True)
            box.setMaximumWidth(160)  # a count, not a sentence
            box.setValue(kept.get(output.id, 0))
            name = output.shown_name(self._language)
            box.setAccessibleName(name)
            self.outputs_layout.addRow(name + ":", box)
            self.fields[output.id] = box
        self.outputs_box.setVisible(bool(shown))

    def amounts(self) -> dict[str, int]:
        """The numbers given (a field at 0 counts nothing)."""
        return {key: box.value() for key, box in self.fields.items() if box.value()}

    def project_ids(self) -> tuple[str, ...]:
        items = (self.project_list.item(i) for i in range(self.project_list.count()))
        return tuple(
            sorted(
                str(item.data(Qt.ItemDataRole.UserRole))
                for item in items
                if item.checkState() == Qt.CheckState.Checked
            )
        )
