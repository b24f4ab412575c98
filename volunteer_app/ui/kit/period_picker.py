"""Choosing a reporting period: month, calendar quarter or financial year, and for the
group's own reports a custom range of days."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from volunteer_app.domain.periods import (
    Period,
    PeriodType,
    custom_range,
    last_complete_quarter,
    period_containing,
)
from volunteer_app.ui.kit.date_edit import DateEdit
from volunteer_app.ui.kit.dates import date_format, short_date

translate = QCoreApplication.translate
HOW_MANY = {PeriodType.MONTH: 24, PeriodType.QUARTER: 12, PeriodType.YEAR: 6}


def period_label(period: Period) -> str:
    locale = QLocale()

    def month(day: date) -> str:
        return locale.monthName(day.month, QLocale.FormatType.LongFormat)

    if period.type is PeriodType.MONTH:
        return f"{month(period.start)} {period.start.year}"
    if period.type is PeriodType.CUSTOM:
        return (
            translate("Periods", "%1 to %2")
            .replace("%1", short_date(period.start, locale))
            .replace("%2", short_date(period.end, locale))
        )
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

    def __init__(
        self, today: date, parent: QWidget | None = None, allow_custom: bool = False
    ) -> None:
        super().__init__(parent)
        self.today = today
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("periodType")
        # Its names change with the language: resized to each, not to the first shown.
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("period")
        self.label.setBuddy(self.type_combo)
        layout.addWidget(self.label)
        layout.addWidget(self.type_combo)
        layout.addWidget(self.period_combo, 1)
        # A custom range: two dates in place of the list of periods.
        self.range_box = QWidget(self)
        row = QHBoxLayout(self.range_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.from_edit, self.to_edit = DateEdit(self.range_box), DateEdit(self.range_box)
        self.to_label = QLabel(self.range_box)
        self.to_label.setBuddy(self.to_edit)
        for widget in (self.from_edit, self.to_label, self.to_edit):
            row.addWidget(widget)
        row.addStretch(1)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDate(QDate(today.year, today.month, 1))
            edit.dateChanged.connect(self._range_changed)
        self.range_box.hide()
        layout.addWidget(self.range_box, 1)
        kinds = [PeriodType.MONTH, PeriodType.QUARTER, PeriodType.YEAR]
        for kind in kinds + ([PeriodType.CUSTOM] if allow_custom else []):
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
            PeriodType.CUSTOM: self.tr("Dates I choose"),
        }
        for i in range(self.type_combo.count()):
            self.type_combo.setItemText(i, names[self.type_combo.itemData(i)])
        for i in range(self.period_combo.count()):
            self.period_combo.setItemText(i, period_label(self.period_combo.itemData(i)))
        self.type_combo.setAccessibleName(self.tr("Kind of period"))
        self.period_combo.setAccessibleName(self.tr("Period"))
        self.to_label.setText(self.tr("to"))
        self.from_edit.setAccessibleName(self.tr("First day"))
        self.to_edit.setAccessibleName(self.tr("Last day"))
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat(date_format())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_periods(self) -> None:
        kind = PeriodType(self.type_combo.currentData())  # Qt hands enums back as plain str
        custom = kind is PeriodType.CUSTOM
        if custom and self.period_combo.isVisible():
            shown = self.period_combo.currentData()  # start from the period on screen
            if isinstance(shown, Period):
                self._set_range(shown)
        self.period_combo.setVisible(not custom)
        self.range_box.setVisible(custom)
        if custom:
            self._range_changed()
            return
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

    def _set_range(self, period: Period) -> None:
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(True)
        self.from_edit.setDate(period.start)
        self.to_edit.setMinimumDate(period.start)
        self.to_edit.setDate(period.end)
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(False)

    def _range_changed(self, _day: QDate | None = None) -> None:
        self.to_edit.setMinimumDate(self.from_edit.date())  # the range never runs backwards
        if self.type_combo.currentData() == PeriodType.CUSTOM:
            self._emit()

    def period(self) -> Period | None:
        if self.type_combo.currentData() == PeriodType.CUSTOM:
            start, end = self.from_edit.date().toPython(), self.to_edit.date().toPython()
            return custom_range(start, end) if start <= end else None  # type: ignore[arg-type]
        data = self.period_combo.currentData()
        return data if isinstance(data, Period) else None

    def set_period(self, period: Period) -> None:
        if period.type is PeriodType.CUSTOM:
            self._set_range(period)
        self.type_combo.blockSignals(True)
        self.type_combo.setCurrentIndex(self.type_combo.findData(period.type))
        self.type_combo.blockSignals(False)
        self._fill_periods()
        for i in range(self.period_combo.count()):
            if self.period_combo.itemData(i) == period:
                self.period_combo.setCurrentIndex(i)
                break
