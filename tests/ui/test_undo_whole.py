"""Undo takes back a logged activity whole, new people included, and says what it did."""

from __future__ import annotations

import sqlite3
from datetime import date, time

from PySide6.QtCore import Qt

from volunteer_app.domain.activity import ActivityDraft, ActivityFilter, PersonEntry
from volunteer_app.ui.context import UiContext
from volunteer_app.ui.main_window import MainWindow
from volunteer_app.ui.pages.log_page import LogPage


def _names_on_file(ctx: UiContext) -> set[str]:
    conn = sqlite3.connect(f"{ctx.paths.database.as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT display_name FROM person")}
    finally:
        conn.close()


def _people_of(ctx: UiContext, activity_id) -> set[object]:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    record = ctx.services.activities.load(activity_id)
    assert record is not None
    return {p.person_id for p in record.people}


def test_undo_of_a_log_takes_its_new_people_and_redo_brings_them_back(
    window: MainWindow,
    ctx: UiContext,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    services = ctx.services
    assert services is not None
    walk = services.activities.add_type("Saturday litter pick", "practical_help")
    services.activities.log(
        ActivityDraft(
            date(2026, 11, 1),
            walk.id,
            start_time=time(10),
            end_time=time(12),
            people=(PersonEntry("Megan Hen", minutes=120),),
        )
    )
    window.show_page("log")
    page = window.page("log")
    assert isinstance(page, LogPage)
    page.refresh()
    form = page.form
    for name in ("Megan Hen", "Sian Newydd", "Rhys Newydd"):
        qtbot.keyClicks(form.people.name_edit, name)
        qtbot.keyClick(form.people.name_edit, Qt.Key.Key_Return)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.result_label.text().startswith("Saved:")
    rows = services.activities.page(ActivityFilter(), "date", True, 0, 10)
    logged = next(r.id for r in rows if r.named_count == 3)
    ids_before = _people_of(ctx, logged)
    assert {"Sian Newydd", "Rhys Newydd"} <= _names_on_file(ctx)

    window.undo_action.trigger()
    day = form.date_edit.date().toString("dd/MM")
    assert window.statusBar().currentMessage() == f"Undone: logging Saturday litter pick, {day}"
    assert page.result_label.text() == ""  # the "Saved" line described what was undone
    assert services.activities.load(logged) is None
    assert _names_on_file(ctx) >= {"Megan Hen"}
    assert not {"Sian Newydd", "Rhys Newydd"} & _names_on_file(ctx)  # gone from the file
    known = {name for _id, name in services.activities.known_names()}
    assert "Sian Newydd" not in known and "Megan Hen" in known

    window.redo_action.trigger()
    assert window.statusBar().currentMessage() == f"Redone: logging Saturday litter pick, {day}"
    assert _people_of(ctx, logged) == ids_before  # the same people, the same ids
    assert {"Sian Newydd", "Rhys Newydd"} <= _names_on_file(ctx)


def test_undo_of_a_log_keeps_people_who_came_to_something_else_since(
    window: MainWindow,
    ctx: UiContext,  # type: ignore[no-untyped-def]
) -> None:
    services = ctx.services
    assert services is not None
    cafe = services.activities.add_type("Café", "organising_running")
    first = services.activities.log(
        ActivityDraft(
            date(2026, 11, 2),
            cafe.id,
            duration_minutes=60,
            people=(PersonEntry("Osian", minutes=60),),
        )
    )
    services.activities.log(
        ActivityDraft(
            date(2026, 11, 9),
            cafe.id,
            duration_minutes=60,
            people=(PersonEntry("Osian", minutes=60),),
        )
    )
    assert services.activities.unlog(first) == []
    assert "Osian" in _names_on_file(ctx)
