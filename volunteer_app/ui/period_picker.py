"""Choosing a reporting period: month, calendar quarter or financial year."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from volunteer_app.domain.periods import (
    Period,
    PeriodType,
    last_complete_quarter,
    period_containing,
)

translate = QCoreApplication.translate
HOW_MANY = {PeriodType.MONTH: 24, PeriodType.QUARTER: 12, PeriodType.YEAR: 6}


def period_label(period: Period) -> str:
    locale = QLocale()

    def month(day: date) -> str:
        return locale.monthName(day.month, QLocale.FormatType.LongFormat)

    if period.type is PeriodType.MONTH:
        return f"{month(period.start)} {period.start.year}"
    if period.type is PeriodType.QUARTER:
        return (
            translate("Periods", "%1 to %2 %3 (quarter %4)")
            .replace("%1", month(period.start))
            .replace("%2", month(period.end))
            .replace("%3", str(period.end.year))
            .replace("%4", period.code[-1])
        )
    return (
        translate("Periods", "April %1 to March %2 (financial year)")
        .replace("%1", str(period.start.year))
        .replace("%2", str(period.end.year))
    )


def recent_periods(period_type: PeriodType, today: date) -> list[Period]:
    """The current period and those before it, newest first."""
    found: list[Period] = []
    current = period_containing(today, period_type)
    while len(found) < HOW_MANY[period_type]:
        found.append(current)
        current = period_containing(current.start - timedelta(days=1), period_type)
    return found


class PeriodPicker(QWidget):
    changed = Signal(object)  # Period

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("periodType")
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("period")
        self.label.setBuddy(self.type_combo)
        layout.addWidget(self.label)
        layout.addWidget(self.type_combo)
        layout.addWidget(self.period_combo, 1)
        for kind in PeriodType:
            self.type_combo.addItem("", kind)
        self.type_combo.currentIndexChanged.connect(self._fill_periods)
        self.period_combo.currentIndexChanged.connect(self._emit)
        self.retranslate()
        self.set_period(last_complete_quarter(today))

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Period:"))
        names = {
            PeriodType.MONTH: self.tr("Month"),
            PeriodType.QUARTER: self.tr("Quarter"),
            PeriodType.YEAR: self.tr("Financial year"),
        }
        for i in range(self.type_combo.count()):
            self.type_combo.setItemText(i, names[self.type_combo.itemData(i)])
        for i in range(self.period_combo.count()):
            self.period_combo.setItemText(i, period_label(self.period_combo.itemData(i)))
        self.type_combo.setAccessibleName(self.tr("Kind of period"))
        self.period_combo.setAccessibleName(self.tr("Period"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_periods(self) -> None:
        kind = PeriodType(self.type_combo.currentData())  # Qt hands enums back as plain str
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for period in recent_periods(kind, self.today):
            self.period_combo.addItem(period_label(period), period)
        # Default to the newest complete period: reporting a period still running is rare.
        self.period_combo.setCurrentIndex(1 if self.period_combo.count() > 1 else 0)
        self.period_combo.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        period = self.period()
        if period is not None:
            self.changed.emit(period)

    def period(self) -> Period | None:
        data = self.period_combo.currentData()
        return data if isinstance(data, Period) else None

    def set_period(self, period: Period) -> None:
        self.type_combo.blockSignals(True)
        self.type_combo.setCurrentIndex(self.type_combo.findData(period.type))
        self.type_combo.blockSignals(False)
        self._fill_periods()
        for i in range(self.period_combo.count()):
            if self.period_combo.itemData(i) == period:
                self.period_combo.setCurrentIndex(i)
                break
