"""The import wizard's answers about the whole file: a value for every row (one person's
own log, one activity's log), the order of day and month, and the year of dates written
without one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from volunteer_app.domain.import_plan import ImportOptions

NO_YEAR = 1999  # the spin box's "(none)"


class ImportOptionsBox(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.activity_edit = QLineEdit(self)
        self.activity_edit.setObjectName("importEveryActivity")
        self.person_edit = QLineEdit(self)
        self.person_edit.setObjectName("importEveryPerson")
        self.order_combo = QComboBox(self)
        for code in (None, "dmy", "mdy", "ymd"):
            self.order_combo.addItem("", code)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(NO_YEAR, 2100)
        self.year_spin.setValue(NO_YEAR)
        self.labels = [QLabel(self) for _ in range(4)]
        for label, widget in zip(
            self.labels,
            (self.activity_edit, self.person_edit, self.order_combo, self.year_spin),
            strict=True,
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.activity_edit.textChanged.connect(lambda _t: self.changed.emit())
        self.person_edit.textChanged.connect(lambda _t: self.changed.emit())
        self.order_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.year_spin.valueChanged.connect(lambda _v: self.changed.emit())
        self.retranslate()

    def retranslate(self) -> None:
        texts = (
            self.tr("Every row is the &activity:"),
            self.tr("Every row is the &person:"),
            self.tr("&Dates are written:"),
            self.tr("&Year of dates written without one:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.activity_edit.setPlaceholderText(
            self.tr("When no column says what the activity was, e.g. Friday pantry")
        )
        self.person_edit.setPlaceholderText(
            self.tr("For one person's own log with no name column, e.g. Sam Jones")
        )
        orders = (
            self.tr("As the file shows"),
            self.tr("Day first (31/03/2026)"),
            self.tr("Month first (03/31/2026)"),
            self.tr("Year first (2026/03/31)"),
        )
        for index, text in enumerate(orders):
            self.order_combo.setItemText(index, text)
        self.year_spin.setSpecialValueText(self.tr("(none)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def fixed(self) -> dict[str, str]:
        values = {
            "activity": self.activity_edit.text().strip(),
            "person": self.person_edit.text().strip(),
        }
        return {field: value for field, value in values.items() if value}

    def options(self) -> ImportOptions:
        year = self.year_spin.value()
        return ImportOptions(
            fixed=self.fixed(),
            date_order=self.order_combo.currentData(),
            year=None if year == NO_YEAR else year,
        )
