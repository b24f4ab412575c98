"""Completers that match any part of a name, ignoring case, set up when first needed.

Setting a completer's case and match mode takes values of PySide's ``Qt`` namespace, and
PySide makes all of that namespace's enums (some 150) the first time any module takes
``Qt``: about 20 ms, which the home page's form paid before its counts could show. The
completer is set up instead on its box's first focus or key, which no typing can come
before, or earlier when the page asks (``match_anywhere_now``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QCompleter, QWidget

_FIRST_USE = (QEvent.Type.FocusIn, QEvent.Type.KeyPress, QEvent.Type.InputMethod)


class _OnFirstUse(QObject):
    def __init__(self, completer: QCompleter, boxes: tuple[QWidget, ...]) -> None:
        super().__init__(completer)
        self._boxes, self._completer = boxes, completer
        for box in boxes:
            box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _FIRST_USE:
            self.finish()
        return False

    def finish(self) -> None:
        for box in self._boxes:
            box.removeEventFilter(self)
        match_anywhere_now(self._completer)


def match_anywhere(completer: QCompleter, *boxes: QWidget) -> None:
    """``completer`` matches any part, ignoring case, from the first use of any of ``boxes``
    (the widgets that take the typing: a combo box and its line edit)."""
    _OnFirstUse(completer, boxes)


def match_anywhere_now(completer: QCompleter) -> None:
    from PySide6.QtCore import Qt  # see the module's note

    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
