"""People: everyone the group chose to name, with when they were seen and what they gave."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.domain.values import MergeRecord, PersonDetails, PersonRow
from volunteer_app.services.people import retention_cutoff
from volunteer_app.services.preferences import RETENTION_MONTHS_DEFAULT, load_preferences
from volunteer_app.ui.kit import common
from volunteer_app.ui.kit.page import Page, heading
from volunteer_app.ui.kit.period_picker import PeriodPicker
from volunteer_app.ui.kit.table_headers import fit_to_headings
from volunteer_app.ui.kit.widgets import EmptyHint, NoticeBar
from volunteer_app.ui.people.people_model import PeopleModel
from volunteer_app.ui.people.person_dialog import PersonDialog
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.ops import Changes
from volunteer_app.ui.shell.undo import EditPerson, MergePeople

translate = QCoreApplication.translate


def ask_merge(
    parent: QWidget, first: PersonRow, second: PersonRow
) -> tuple[uuid.UUID, uuid.UUID] | None:
    """Which record to keep: returns (kept, merged into it) or None."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("PeoplePage", "Merge two records"),
        translate(
            "PeoplePage",
            "Are “%1” and “%2” the same person? Their activities will be joined under one name. "
            "Ctrl+Z undoes this.",
        )
        .replace("%1", first.name)
        .replace("%2", second.name),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    keep_first = box.addButton(
        translate("PeoplePage", "Keep “%1”").replace("%1", first.name),
        QMessageBox.ButtonRole.AcceptRole,
    )
    keep_second = box.addButton(
        translate("PeoplePage", "Keep “%1”").replace("%1", second.name),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(translate("PeoplePage", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is keep_first:
        return first.id, second.id
    if box.clickedButton() is keep_second:
        return second.id, first.id
    return None


class PeoplePage(Page):
    watches = Changes.PEOPLE | Changes.ACTIVITIES | Changes.IMPORTS

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("page_people")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        self.heading = heading(self)
        layout.addWidget(self.heading)
        self.empty_hint = EmptyHint(self)
        layout.addWidget(self.empty_hint)
        controls = QHBoxLayout()
        self.search_label = QLabel(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("peopleSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_edit)
        self.picker = PeriodPicker(today or date.today(), self)
        self.archived_box = QCheckBox(self)
        for widget in (self.search_label, self.search_edit, self.picker, self.archived_box):
            controls.addWidget(widget)
        layout.addLayout(controls)
        self.model = PeopleModel()
        self.table = QTableView(self)
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.retention = NoticeBar(self.erase_stale, self)
        self.retention_label, self.retention_button = self.retention.text, self.retention.button
        self.stale: list[tuple[uuid.UUID, str]] = []
        self.retention_months = RETENTION_MONTHS_DEFAULT
        layout.addWidget(self.retention)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._buttons())
        self.search_edit.textChanged.connect(self._filter)
        self.archived_box.toggled.connect(self._filter)
        self.picker.changed.connect(lambda _p: self.refresh())
        self.retranslate()

    def _buttons(self) -> QHBoxLayout:
        """What can be done with the people selected."""
        buttons = QHBoxLayout()
        self.edit_button, self.merge_button = QPushButton(self), QPushButton(self)
        self.archive_button = QPushButton(self)
        self.export_button, self.erase_button = QPushButton(self), QPushButton(self)
        self.export_button.clicked.connect(self.export_selected)
        self.erase_button.clicked.connect(self.erase_selected)
        self.count_label = QLabel(self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.archive_button.clicked.connect(self.archive_selected)
        for widget in (
            self.edit_button,
            self.merge_button,
            self.archive_button,
            self.export_button,
            self.erase_button,
        ):
            buttons.addWidget(widget)
        from volunteer_app.ui.funding.hours_letter_dialog import add_hours_letter_button

        one = lambda: (r[0].id.hex, r[0].name) if len(r := self.selected_rows()) == 1 else None  # noqa: E731
        self.hours_letter_button = add_hours_letter_button(self, self.ctx, buttons, one)
        buttons.addWidget(self.count_label, 1)
        return buttons

    def retranslate(self) -> None:
        self.heading.setText(self.tr("People"))
        self.search_label.setText(self.tr("&Search:"))
        self.search_edit.setPlaceholderText(self.tr("Name"))
        self.archived_box.setText(self.tr("Show ar&chived"))
        self.model.headers = [
            self.tr("Name"),
            self.tr("First seen"),
            self.tr("Last seen"),
            self.tr("Sessions in period"),
            self.tr("Hours in period"),
            self.tr("Archived"),
        ]
        self.model.archived_text = self.tr("Archived")
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        fit_to_headings(self.table, range(1, len(self.model.headers)), least=90)
        self.table.setAccessibleName(self.tr("People"))
        self.edit_button.setText(self.tr("&Open…"))
        self.merge_button.setText(self.tr("&Merge two…"))
        self.archive_button.setText(self.tr("Archive or bring &back"))
        self.export_button.setText(self.tr("E&xport their data…"))
        self.export_button.setToolTip(self.tr("Everything held about the person, for them to see"))
        self.erase_button.setText(self.tr("E&rase…"))
        self.erase_button.setToolTip(
            self.tr("Remove the person's details for good; their hours stay in the totals")
        )
        self.retention_button.setText(self.tr("Review and erase…"))
        self._show_retention()
        self._show_count()

    def refresh(self) -> None:
        period = self.picker.period()
        if period is None:
            return
        people = self.services.people
        self.run_latest(lambda: people.rows(period.start, period.end), self._loaded)

    def _loaded(self, rows: list[PersonRow]) -> None:
        self.model.set_rows(rows)
        self._show_count()
        self._check_retention()

    def _check_retention(self) -> None:
        months = load_preferences(self.ctx.paths.preferences_file).retention_months
        cutoff = retention_cutoff(months, date.today())
        # From the rows already loaded: no second pass over the participations.
        self.stale = [(r.id, r.name) for r in self.model.all_rows if r.not_seen_since(cutoff)]
        self.retention_months = months
        self._show_retention()

    def _show_retention(self) -> None:
        stale = self.stale
        self.retention.setVisible(bool(stale))
        if stale:
            self.retention_label.setText(
                self.tr(
                    "People not seen for more than %1 months: %2. Your group keeps names only as "
                    "long as it needs them; erasing keeps their hours in the totals."
                )
                .replace("%1", str(self.retention_months))
                .replace("%2", str(len(stale)))
            )

    def _filter(self) -> None:
        self.model.set_filter(self.search_edit.text(), self.archived_box.isChecked())
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(
            self.tr("People shown: %1").replace("%1", QLocale().toString(self.model.rowCount()))
        )
        self.empty_hint.say(
            ""
            if self.model.all_rows
            else self.tr(
                "No one is named yet. Names are added as you log: type them on the Log page "
                "(Ctrl+1). Headcounts alone need no names at all."
            )
        )

    def selected_rows(self) -> list[PersonRow]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [r for r in (self.model.row_at(n) for n in sorted(rows)) if r is not None]

    def edit_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        people = self.services.people
        before = people.load(rows[0].id)
        if before is None:
            return
        # The dialog saves through Ops, showing what to fix in place; then the undo step.
        after = PersonDialog.ask(self.ctx, before, self)
        if after is not None:
            text = self.tr("edit %1").replace("%1", before.name)
            self.ctx.ops.push_undo(EditPerson(people, before, after, text), Changes.PEOPLE)

    def merge_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 2:
            self.bus.status_message.emit(self.tr("Select exactly two people to merge."))
            return
        choice = ask_merge(self, rows[0], rows[1])
        if choice is None:
            return
        people = self.services.people
        self.ctx.ops.run(
            lambda: people.merge(*choice),
            changes=Changes.PEOPLE | Changes.ACTIVITIES,
            undo=lambda record: MergePeople(
                people, record, self.tr("merge %1").replace("%1", record.kept.name)
            ),
            success=self._merged,
        )

    def _merged(self, record: MergeRecord) -> None:
        self.bus.status_message.emit(
            self.tr("Merged “%1” into “%2”.")
            .replace("%1", record.merged.name)
            .replace("%2", record.kept.name)
        )

    def archive_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        people, row = self.services.people, rows[0]

        def step(before: PersonDetails | None) -> EditPerson | None:
            if before is None:
                return None
            after = replace(before, archived=not before.archived)
            return EditPerson(
                people, before, after, self.tr("archive %1").replace("%1", before.name)
            )

        self.ctx.ops.run(
            lambda: people.set_archived(row.id, not row.archived),
            changes=Changes.PEOPLE,
            undo=step,
        )

    def export_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        name = rows[0].name.replace("/", "-")
        target = common.ask_save_path(
            self, self.tr("Export this person's data"), f"{name}.csv", self.tr("CSV files (*.csv)")
        )
        if target is None:
            return
        services, person_id = self.services, rows[0].id
        self.ctx.ops.run(
            lambda: services.people.export_person(person_id, target, services.group.info().name),
            changes=Changes.NONE,
            success=lambda saved: self.bus.status_message.emit(
                self.tr("Saved %1.").replace("%1", str(saved))
            ),
            failure=lambda text: common.inform(self, self.tr("Not saved"), text),
        )

    def erase_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self._erase([(r.id, r.name) for r in rows])

    def erase_stale(self) -> None:
        if self.stale:
            self._erase(self.stale)

    def _erase(self, people: list[tuple[uuid.UUID, str]]) -> None:
        names = ", ".join(name for _id, name in people[:20]) + ("…" if len(people) > 20 else "")
        if not common.confirm(
            self,
            self.tr("Erase for good"),
            self.tr(
                "Erase %1? Their names and details, and those of any record merged into "
                "them, are removed for good from the data and from every backup in the app's "
                "backups folder: this cannot be undone. The sessions and hours they gave stay "
                "in your totals, counted under no one. Summaries already sent stay as they "
                "were. A backup you saved elsewhere (on a USB stick, say) keeps the details "
                "until you delete it."
            ).replace("%1", names),
            self.tr("Erase for good"),
            destructive=True,
        ):
            return
        if self.ctx.undo_stack is not None:
            self.ctx.undo_stack.clear()  # earlier steps could bring the details back
        service, ids = self.services.people, [person_id for person_id, _name in people]
        # Cleaning every kept backup takes a while with years of data: off the GUI thread.
        # A failure part way (a backup that cannot be rewritten) may follow erasures already
        # made, so the pages reload either way.
        self.ctx.ops.run(
            lambda: service.erase(ids),
            changes=Changes.PEOPLE | Changes.ACTIVITIES,
            success=lambda count: self.bus.status_message.emit(
                self.tr("Erased: %1.").replace("%1", str(count))
            ),
            failure=self._not_erased,
        )

    def _not_erased(self, text: str) -> None:
        common.inform(self, self.tr("Not erased"), text)
        self.ctx.ops.announce(Changes.PEOPLE | Changes.ACTIVITIES)
