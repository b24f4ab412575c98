"""Type-ahead for the place box: the group's places, offered as names are."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


def offer_places(edit: QLineEdit, names: list[str]) -> None:
    """Sets (or refreshes) the places offered while typing in ``edit``."""
    completer = edit.completer()
    if completer is None:
        completer = QCompleter(edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setModel(QStringListModel(completer))
        edit.setCompleter(completer)
    model = completer.model()
    if isinstance(model, QStringListModel):
        model.setStringList(names)
