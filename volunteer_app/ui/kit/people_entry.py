"""Who came: named people with role and hours, and unnamed headcounts with +/- buttons."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, QStringListModel, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.domain.activity import PersonEntry
from volunteer_app.domain.codes import Role
from volunteer_app.domain.limits import MAX_HEADCOUNT, MAX_TOTAL_MINUTES
from volunteer_app.domain.validation import clean_text
from volunteer_app.ui.kit.completers import match_anywhere
from volunteer_app.ui.kit.labels import role_label
from volunteer_app.ui.kit.time_fields import minutes_of, time_of


class Headcount(QWidget):
    """A number with large − and + buttons, for counting people at the door."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.minus = QPushButton("−", self)
        self.spin = QSpinBox(self)
        self.spin.setRange(0, MAX_HEADCOUNT)
        self.plus = QPushButton("+", self)
        for button in (self.minus, self.plus):
            button.setFixedWidth(36)
            button.setAutoRepeat(True)
        self.minus.clicked.connect(lambda: self.spin.stepBy(-1))
        self.plus.clicked.connect(lambda: self.spin.stepBy(1))
        layout.addWidget(self.minus)
        layout.addWidget(self.spin)
        layout.addWidget(self.plus)
        layout.addStretch(1)

    def set_names(self, name: str) -> None:
        self.spin.setAccessibleName(name)
        self.minus.setAccessibleName(self.tr("%1: one fewer").replace("%1", name))
        self.plus.setAccessibleName(self.tr("%1: one more").replace("%1", name))

    def value(self) -> int:
        return int(self.spin.value())

    def setValue(self, value: int) -> None:
        self.spin.setValue(value)


