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
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.domain.activity import ActivityTypeInfo
from volunteer_app.domain.codes import Frequency


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


class NewSeriesDialog(QDialog):
    def __init__(self, types: list[ActivityTypeInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newSeriesDialog")
        self.setWindowTitle(self.tr("New regular activity"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.type_combo = QComboBox(self)
        for info in types:
            self.type_combo.addItem(info.label, info.id)
        self.title_edit = QLineEdit(self)
        self.frequency_combo = QComboBox(self)
        names = {
            Frequency.WEEKLY: self.tr("Every week"),
            Frequency.FORTNIGHTLY: self.tr("Every two weeks"),
            Frequency.MONTHLY: self.tr("Every month, same date"),
        }
        for frequency in Frequency:
            self.frequency_combo.addItem(names[frequency], frequency.value)
        self.start_edit = QDateEdit(QDate.currentDate(), self)
        self.start_edit.setCalendarPopup(True)
        self.until_box = QCheckBox(self.tr("until"), self)
        self.until_edit = QDateEdit(QDate.currentDate().addMonths(6), self)
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setEnabled(False)
        self.until_box.toggled.connect(self.until_edit.setEnabled)
        until = QHBoxLayout()
        until.addWidget(self.until_box)
        until.addWidget(self.until_edit, 1)
        self.count_spin = QSpinBox(self)
        self.count_spin.setRange(0, 520)
        self.count_spin.setSpecialValueText(self.tr("No limit"))
        self.from_edit, self.to_edit = QTimeEdit(QTime(10, 0), self), QTimeEdit(QTime(12, 0), self)
        times = QHBoxLayout()
        times.addWidget(self.from_edit)
        times.addWidget(QLabel(self.tr("to"), self))
        times.addWidget(self.to_edit)
        self.place_edit = QLineEdit(self)
        rows = (
            (self.tr("&Type:"), self.type_combo),
            (self.tr("T&itle (optional):"), self.title_edit),
            (self.tr("&How often:"), self.frequency_combo),
            (self.tr("&First session:"), self.start_edit),
            (self.tr("&Ends:"), until),
            (self.tr("&Number of sessions:"), self.count_spin),
            (self.tr("Ti&mes:"), times),
            (self.tr("Pl&ace:"), self.place_edit),
        )
        for text, field in rows:
            label = QLabel(text, self)
            label.setBuddy(
                field
                if isinstance(field, QWidget)
                else self.until_box
                if field is until
                else self.from_edit
            )
            form.addRow(label, field)
        layout.addLayout(form)
        buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("&Create"), self)
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(self.type_combo.count() > 0)
        cancel = QPushButton(self.tr("Cancel"), self)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def answer(self) -> NewSeries:
        return NewSeries(
            activity_type_id=self.type_combo.currentData(),
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
