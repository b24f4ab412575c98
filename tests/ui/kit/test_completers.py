"""Names and types typed in are matched anywhere in the name, ignoring case, from the first
key, although the completers are set up only when their box is first used (issue 21)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit

from volunteer_app.ui.kit.activity_form import ActivityForm
from volunteer_app.ui.kit.completers import match_anywhere


def _matches(completer: QCompleter, typed: str) -> list[str]:
    completer.setCompletionPrefix(typed)  # what the box asks for as it is typed into
    found = completer.completionModel()
    return [str(found.index(row, 0).data()) for row in range(completer.completionCount())]


def test_a_name_is_found_by_any_part_from_the_first_key(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = QLineEdit()
    qtbot.addWidget(edit)
    names = QStringListModel(["Siân Jones", "Aled Pugh", "Dai Jones"], edit)
    completer = QCompleter(names, edit)
    edit.setCompleter(completer)
    match_anywhere(completer, edit)
    qtbot.keyClicks(edit, "JON")
    assert _matches(completer, edit.text()) == ["Siân Jones", "Dai Jones"]


def test_the_forms_type_and_name_boxes_match_anywhere(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = ActivityForm("en")
    qtbot.addWidget(form)
    combo: QComboBox = form.type_combo
    for label in ("Litter pick", "Coffee morning", "Beach clean"):
        combo.addItem(label)
    line = combo.lineEdit()
    assert line is not None
    line.clear()
    qtbot.keyClicks(line, "PICK")
    assert _matches(combo.completer(), line.text()) == ["Litter pick"]
    form.people.set_known([])
    form.people.names_model.setStringList(["Siân Jones", "Aled Pugh"])
    qtbot.keyClicks(form.people.name_edit, "pugh")
    assert _matches(form.people.name_edit.completer(), "pugh") == ["Aled Pugh"]
