"""The People page: list, search, edit details, merge and archive, each undoable."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel

from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.domain.periods import financial_year
from volunteer_app.ui.people import people_page
from volunteer_app.ui.people.people_model import PeopleModel
from volunteer_app.ui.people.people_page import PeoplePage
from volunteer_app.ui.people.person_dialog import PersonDialog
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow


@pytest.fixture
def page(window: MainWindow, ctx: UiContext) -> PeoplePage:
    assert ctx.services is not None
    walk = ctx.services.activities.add_type("Walk", "practical_help")
    for day, names in (
        (5, ("Ann Jones", "Ŵyn Hughes")),
        (12, ("Anne Jones", "Bob")),
        (19, ("Ann Jones",)),
    ):
        ctx.services.activities.log(
            ActivityDraft(
                activity_date=date(2025, 6, day),
                activity_type_id=walk.id,
                duration_minutes=90,
                people=tuple(PersonEntry(n, minutes=90) for n in names),
            )
        )
    window.show_page("people")
    result = window.page("people")
    assert isinstance(result, PeoplePage)
    result.picker.set_period(financial_year(2025))
    return result


def _select(page: PeoplePage, *names: str) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in range(page.model.rowCount()):
        index = page.model.index(row, 0)
        if index.data() in names:
            selection.select(
                index,
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_list_and_search(page: PeoplePage, qtbot) -> None:  # type: ignore[no-untyped-def]
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert names == ["Ann Jones", "Anne Jones", "Bob", "Ŵyn Hughes"]
    ann = next(r for r in range(4) if page.model.index(r, 0).data() == "Ann Jones")
    assert page.model.index(ann, 3).data() == "2" and page.model.index(ann, 4).data() == "3.0"
    qtbot.keyClicks(page.search_edit, "jones")
    assert page.model.rowCount() == 2
    page.search_edit.clear()
    page.search_edit.insert("ŵ")  # lower case finds the capital Ŵ
    assert page.model.rowCount() == 1


def test_edit_details_and_undo(
    page: PeoplePage, ctx: UiContext, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ctx.services is not None

    def fill(cls, ctx, details, parent):  # type: ignore[no-untyped-def]
        dialog = PersonDialog(ctx, details, parent)
        dialog.contact_edit.setText("bob@example.org")
        dialog.welsh_combo.setCurrentIndex(dialog.welsh_combo.findData("learning"))
        dialog.save()
        return dialog.saved

    monkeypatch.setattr(PersonDialog, "ask", classmethod(fill))
    _select(page, "Bob")
    page.edit_selected()
    bob = next(r for r in page.model.all_rows if r.name == "Bob")
    assert ctx.services.people.load(bob.id).welsh_speaker == "learning"  # type: ignore[union-attr]
    window.undo_action.trigger()
    assert ctx.services.people.load(bob.id).contact == ""  # type: ignore[union-attr]


def test_person_dialog_needs_a_name(page: PeoplePage, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    bob = next(r for r in page.model.all_rows if r.name == "Bob")
    dialog = PersonDialog(ctx, ctx.services.people.load(bob.id), page)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.name_edit.clear()
    dialog.save()
    assert dialog.saved is None and "name" in dialog.error_label.text()


def test_merge_and_undo(
    page: PeoplePage,
    ctx: UiContext,
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _select(page, "Ann Jones", "Anne Jones")
    assert len(page.selected_rows()) == 2
    monkeypatch.setattr(people_page, "ask_merge", lambda parent, a, b: (a.id, b.id))
    page.merge_selected()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    ann = next(r for r in page.model.all_rows if r.name == "Ann Jones")
    assert ann.sessions == 3
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)


def test_archive_hides_and_brings_back(
    page: PeoplePage, ctx: UiContext, window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _select(page, "Bob")
    page.archive_selected()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.archived_box.setChecked(True)
    assert page.model.rowCount() == 4
    assert ctx.services is not None
    assert "Bob" not in [n for _i, n in ctx.services.activities.known_names()]
    window.undo_action.trigger()
    assert "Bob" in [n for _i, n in ctx.services.activities.known_names()]


def test_people_model_passes_qt_model_tester(page: PeoplePage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = PeopleModel()
    model.set_rows(page.model.all_rows)
    model.set_filter("o", True)
    qtmodeltester.check(model, force_py=True)
