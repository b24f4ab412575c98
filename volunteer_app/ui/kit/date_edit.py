"""A date box that takes a whole date typed into it, however it was entered."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, QPoint
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QToolTip

from volunteer_app.domain.typed_dates import parse_typed_date
from volunteer_app.ui.kit.dates import date_format


class DateEdit(QDateEdit):
    """Qt's date box, but typing replaces the whole date. Qt's own box edits one section
    at a time: a click puts the caret in whichever section is under the mouse, typing "27"
    jumps on to the month and the "/" that follows skips the month, so "27/11/2026" typed
    after a click gave 27 March. Here the first letter or digit typed starts a new date,
    read as a UK date ("27/11/2026", "27.11.26", "27 Nov", "27" for this month) when the box
    is left or Enter is pressed; the arrows, the calendar and the mouse wheel work as
    before. What cannot be read as a date is explained beside the box, and the date stays."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.setCalendarPopup(True)
        self.setKeyboardTracking(False)  # no half-typed dates sent on to the page
        self._typed: str | None = None
        self.problem = ""
        self._show_whole_years()

    def _show_whole_years(self) -> None:
        """The language's short date, with the year in full: Welsh's is dd/MM/yy, and "26"
        in a box people type dates into reads as a day as easily as a year."""
        self.setDisplayFormat(date_format())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # the language's own date order
            self._show_whole_years()
        super().changeEvent(event)

    def date(self) -> QDate:
        """The date typed so far when it reads as one (a shortcut may save while the
        caret is still here), else the date shown."""
        if self._typed is not None:
            typed = self._read(self._typed)
            if typed is not None:
                return typed
        return super().date()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # not at import: see kit/completers.py

        text = event.text()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if plain and text and text.isprintable() and (self._typed is not None or text.isalnum()):
            self._typed = (self._typed or "") + text
        elif self._typed is not None and event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Escape):
            escape = event.key() == Qt.Key.Key_Escape
            self._typed = None if escape else self._typed[:-1]
        else:
            self.commit()
            super().keyPressEvent(event)
            return
        self._show_text()
        event.accept()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.commit()
        super().mousePressEvent(event)

    def validate(self, text: str, pos: int) -> object:
        if self._typed is not None:  # our own text while typing: Qt's sections do not apply
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def commit(self) -> None:
        """Take the date typed so far, or say why not and keep the date shown."""
        typed, self._typed = self._typed, None
        if typed is None:
            return
        day = self._read(typed)
        if day is None:
            self.problem = self.tr(
                "“%1” is not a date this box takes. Type the day, month and year, e.g. 27/11/2026."
            ).replace("%1", typed)
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.problem, self)
        else:
            self.problem = ""
            self.setDate(day)
        self._show_text()

    def _read(self, typed: str) -> QDate | None:
        if not typed.strip() and self.specialValueText():
            return self.minimumDate()  # emptied: back to "Any"
        try:
            day = parse_typed_date(typed, super().date().toPython())  # type: ignore[arg-type]
        except ValueError:
            return None
        qdate = QDate(day)
        return qdate if self.minimumDate() <= qdate <= self.maximumDate() else None

    def _show_text(self) -> None:
        line = self.lineEdit()
        if self._typed is not None:
            line.setText(self._typed)
            line.setCursorPosition(len(line.text()))
        else:
            # Qt's box redraws its own text (and its sections) when this is set.
            self.setSpecialValueText(self.specialValueText())
