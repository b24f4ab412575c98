"""Small reusable widgets."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QWidget,
)

from volunteer_app.domain.codes import sorted_local_authorities

# Item data is kept as plain text. Qt compares a Python object held as item data by identity:
# findData() of an equal but distinct uuid.UUID finds nothing, and a combo silently falls back
# to its first item (an activity once opened and saved as another type that way).


def add_keyed_item(combo: QComboBox, text: str, key: object) -> None:
    """Add an item whose data is the key as text (None stays None)."""
    combo.addItem(text, None if key is None else str(key))


def index_of_key(combo: QComboBox, key: object) -> int:
    """The item whose data equals the key, compared as text; -1 if there is none."""
    wanted = None if key is None else str(key)
    for index in range(combo.count()):
        data = combo.itemData(index)
        if (None if data is None else str(data)) == wanted:
            return index
    return -1


def select_key(combo: QComboBox, key: object) -> bool:
    """Make the item with this key current; False (and nothing changed) if there is none."""
    index = index_of_key(combo, key)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


def current_uuid(combo: QComboBox) -> uuid.UUID | None:
    data = combo.currentData()
    return uuid.UUID(str(data)) if data else None


class CellCombo(QComboBox):
    """A choice in a table's cell that saves at once (a place's type, an activity type's
    kind): the mouse wheel going over it scrolls the table, and changes the choice only
    once the box has been clicked or tabbed into."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # to the table, which scrolls


class LocalAuthorityCombo(QComboBox):
    """The 22 Welsh local authorities by name in the current language; data is the GSS code."""

    def __init__(
        self, parent: QWidget | None = None, unset_text: Callable[[], str] | None = None
    ) -> None:
        super().__init__(parent)
        self.language = "en"
        self._unset_text = unset_text or (lambda: self.tr("Not set"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # Names follow the app's language, which sets the default locale.
            welsh = QLocale().language() == QLocale.Language.Welsh
            self.set_language("cy" if welsh else "en")
        super().changeEvent(event)

    def _fill(self) -> None:
        current = self.code()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._unset_text(), None)
        for la in sorted_local_authorities(self.language):
            self.addItem(la.name(self.language), la.code)
        self.blockSignals(False)
        self.set_code(current)

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self._fill()
        else:
            self.setItemText(0, self._unset_text())

    def code(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def set_code(self, code: str | None) -> None:
        index = index_of_key(self, code) if code else 0
        self.setCurrentIndex(max(index, 0))


class LanguageCombo(QComboBox):
    """Each language named in itself, so anyone can find their own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("Cymraeg", "cy")
        self.addItem("English", "en")

    def language(self) -> str:
        return str(self.currentData())

    def set_language(self, language: str) -> None:
        self.setCurrentIndex(max(index_of_key(self, language), 0))


class NoticeBar(QFrame):
    """A framed message with one action beside it; hidden until there is something to say."""

    def __init__(self, on_action: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(on_action)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.hide()


class EmptyHint(QLabel):
    """What to do first, shown where a page would otherwise show an empty table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyHint")
        self.setWordWrap(True)
        self.setMargin(12)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self.hide()

    def say(self, text: str) -> None:
        """Show ``text``; an empty text hides the hint."""
        self.setText(text)
        self.setVisible(bool(text))


def pick_list_table(parent: QWidget, columns: int, stretch: int) -> QTableWidget:
    """A read-only table to choose one row from (imports, regular activities, places); the
    column ``stretch`` takes the room the others leave, each of which is as wide as its
    heading and contents (Welsh headings are often the longer)."""
    table = QTableWidget(0, columns, parent)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