class PeopleEntry(QWidget):
    """Type a name and press Enter to add; unknown names become new people on saving."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._known: dict[str, tuple[uuid.UUID, str]] = {}
        self.default_minutes = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.add_label = QLabel(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("personName")
        self.add_label.setBuddy(self.name_edit)
        self.names_model = QStringListModel(self)
        completer = QCompleter(self.names_model, self)
        self.name_edit.setCompleter(completer)
        match_anywhere(completer, self.name_edit)
        self.name_edit.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_typed)
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.add_button)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("peopleTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Role and hours are widgets in their cells, which ResizeToContents does not see:
        # their columns are sized from the widgets themselves (see _fit_columns).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(60)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.all_hours_button = QPushButton(self)
        self.all_hours_button.clicked.connect(self.hours_for_all)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_hours_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.count_form = QFormLayout()
        self.volunteers = Headcount(self)
        self.volunteers.setObjectName("volunteersCount")
        self.participants = Headcount(self)
        self.participants.setObjectName("participantsCount")
        self.volunteers_label, self.participants_label = QLabel(self), QLabel(self)
        self.volunteers_label.setBuddy(self.volunteers.spin)
        self.participants_label.setBuddy(self.participants.spin)
        self.count_form.addRow(self.volunteers_label, self.volunteers)
        self._total_row()
        self.count_form.addRow(self.participants_label, self.participants)
        # Headcounts first: counting without names is a first-class way to log.
        layout.addLayout(self.count_form)
        layout.addWidget(self.add_label)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.installEventFilter(self)
        self.retranslate()

    def _total_row(self) -> None:
        """The unnamed volunteers' hours as one total, for an activity that has only that
        (an import's headcount-and-total-hours row): shown only then, and kept as it is
        whatever the headcount or the length, unless changed here."""
        self.total_label = QLabel(self)
        self.volunteers_total = QDoubleSpinBox(self)
        self.volunteers_total.setObjectName("volunteersTotalHours")
        self.volunteers_total.setDecimals(2)  # every whole minute comes back as it was
        self.volunteers_total.setRange(0, MAX_TOTAL_MINUTES / 60)
        self.volunteers_total.setSingleStep(0.5)
        self.total_label.setBuddy(self.volunteers_total)
        self._total_field = QWidget(self)  # as wide as a headcount's box, not the whole row
        row = QHBoxLayout(self._total_field)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.volunteers_total)
        row.addStretch(1)
        self.count_form.addRow(self.total_label, self._total_field)
        self.set_total_minutes(None)

    def set_total_minutes(self, minutes: int | None) -> None:
        """None: no total, each unnamed volunteer counts for the whole activity."""
        self._has_total = minutes is not None
        self.volunteers_total.setValue((minutes or 0) / 60)
        self.count_form.setRowVisible(self._total_field, self._has_total)

    def total_minutes(self) -> int | None:
        return round(self.volunteers_total.value() * 60) if self._has_total else None

    def retranslate(self) -> None:
        self.add_label.setText(self.tr("Add a &person (type a name, then Enter):"))
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.name_edit.setAccessibleName(self.tr("Person's name"))
        self.add_button.setText(self.tr("Add"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Hours")])
        self.table.setAccessibleName(self.tr("People at this activity"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected people (Delete)"))
        self.all_hours_button.setText(self.tr("Same hours for all"))
        self.volunteers_label.setText(self.tr("Unnamed &volunteers:"))
        self.participants_label.setText(self.tr("Pa&rticipants (headcount):"))
        self.total_label.setText(self.tr("Their &hours in total:"))
        self.volunteers_total.setAccessibleName(self.tr("Unnamed volunteers' hours in total"))
        self.volunteers_total.setToolTip(
            self.tr(
                "Known only as one total (from an import): it stays as it is when you change "
                "how many came or how long the activity lasted."
            )
        )
        self.volunteers.set_names(self.tr("Unnamed volunteers"))
        self.participants.set_names(self.tr("Participants"))
        for row in range(self.table.rowCount()):
            combo = self._role_combo(row)
            for i in range(combo.count()):
                combo.setItemText(i, role_label(combo.itemData(i)))
        self._fit_columns()

    def _role_box(self, parent: QWidget | None) -> QComboBox:
        combo = QComboBox(parent)
        for role in Role:
            combo.addItem(role_label(role.value), role.value)
        return combo

    def _hours_box(self, minutes: int, parent: QWidget | None) -> QTimeEdit:
        hours = QTimeEdit(time_of(minutes), parent)
        hours.setDisplayFormat("H:mm")
        return hours

    def _fit_columns(self) -> None:
        """Role and Hours wide enough for their widest role and for 10:00 and their
        headings; the name takes the rest."""
        header = self.table.horizontalHeader()
        role_box, hours_box = self._role_box(None), self._hours_box(600, None)
        for column, widget in ((1, role_box), (2, hours_box)):
            heading = header.sectionSizeFromContents(column).width()
            header.resizeSection(column, max(widget.sizeHint().width(), heading) + 4)
            widget.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            from PySide6.QtCore import Qt  # not at import: see kit/completers.py

            if event.key() == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_known(self, names: list[tuple[uuid.UUID, str]]) -> None:
        self._known = {name.casefold(): (person_id, name) for person_id, name in names}
        self.names_model.setStringList([name for _id, name in names])

    def add_typed(self) -> None:
        name = clean_text(self.name_edit.text())
        if name:
            self.add_person(PersonEntry(name, minutes=self.default_minutes))
        self.name_edit.clear()

    def add_person(self, entry: PersonEntry) -> None:
        key = entry.name.casefold()
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text().casefold() == key:
                self.table.selectRow(row)
                return  # already listed
        person_id, name = self._known.get(key, (entry.person_id, entry.name))
        row = self.table.rowCount()
        self.table.insertRow(row)
        from PySide6.QtCore import Qt  # not at import: see kit/completers.py

        item = QTableWidgetItem(name)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        if person_id is None:
            item.setToolTip(self.tr("New: added to your people when you save"))
            item.setText(name + " ✚")
            item.setData(Qt.ItemDataRole.UserRole + 1, name)
        self.table.setItem(row, 0, item)
        combo = self._role_box(self.table)
        combo.setCurrentIndex(max(combo.findData(entry.role), 0))
        combo.setAccessibleName(self.tr("Role of %1").replace("%1", name))
        self.table.setCellWidget(row, 1, combo)
        hours = self._hours_box(entry.minutes, self.table)
        hours.setAccessibleName(self.tr("Hours of %1").replace("%1", name))
        self.table.setCellWidget(row, 2, hours)
        self.changed.emit()

    def _role_combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, 1)
        assert isinstance(widget, QComboBox)
        return widget

    def _hours(self, row: int) -> QTimeEdit:
        widget = self.table.cellWidget(row, 2)
        assert isinstance(widget, QTimeEdit)
        return widget

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self.changed.emit()

    def hours_for_all(self) -> None:
        for row in range(self.table.rowCount()):
            self._hours(row).setTime(time_of(self.default_minutes))

    def set_default_minutes(self, minutes: int, follow: bool) -> None:
        """The activity's length; people whose hours still matched the old length follow."""
        if follow:
            for row in range(self.table.rowCount()):
                if minutes_of(self._hours(row).time()) == self.default_minutes:
                    self._hours(row).setTime(time_of(minutes))
        self.default_minutes = minutes

    def entries(self) -> tuple[PersonEntry, ...]:
        from PySide6.QtCore import Qt  # not at import: see kit/completers.py

        result = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            name = item.data(Qt.ItemDataRole.UserRole + 1) or item.text()
            result.append(
                PersonEntry(
                    name,
                    str(self._role_combo(row).currentData()),
                    minutes_of(self._hours(row).time()),
                    item.data(Qt.ItemDataRole.UserRole),
                )
            )
        return tuple(result)

    def set_entries(self, entries: tuple[PersonEntry, ...]) -> None:
        self.table.setRowCount(0)
        for entry in entries:
            self.add_person(entry)

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.volunteers.setValue(0)
        self.set_total_minutes(None)
        self.participants.setValue(0)
        self.name_edit.clear()
