"""Settings > Your group: the kind of reporting year, chosen once for the group (financial
April to March, calendar, or a grant year starting in any month). Over the years, its A4
report and ``volunteer-app report`` all use it; it is saved with the group's details."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from volunteer_app.domain.funding.years import CALENDAR, FINANCIAL, YearKind
from volunteer_app.ui.funding.years_texts import kind_name

KINDS = (FINANCIAL, CALENDAR, *(YearKind(m, grant=True) for m in range(1, 13)))


class YearKindField(QWidget):
    """The list, saying what uses it in its tooltip (a page squeezed on a small screen clips
    a wrapped line); its label goes in the form's label column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(self)
        self.combo.setObjectName("yearKind")
        self.label = QLabel(parent)
        self.label.setBuddy(self.combo)
        column.addWidget(self.combo)
        for kind in KINDS:
            self.combo.addItem("", kind.code)  # codes as str: findData compares them
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Reporting &year:"))
        self.combo.setAccessibleName(self.tr("Reporting year"))
        for index, kind in enumerate(KINDS):
            self.combo.setItemText(index, kind_name(kind))
        hint = self.tr(
            "The year your funders count in: Over the years on the Reports page, its A4 "
            "report and the report command use it. A grant year starts in the month of "
            "the first payment."
        )
        self.combo.setToolTip(hint)
        self.combo.setAccessibleDescription(hint)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def code(self) -> str:
        return str(self.combo.currentData())

    def show_code(self, code: str) -> None:
        """Show the group's kind as saved (an unknown one: financial years, the default)."""
        self.combo.setCurrentIndex(max(self.combo.findData(code), 0))


def add_year_kind_field(form: QFormLayout, parent: QWidget) -> YearKindField:
    """The Settings page's one call: a row of the group's form."""
    field = YearKindField(parent)
    form.addRow(field.label, field)
    return field
