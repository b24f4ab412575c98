"""Setting up a regular activity: what, how often, from when, until when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.domain.activity import ActivityTypeInfo
from volunteer_app.domain.codes import Frequency
from volunteer_app.ui.date_edit import DateEdit
from volunteer_app.ui.dialogs.base import Dialog
from volunteer_app.ui.widgets import add_keyed_item, current_uuid


@dataclass(frozen=True)
class NewSeries:
    activity_type_id: object
    frequency: str
    start_date: date
    end_date: date | None
    count: int | None
    title: str
    start_time: time
    end_time: time
    location: str


class NewSeriesDialog(Dialog):
    def __init__(self, types: list[ActivityTypeInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newSeriesDialog")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.type_combo = QComboBox(self)
        for info in types:
            add_keyed_item(self.type_combo, info.label, info.id)
        self.title_edit = QLineEdit(self)
        self.frequency_combo = QComboBox(self)
        for frequency in Frequency:
            self.frequency_combo.addItem("", frequency.value)
        self.start_edit: QDateEdit = DateEdit(QDate.currentDate(), self)
        self.start_edit.setCalendarPopup(True)
        self.until_box = QCheckBox(self)
        self.until_edit: QDateEdit = DateEdit(QDate.currentDate().addMonths(6), self)
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setEnabled(False)
        self.until_box.toggled.connect(self.until_edit.setEnabled)
        until = QHBoxLayout()
        until.addWidget(self.until_box)
        until.addWidget(self.until_edit, 1)
        self.count_spin = QSpinBox(self)
        self.count_spin.setRange(0, 520)
        self.from_edit, self.to_edit = QTimeEdit(QTime(10, 0), self), QTimeEdit(QTime(12, 0), self)
        self.to_label = QLabel(self)
        times = QHBoxLayout()
        times.addWidget(self.from_edit)
        times.addWidget(self.to_label)
        times.addWidget(self.to_edit)
        self.place_edit = QLineEdit(self)
        self.labels: list[QLabel] = []
        rows = (
            (self.type_combo, self.type_combo),
            (self.title_edit, self.title_edit),
            (self.frequency_combo, self.frequency_combo),
            (self.start_edit, self.start_edit),
            (until, self.until_box),
            (self.count_spin, self.count_spin),
            (times, self.from_edit),
            (self.place_edit, self.place_edit),
        )
        for field, buddy in rows:
            label = QLabel(self)
            label.setBuddy(buddy)
            form.addRow(label, field)
            self.labels.append(label)
        layout.addLayout(form)
        self.ok_button, self.cancel_button = self.add_ok_cancel(layout)
        self.ok_button.setEnabled(self.type_combo.count() > 0)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New regular activity"))
        names = {
            Frequency.WEEKLY: self.tr("Every week"),
            Frequency.FORTNIGHTLY: self.tr("Every two weeks"),
            Frequency.MONTHLY: self.tr("Every month, same date"),
        }
        for i in range(self.frequency_combo.count()):
            self.frequency_combo.setItemText(i, names[Frequency(self.frequency_combo.itemData(i))])
        self.until_box.setText(self.tr("until"))
        self.until_edit.setAccessibleName(self.tr("Last session date"))
        self.from_edit.setAccessibleName(self.tr("Start time"))
        self.to_edit.setAccessibleName(self.tr("End time"))
        self.count_spin.setSpecialValueText(self.tr("No limit"))
        self.to_label.setText(self.tr("to"))
        texts = (
            self.tr("&Type:"),
            self.tr("T&itle (optional):"),
            self.tr("&How often:"),
            self.tr("&First session:"),
            self.tr("&Ends:"),
            self.tr("&Number of sessions:"),
            self.tr("Ti&mes:"),
            self.tr("Pl&ace:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.ok_button.setText(self.tr("&Create"))
        self.cancel_button.setText(self.tr("Cancel"))

    def answer(self) -> NewSeries:
        return NewSeries(
            activity_type_id=current_uuid(self.type_combo),
            frequency=str(self.frequency_combo.currentData()),
            start_date=self.start_edit.date().toPython(),  # type: ignore[arg-type]
            end_date=self.until_edit.date().toPython() if self.until_box.isChecked() else None,  # type: ignore[arg-type]
            count=self.count_spin.value() or None,
            title=self.title_edit.text(),
            start_time=self.from_edit.time().toPython(),  # type: ignore[arg-type]
            end_time=self.to_edit.time().toPython(),  # type: ignore[arg-type]
            location=self.place_edit.text(),
        )

    @classmethod
    def ask(cls, types: list[ActivityTypeInfo], parent: QWidget | None) -> NewSeries | None:
        dialog = cls(types, parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
