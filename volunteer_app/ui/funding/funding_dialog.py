"""Settings > Projects and outputs: the group's grants (a name, the funder, the dates and
the activity types whose activities join it when logged) and its output counters (bags of
litter, meals served, with a Welsh name if wanted, and the types whose Log form shows
them). The Settings page adds its box with one call."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.ui.funding.funding_edit import FundingEditing, tick, ticked
from volunteer_app.ui.kit.date_edit import DateEdit
from volunteer_app.ui.kit.dates import short_date
from volunteer_app.ui.kit.dialog_base import Dialog
from volunteer_app.ui.shell.ops import Changes

if TYPE_CHECKING:
    from volunteer_app.services.funding.projects import FundingService
    from volunteer_app.ui.shell.context import UiContext


def _type_list(parent: QWidget, types: list[tuple[str, str]]) -> QListWidget:
    """Activity types to tick; ids kept as str (item data compares objects by identity)."""
    box = QListWidget(parent)
    for type_id, label in types:
        item = QListWidgetItem(label, box)
        item.setData(Qt.ItemDataRole.UserRole, type_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
    box.setMaximumHeight(110)
    return box


class FundingDialog(FundingEditing, Dialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fundingDialog")
        self.ctx = ctx
        from volunteer_app.services.funding.projects import FundingService

        services = ctx.open_services()
        self.funding: FundingService = FundingService(services.database)
        types = [(t.id.hex, t.label) for t in services.activities.types()]
        layout = QVBoxLayout(self)
        self.project_box, self.output_box = QGroupBox(self), QGroupBox(self)
        self.projects = QListWidget(self.project_box)
        self.name, self.funder = QLineEdit(self.project_box), QLineEdit(self.project_box)
        self.start, self.end = DateEdit(self.project_box), DateEdit(self.project_box)
        self.start.setDate(QDate(date.today().replace(day=1)))
        self.end.setDate(QDate(date.today().replace(day=1).replace(year=date.today().year + 1)))
        self.open_ended = QCheckBox(self.project_box)
        self.project_types = _type_list(self.project_box, types)
        self.add_project_button = QPushButton(self.project_box)
        self.save_project_button = QPushButton(self.project_box)
        self.remove_project_button = QPushButton(self.project_box)
        self.labels: dict[str, QLabel] = {}
        self._form(
            self.project_box,
            self.projects,
            (
                ("name", self.name),
                ("funder", self.funder),
                ("start", self.start),
                ("end", self.end),
                ("open", self.open_ended),
                ("ptypes", self.project_types),
            ),
            (self.remove_project_button, self.save_project_button, self.add_project_button),
        )
        self._build_outputs(types)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("fundingProblem")
        row = QHBoxLayout()
        row.addWidget(self.project_box)
        row.addWidget(self.output_box)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.open_ended.toggled.connect(lambda on: self.end.setEnabled(not on))
        self.add_project_button.clicked.connect(self.add_project)
        self.add_output_button.clicked.connect(self.add_output)
        self.connect_editing()
        # Undo or redo (Ctrl+Z) of a change made here shows at once.
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()
        self.reload()

    def _build_outputs(self, types: list[tuple[str, str]]) -> None:
        """The outputs box: those there are, and a new one with the types that show it."""
        self.outputs = QListWidget(self.output_box)
        self.output_name, self.output_cy = QLineEdit(self.output_box), QLineEdit(self.output_box)
        self.output_types = _type_list(self.output_box, types)
        self.add_output_button = QPushButton(self.output_box)
        self.save_output_button = QPushButton(self.output_box)
        self.remove_output_button = QPushButton(self.output_box)
        self._form(
            self.output_box,
            self.outputs,
            (
                ("oname", self.output_name),
                ("ocy", self.output_cy),
                ("otypes", self.output_types),
            ),
            (self.remove_output_button, self.save_output_button, self.add_output_button),
        )

    def _form(
        self,
        box: QGroupBox,
        listing: QListWidget,
        fields: tuple[tuple[str, QWidget], ...],
        buttons: tuple[QPushButton, ...],
    ) -> QFormLayout:
        outer = QVBoxLayout(box)
        outer.addWidget(listing)
        form = QFormLayout()
        for key, field in fields:
            label = QLabel(box)
            label.setBuddy(field)
            self.labels[key] = label
            if isinstance(field, QListWidget):
                # Above its list, the whole width: beside it, a long label (in Welsh
                # most) is squeezed into a narrow column and clipped, and so is the list.
                form.addRow(label)
                form.addRow(field)
            else:
                form.addRow(label, field)
        outer.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        outer.addLayout(row)
        return form

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Projects and outputs"))
        self.project_box.setTitle(self.tr("Projects (grants)"))
        self.output_box.setTitle(self.tr("Outputs (what sessions produce)"))
        texts = {
            "name": self.tr("&Name:"),
            "funder": self.tr("&Funder:"),
            "start": self.tr("&Starts:"),
            "end": self.tr("&Ends:"),
            "open": "",
            "ptypes": self.tr("Activities of these &types join it when logged:"),
            "oname": self.tr("Na&me:"),
            "ocy": self.tr("&Welsh name (if wanted):"),
            "otypes": self.tr("The Log form shows it for these t&ypes:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
            self.labels[key].setWordWrap(True)
        self.open_ended.setText(self.tr("No end date yet"))
        self.add_project_button.setText(self.tr("Add the &project"))
        self.add_output_button.setText(self.tr("Add the &output"))
        self.close_button.setText(self.tr("Close"))
        self.retranslate_editing()
        self.projects.setAccessibleName(self.tr("Projects"))
        self.outputs.setAccessibleName(self.tr("Outputs"))
        self.project_types.setAccessibleName(self.tr("Activity types that join the project"))
        self.output_types.setAccessibleName(self.tr("Activity types that show the output"))

    def reload(self) -> None:
        """The lists read again; what was picked stays picked, its form showing it as saved
        (an emptied list left the form full with nothing picked: Enter then added a copy)."""
        was = self.picked_ids()
        self.projects.clear()
        self.project_infos = {p.id: p for p in self.funding.projects()}
        for p in self.project_infos.values():
            end = short_date(p.end) if p.end else "…"
            funder = f" ({p.funder})" if p.funder else ""
            item = QListWidgetItem(f"{p.name}{funder}: {short_date(p.start)} – {end}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.projects.addItem(item)
        self.outputs.clear()
        self.output_infos = {o.id: o for o in self.funding.outputs()}
        for o in self.output_infos.values():
            item = QListWidgetItem(f"{o.name} / {o.name_cy}" if o.name_cy else o.name)
            item.setData(Qt.ItemDataRole.UserRole, o.id)
            self.outputs.addItem(item)
        self.pick_again(*was)

    def removal_question(self, name: str, tagged: int | None = None) -> str:
        """What a removal asks first: a project's with how many activities it holds."""
        if tagged is None:
            text = self.tr(
                "Remove the output “%1”? It no longer shows on the Log form or counts in "
                "reports. The amounts already recorded stay in the file. Ctrl+Z puts it back."
            )
        else:
            text = self.tr(
                "Remove the project “%1”? %n activities tagged with it lose the tag, and no "
                "activity type joins it when logged any more. Ctrl+Z puts it back.",
                "",
                tagged,
            )
        return text.replace("%1", name)

    def _on_changed(self, changes: Changes) -> None:
        if changes & Changes.FUNDING:
            self.reload()

    def add_project(self) -> None:
        end = None if self.open_ended.isChecked() else self.end.date().toPython()
        funding, name, funder = self.funding, self.name.text(), self.funder.text()
        start, types = self.start.date().toPython(), ticked(self.project_types)

        self.ctx.ops.run(
            lambda: funding.add_project(name, funder, start, end, types),  # type: ignore[arg-type]
            changes=Changes.FUNDING,
            success=lambda _p: self._added(self.name, self.funder, types=self.project_types),
            failure=self.problem.setText,
        )

    def add_output(self) -> None:
        funding, name, name_cy = self.funding, self.output_name.text(), self.output_cy.text()
        types = ticked(self.output_types)
        edits, ticks = (self.output_name, self.output_cy), self.output_types
        self.ctx.ops.run(
            lambda: funding.add_output(name, name_cy, types),
            changes=Changes.FUNDING | Changes.TYPES,
            success=lambda _output: self._added(*edits, types=ticks),
            failure=self.problem.setText,
        )

    def _added(self, *edits: QLineEdit, types: QListWidget | None = None) -> None:
        """Saved: the lists read again, and the form a new one came from emptied."""
        self.problem.clear()
        for edit in edits:
            edit.clear()
        if types is not None:
            tick(types, ())
        self.reload()


class FundingBox(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QHBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("fundingSettings")
        self.button.clicked.connect(self.open_dialog)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Funders"))
        self.text.setText(
            self.tr(
                "Projects (grants) that activities belong to, and outputs your sessions "
                "produce, such as bags of litter or meals served. Never in the CVC summary."
            )
        )
        self.button.setText(self.tr("&Projects and outputs…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_dialog(self) -> None:
        dialog = FundingDialog(self.ctx, self)
        dialog.exec()
        dialog.deleteLater()  # not kept hidden, listening to every change and focus move


def add_funding_box(ctx: UiContext, layout: QBoxLayout, parent: QWidget) -> FundingBox:
    """The Settings page's one call."""
    box = FundingBox(ctx, parent)
    layout.addWidget(box)
    return box
