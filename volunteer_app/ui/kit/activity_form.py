"""The fields of one activity, shared by the Log page and the edit dialog."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, QEvent, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from volunteer_app.domain.activity import ActivityDraft, ActivityRecord, ActivityTypeInfo
from volunteer_app.domain.codes import ActivityKind
from volunteer_app.domain.limits import MIN_DATE
from volunteer_app.domain.validation import clean_text, search_key
from volunteer_app.ui.kit.completers import match_anywhere
from volunteer_app.ui.kit.date_edit import DateEdit
from volunteer_app.ui.kit.labels import kind_label
from volunteer_app.ui.kit.people_entry import PeopleEntry
from volunteer_app.ui.kit.time_fields import minutes_of, time_of
from volunteer_app.ui.kit.widgets import (
    LocalAuthorityCombo,
    add_keyed_item,
    index_of_key,
    select_key,
)


class ActivityForm(QWidget):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.date_edit: QDateEdit = DateEdit(QDate.currentDate(), self)  # takes typed dates
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(QDate(MIN_DATE.year, MIN_DATE.month, MIN_DATE.day))
        self.date_edit.setObjectName("activityDate")
        type_row = self._type_row()
        self.title_edit = QLineEdit(self)
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("place")
        self.la_combo = LocalAuthorityCombo(
            self, unset_text=lambda: self.tr("The group's own area")
        )
        self.la_combo.set_language(language)
        times = self._times_row()
        self.kind_combo = QComboBox(self)
        for kind in ActivityKind:
            self.kind_combo.addItem(kind_label(kind.value), kind.value)
        self.notes_edit = QLineEdit(self)
        rows = (
            ("date", self.date_edit),
            ("type", type_row),
            ("title", self.title_edit),
            ("place", self.place_edit),
            ("la", self.la_combo),
            ("times", times),
            ("duration", self.duration_edit),
            ("kind", self.kind_combo),
            ("notes", self.notes_edit),
        )
        for key, field in rows:
            label = QLabel(self)
            self.labels[key] = label
            if isinstance(field, QWidget):
                label.setBuddy(field)
            form.addRow(label, field)
        self.labels["type"].setBuddy(self.type_combo)
        self.labels["times"].setBuddy(self.start_edit)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form.addRow(self.error_label)
        self.people = PeopleEntry(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.people, 1)
        self.use_times.toggled.connect(self._times_toggled)
        self._error_field = ""
        self._watch_for_corrections()
        for edit in (self.start_edit, self.end_edit, self.duration_edit):
            edit.timeChanged.connect(lambda _t: self._length_changed())
        self.series_id: uuid.UUID | None = None  # set when logging a session of a series
        self._length = self.length_minutes()
        self.people.default_minutes = self._length
        self._times_toggled(True)
        self.retranslate()

    def _times_row(self) -> QHBoxLayout:
        """From and to times, or a length alone when they are not known."""
        self.use_times = QCheckBox(self)
        self.use_times.setChecked(True)
        self.start_edit = QTimeEdit(QTime(10, 0), self)
        self.end_edit = QTimeEdit(QTime(12, 0), self)
        self.duration_edit = QTimeEdit(QTime(2, 0), self)
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
        self.duration_edit.setDisplayFormat("H:mm")
        times = QHBoxLayout()
        self.to_label = QLabel(self)
        for widget in (self.use_times, self.start_edit, self.to_label, self.end_edit):
            times.addWidget(widget)
        times.addStretch(1)
        return times

    def _type_row(self) -> QHBoxLayout:
        """The type, chosen or typed in, and the button for a new one."""
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("activityType")
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # A new type can be typed straight in; saving then asks only for its kind.
        self.type_combo.setEditable(True)
        self.type_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        match_anywhere(self.type_combo.completer(), self.type_combo, self.type_combo.lineEdit())
        self.new_type_button = QPushButton(self)
        type_row = QHBoxLayout()
        type_row.addWidget(self.type_combo, 1)
        type_row.addWidget(self.new_type_button)
        return type_row

    def retranslate(self) -> None:
        texts = {
            "date": self.tr("&Date:"),
            "type": self.tr("&Type:"),
            "title": self.tr("T&itle (optional):"),
            "place": self.tr("Pl&ace:"),
            "la": self.tr("&Local authority:"),
            "times": self.tr("Ti&mes:"),
            "duration": self.tr("D&uration (h:mm):"),
            "kind": self.tr("&Kind:"),
            "notes": self.tr("N&otes:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.new_type_button.setText(self.tr("&New type…"))
        self.use_times.setText(self.tr("from"))
        self.to_label.setText(self.tr("to"))
        self.start_edit.setAccessibleName(self.tr("Start time"))
        self.end_edit.setAccessibleName(self.tr("End time"))
        self.use_times.setAccessibleName(self.tr("Record start and end times"))
        self.duration_edit.setAccessibleName(self.tr("Duration in hours and minutes"))
        for i in range(self.kind_combo.count()):
            self.kind_combo.setItemText(i, kind_label(self.kind_combo.itemData(i)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Types ---------------------------------------------------------------------------
    def set_types(self, types: list[ActivityTypeInfo], keep: uuid.UUID | None = None) -> None:
        current = keep or self.type_id()
        self.type_combo.blockSignals(True)
        self.type_combo.clear()
        for info in types:
            add_keyed_item(self.type_combo, info.label, info.id)
        index = index_of_key(self.type_combo, current) if current else 0
        self.type_combo.setCurrentIndex(max(index, 0))
        self.type_combo.blockSignals(False)

    def _type_index(self) -> int:
        """The listed type whose name is in the box (ignoring case), or -1."""
        typed = search_key(self.type_combo.currentText())
        current = self.type_combo.currentIndex()
        if current >= 0 and search_key(self.type_combo.itemText(current)) == typed:
            return current
        names = (search_key(self.type_combo.itemText(i)) for i in range(self.type_combo.count()))
        return next((i for i, name in enumerate(names) if name == typed), -1)

    def type_id(self) -> uuid.UUID | None:
        index = self._type_index()
        data = self.type_combo.itemData(index) if index >= 0 else None
        return uuid.UUID(str(data)) if data else None

    def typed_type_name(self) -> str:
        """A name typed into the Type box that is not one of the group's types yet."""
        text = clean_text(self.type_combo.currentText())
        return text if text and self._type_index() < 0 else ""

    # Times ---------------------------------------------------------------------------
    def _times_toggled(self, on: bool) -> None:
        self.start_edit.setEnabled(on)
        self.end_edit.setEnabled(on)
        self.duration_edit.setEnabled(not on)
        self._length_changed()

    def length_minutes(self) -> int:
        if self.use_times.isChecked():
            length = minutes_of(self.end_edit.time()) - minutes_of(self.start_edit.time())
            return max(length, 0)
        return minutes_of(self.duration_edit.time())

    def _length_changed(self) -> None:
        length = self.length_minutes()
        if self.use_times.isChecked():
            self.duration_edit.blockSignals(True)
            self.duration_edit.setTime(time_of(length))
            self.duration_edit.blockSignals(False)
        self.people.set_default_minutes(length, follow=True)
        self._length = length

    # Whole form ----------------------------------------------------------------------
    def draft(self) -> ActivityDraft:
        times = self.use_times.isChecked()
        return ActivityDraft(
            activity_date=self.date_edit.date().toPython(),  # type: ignore[arg-type]
            activity_type_id=self.type_id(),
            title=self.title_edit.text(),
            location=self.place_edit.text(),
            la_code=self.la_combo.code(),
            start_time=self.start_edit.time().toPython() if times else None,  # type: ignore[arg-type]
            end_time=self.end_edit.time().toPython() if times else None,  # type: ignore[arg-type]
            duration_minutes=self.length_minutes(),
            kind=str(self.kind_combo.currentData()),
            volunteers_count=self.people.volunteers.value(),
            participants_count=self.people.participants.value(),
            notes=self.notes_edit.text(),
            people=self.people.entries(),
            series_id=self.series_id,
            unnamed_minutes=self.people.total_minutes(),
        )

    def fill(
        self,
        record: ActivityRecord,
        with_date: bool = True,
        with_counts: bool = True,
        with_text: bool = True,
    ) -> None:
        """Show a saved activity; for "same as last time", keep today's date and counts."""
        if with_date:
            self.date_edit.setDate(QDate(record.activity_date))
        self.set_types_selection(record.activity_type_id)
        if with_text:
            self.title_edit.setText(record.title)
            self.notes_edit.setText(record.notes)
        self.place_edit.setText(record.location)
        self.la_combo.set_code(record.la_code)
        has_times = record.start_time is not None and record.end_time is not None
        self.use_times.setChecked(has_times)
        if has_times:
            self.start_edit.setTime(QTime(record.start_time))  # type: ignore[arg-type]
            self.end_edit.setTime(QTime(record.end_time))  # type: ignore[arg-type]
        else:
            self.duration_edit.setTime(time_of(record.duration_minutes))
        self.people.default_minutes = record.duration_minutes
        self.kind_combo.setCurrentIndex(max(index_of_key(self.kind_combo, record.kind), 0))
        self.people.set_entries(record.people)
        self.series_id = record.series_id if with_date else None
        self.people.set_total_minutes(record.unnamed_minutes if with_counts else None)
        if with_counts:
            self.people.volunteers.setValue(record.volunteers_count)
            self.people.participants.setValue(record.participants_count)

    def set_types_selection(self, type_id: uuid.UUID | None) -> None:
        select_key(self.type_combo, type_id)

    def clear_for_next(self) -> None:
        """After saving: keep the date, type, place and times; clear who came."""
        self.title_edit.clear()
        self.notes_edit.clear()
        self.people.clear()
        self.series_id = None
        self.hide_error()

    def set_date(self, day: date) -> None:
        self.date_edit.setDate(QDate(day))

    def _watch_for_corrections(self) -> None:
        """A warning goes as soon as the field it is about is changed."""
        watched = (
            ("date", self.date_edit.dateChanged),
            ("type", self.type_combo.currentTextChanged),
            ("start_time", self.start_edit.timeChanged),
            ("end_time", self.end_edit.timeChanged),
            ("duration", self.duration_edit.timeChanged),
            ("volunteers_count", self.people.volunteers.spin.valueChanged),
            ("participants_count", self.people.participants.spin.valueChanged),
            ("unnamed_minutes", self.people.volunteers_total.valueChanged),
            ("unnamed_minutes", self.people.volunteers.spin.valueChanged),
        )
        for field, signal in watched:
            signal.connect(lambda *_args, f=field: self._field_changed(f))
        for times_field in ("start_time", "end_time", "duration"):
            self.use_times.toggled.connect(lambda _on, f=times_field: self._field_changed(f))

    def _field_changed(self, field: str) -> None:
        if field == self._error_field:
            self.hide_error()

    def show_error(self, field: str, text: str) -> None:
        self._error_field = field
        self.error_label.setText("⚠ " + text)
        self.error_label.show()
        target = {
            "date": self.date_edit,
            "type": self.type_combo,
            "end_time": self.end_edit,
            "start_time": self.start_edit,
            "duration": self.duration_edit,
            "volunteers_count": self.people.volunteers.spin,
            "participants_count": self.people.participants.spin,
            "unnamed_minutes": self.people.volunteers_total,
            "people": self.people.name_edit,
            "person_name": self.people.name_edit,
            "title": self.title_edit,
            "location": self.place_edit,
            "activity_notes": self.notes_edit,
        }.get(field)
        if target is not None:
            target.setFocus()

    def hide_error(self) -> None:
        self._error_field = ""
        self.error_label.clear()
        self.error_label.hide()
