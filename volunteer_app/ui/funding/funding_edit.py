"""The Projects and outputs window's editing: pick a project or an output in its list, change
it and save, or remove it (asked first). Each change is one transaction through the
window's write path, and Ctrl+Z takes it back exactly, a removal included."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QApplication, QListWidget, QWidget

from volunteer_app.ui.funding.funding_undo import FundingChange
from volunteer_app.ui.kit import common
from volunteer_app.ui.shell.ops import Changes

if TYPE_CHECKING:
    from volunteer_app.domain.funding.values import OutputInfo, ProjectInfo
    from volunteer_app.services.funding.projects import FundingUndo

# The window's own strings, in its one translation context.
translate = QCoreApplication.translate


def _key(listing: QListWidget, row: int) -> str:
    """The id a row of a list holds (kept as str: item data compares objects by identity)."""
    return str(listing.item(row).data(Qt.ItemDataRole.UserRole))


def _picked(listing: QListWidget) -> str | None:
    item = listing.currentItem()
    return None if item is None else _key(listing, listing.row(item))


def tick(box: QListWidget, type_ids: tuple[str, ...]) -> None:
    for i in range(box.count()):
        on = _key(box, i) in type_ids
        box.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def ticked(box: QListWidget) -> tuple[str, ...]:
    return tuple(
        _key(box, i)
        for i in range(box.count())
        if box.item(i).checkState() == Qt.CheckState.Checked
    )


class FundingEditing:
    """Mixed into FundingDialog, whose widgets it uses."""

    project_infos: dict[str, ProjectInfo]
    output_infos: dict[str, OutputInfo]

    def connect_editing(self) -> None:
        d = self._dialog()
        d.projects.currentItemChanged.connect(lambda *_: self._pick_project())
        d.outputs.currentItemChanged.connect(lambda *_: self._pick_output())
        d.save_project_button.clicked.connect(self.save_project)
        d.remove_project_button.clicked.connect(self.remove_project)
        d.save_output_button.clicked.connect(self.save_output)
        d.remove_output_button.clicked.connect(self.remove_output)
        for button in (
            d.add_project_button, d.save_project_button, d.remove_project_button,
            d.add_output_button, d.save_output_button, d.remove_output_button,
        ):  # fmt: skip
            button.setAutoDefault(False)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._enter_button)
        self._enter_button()

    def _enter_button(self, _old: QWidget | None = None, now: QWidget | None = None) -> None:
        """Enter does what the box being filled in is for: it saves the changes to the
        project or output picked, and adds a new one only when none is picked. (It always
        added one: a project renamed and Enter pressed came back as a second project.)"""
        d = self._dialog()
        focus = d.focusWidget()  # this window's, also while another one is active
        if focus is not None and d.output_box.isAncestorOf(focus):
            picked, save, add = d.outputs, d.save_output_button, d.add_output_button
        else:
            picked, save, add = d.projects, d.save_project_button, d.add_project_button
        (save if _picked(picked) is not None else add).setDefault(True)

    def _dialog(self):  # type: ignore[no-untyped-def]
        return self  # the FundingDialog this is mixed into

    def retranslate_editing(self) -> None:
        d = self._dialog()
        d.save_project_button.setText(translate("FundingDialog", "Save the c&hanges"))
        d.remove_project_button.setText(translate("FundingDialog", "&Remove…"))
        d.save_output_button.setText(translate("FundingDialog", "Save the chan&ges"))
        d.remove_output_button.setText(translate("FundingDialog", "Remo&ve…"))

    def picked_changed(self) -> None:
        d = self._dialog()
        on_project = _picked(d.projects) is not None
        d.save_project_button.setEnabled(on_project)
        d.remove_project_button.setEnabled(on_project)
        on_output = _picked(d.outputs) is not None
        d.save_output_button.setEnabled(on_output)
        d.remove_output_button.setEnabled(on_output)
        self._enter_button()

    def picked_ids(self) -> tuple[str | None, str | None]:
        d = self._dialog()
        return _picked(d.projects), _picked(d.outputs)

    def pick_again(self, project_id: str | None, output_id: str | None) -> None:
        """After the lists are read again: the same project and output picked, their forms
        as saved; one gone meanwhile (removed, or undone) leaves its form empty."""
        d = self._dialog()
        for listing, wanted, form in (
            (d.projects, project_id, (d.name, d.funder, d.project_types)),
            (d.outputs, output_id, (d.output_name, d.output_cy, d.output_types)),
        ):
            if wanted is None:
                continue
            row = next((i for i in range(listing.count()) if _key(listing, i) == wanted), -1)
            if row >= 0:
                listing.setCurrentRow(row)
            else:
                *edits, ticks = form
                for edit in edits:
                    edit.clear()
                tick(ticks, ())
        self.picked_changed()

    def _pick_project(self) -> None:
        d = self._dialog()
        self.picked_changed()
        project = self.project_infos.get(_picked(d.projects) or "")
        if project is None:
            return
        d.name.setText(project.name)
        d.funder.setText(project.funder)
        d.start.setDate(QDate(project.start))
        d.open_ended.setChecked(project.end is None)
        if project.end is not None:
            d.end.setDate(QDate(project.end))
        tick(d.project_types, project.type_ids)

    def _pick_output(self) -> None:
        d = self._dialog()
        self.picked_changed()
        output = self.output_infos.get(_picked(d.outputs) or "")
        if output is None:
            return
        d.output_name.setText(output.name)
        d.output_cy.setText(output.name_cy)
        tick(d.output_types, output.type_ids)

    def save_project(self) -> None:
        d = self._dialog()
        project_id = _picked(d.projects)
        if project_id is None:
            return
        funding, name, funder = d.funding, d.name.text(), d.funder.text()
        start: date = d.start.date().toPython()
        end: date | None = None if d.open_ended.isChecked() else d.end.date().toPython()
        types = ticked(d.project_types)
        self._change(
            lambda: funding.edit_project(project_id, name, funder, start, end, types),
            translate("FundingDialog", "Edit the project"),
            Changes.FUNDING,
        )

    def remove_project(self) -> None:
        d = self._dialog()
        project = self.project_infos.get(_picked(d.projects) or "")
        if project is None:
            return
        funding, project_id = d.funding, project.id
        self._remove_if_sure(
            d.removal_question(project.name, funding.tagged_count(project_id)),
            lambda: funding.remove_project(project_id),
            translate("FundingDialog", "Remove the project"),
            Changes.FUNDING,
        )

    def save_output(self) -> None:
        d = self._dialog()
        output_id = _picked(d.outputs)
        if output_id is None:
            return
        funding, name, name_cy = d.funding, d.output_name.text(), d.output_cy.text()
        types = ticked(d.output_types)
        self._change(
            lambda: funding.edit_output(output_id, name, name_cy, types),
            translate("FundingDialog", "Edit the output"),
            Changes.FUNDING | Changes.TYPES,
        )

    def remove_output(self) -> None:
        d = self._dialog()
        output = self.output_infos.get(_picked(d.outputs) or "")
        if output is None:
            return
        funding, output_id = d.funding, output.id
        self._remove_if_sure(
            d.removal_question(output.name),
            lambda: funding.remove_output(output_id),
            translate("FundingDialog", "Remove the output"),
            Changes.FUNDING | Changes.TYPES,
        )

    def _remove_if_sure(
        self, asked: str, action: Callable[[], FundingUndo], title: str, changes: Changes
    ) -> None:
        """Ask first (the question says what goes with it), then remove as one undoable step."""
        if common.confirm(self._dialog(), title, asked, translate("FundingDialog", "Remove"), True):
            self._change(action, title, changes)

    def _change(
        self, action: Callable[[], FundingUndo | None], text: str, changes: Changes
    ) -> None:
        """One transaction through the window's write path, with its undo step (none when
        an untouched save wrote nothing)."""
        d = self._dialog()
        funding = d.funding
        d.ctx.ops.run(
            action,
            changes=changes,
            undo=lambda before: (
                None if before is None else FundingChange(funding, before, action, text)
            ),
            success=lambda _before: d._added(),
            failure=d.problem.setText,
        )
