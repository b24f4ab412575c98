"""An amount in pounds that keeps what was typed, however the box was entered."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDoubleSpinBox, QWidget


class MoneyBox(QDoubleSpinBox):
    """A QDoubleSpinBox in pounds and pence. Qt's own box keeps the caret where the mouse
    put it, so typing "12.60" after a click went in beside the old figure, and after a
    double-click (which selects only the pence) it became £0.12. Here entering the box by
    mouse, keyboard or double-click selects the whole amount, so what is typed replaces
    it; a "£" or a decimal comma typed with it is understood."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(2)
        self.setPrefix("£")
        self._select_on_release = False
        self.lineEdit().installEventFilter(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.selectAll()
        # A click's release would put the caret back under the mouse: select again then.
        self._select_on_release = event.reason() == Qt.FocusReason.MouseFocusReason

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.lineEdit():
            kind = event.type()
            if kind == QEvent.Type.MouseButtonDblClick:
                self.selectAll()
                return True  # not the line edit's word selection (only the pence)
            if kind == QEvent.Type.MouseButtonRelease and self._select_on_release:
                self._select_on_release = False
                self.lineEdit().event(event)  # the line edit ends its click first
                self.selectAll()
                return True
        return super().eventFilter(watched, event)

    def validate(self, text: str, pos: int) -> object:
        plain = self._plain(text)
        state, _text, _pos = super().validate(plain, pos + len(plain) - len(text))  # type: ignore[misc]
        return state, plain, _pos

    def valueFromText(self, text: str) -> float:
        return super().valueFromText(self._plain(text))

    def fixup(self, text: str) -> str:
        return self._plain(text)

    def _plain(self, text: str) -> str:
        """The text as Qt's box reads it: one leading "£", a point for the pence."""
        body = text.removeprefix(self.prefix()).strip().lstrip("£").strip()
        point = self.locale().decimalPoint()
        if point == "." and "," in body and "." not in body and body.count(",") == 1:
            body = body.replace(",", ".")  # 12,60 typed as on a European keyboard
        return self.prefix() + body
