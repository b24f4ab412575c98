"""Finding texts that do not fit their widget: labels, buttons, check boxes, combo boxes
and table headers, as they are laid out now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableView,
    QWidget,
)

# Room a widget needs besides its text: a button's least padding, a check box's box, a
# combo box's arrow and frame.
BUTTON_PADDING, INDICATOR, COMBO_ARROW = 4, 18, 22


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _need(widget: QWidget) -> tuple[str, int]:
    """The widget's text and the width it needs, or ("", 0)."""
    metrics = widget.fontMetrics()
    if isinstance(widget, QLabel):
        text = widget.text()
        if widget.wordWrap() or not text or "<" in text:
            return "", 0
        return text, metrics.horizontalAdvance(_plain(text)) - widget.contentsRect().width()
    if isinstance(widget, QCheckBox | QRadioButton):
        text = _plain(widget.text())
        return text, metrics.horizontalAdvance(text) + INDICATOR - widget.width()
    if isinstance(widget, QAbstractButton):
        text = _plain(widget.text())
        return text, metrics.horizontalAdvance(text) + BUTTON_PADDING - widget.width()
    if isinstance(widget, QComboBox) and not widget.isEditable():
        text = widget.currentText()
        return text, metrics.horizontalAdvance(text) + COMBO_ARROW - widget.width()
    return "", 0


def _squeezed(widget: QWidget) -> bool:
    """Shorter than its text needs: a box lower than a line of its text, a wrapped label
    lower than its lines."""
    if isinstance(widget, QLabel):
        wraps = widget.wordWrap() and widget.text()
        return bool(wraps) and widget.height() + 1 < widget.heightForWidth(widget.width())
    if isinstance(widget, QAbstractButton | QComboBox | QLineEdit | QAbstractSpinBox):
        return widget.height() < widget.fontMetrics().height() + 2  # the line itself cut
    return False


def _text_of(widget: QWidget) -> str:
    for name in ("text", "currentText", "placeholderText"):
        value = getattr(widget, name, None)
        if callable(value) and value():
            return str(value())
    return widget.objectName() or type(widget).__name__


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible text under ``root`` wider or taller than the room it has."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 1:
            continue
        if isinstance(widget, QTableView):
            found += _clipped_headers(widget.horizontalHeader())
            continue
        text, short_by = _need(widget)
        if text and short_by > 1:
            found.append(text)
        elif _squeezed(widget):
            found.append(_text_of(widget))
    return found


def _clipped_headers(header: QHeaderView) -> list[str]:
    model = header.model()
    found = []
    for section in range(header.count() if model is not None else 0):
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        need = header.sectionSizeFromContents(section).width()
        if text and not header.isSectionHidden(section) and header.sectionSize(section) < need:
            found.append(text)
    return found
