"""The one write path: a write announces what changed once, pushes its undo step, words its
errors in one place; a page hidden behind another reloads only when shown again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.domain.errors import ValidationError
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow
from volunteer_app.ui.shell.ops import Changes


def _log(ctx: UiContext, name: str) -> None:
    """An activity written behind the window's back, today, with one named person."""
    activities = ctx.open_services().activities
    walk = activities.add_type("Walk", "practical_help")
    activities.log(
        ActivityDraft(
            activity_date=date.today(),
            activity_type_id=walk.id,
            duration_minutes=60,
            people=(PersonEntry(name, minutes=60),),
        )
    )


def _announced(ctx: UiContext) -> list[Changes]:
    seen: list[Changes] = []
    ctx.bus.changed.connect(seen.append)
    return seen


def test_a_write_is_announced_once_and_can_be_undone(window: MainWindow, ctx: UiContext) -> None:
    from volunteer_app.ui.shell.undo import EditPerson

    _log(ctx, "Bob")
    people = ctx.open_services().people
    bob = people.load(people.rows(date.today(), date.today())[0].id)
    assert bob is not None
    seen = _announced(ctx)
    results: list[object] = []
    ctx.ops.run(
        lambda: people.set_archived(bob.id, True),
        changes=Changes.PEOPLE,
        undo=lambda old: EditPerson(people, old, replace(old, archived=True), "archive Bob"),
        success=results.append,
    )
    assert seen == [Changes.PEOPLE] and results == [bob]
    assert people.load(bob.id).archived  # type: ignore[union-attr]
    window.undo_action.trigger()
    assert not people.load(bob.id).archived  # type: ignore[union-attr]
    assert seen == [Changes.PEOPLE, Changes.PEOPLE]  # undo tells the pages too


def test_a_refused_write_is_worded_once_and_announces_nothing(
    window: MainWindow, ctx: UiContext
) -> None:
    seen = _announced(ctx)
    said: list[str] = []

    def refuse() -> None:
        raise ValidationError("group.unknown_la", "not Welsh", field="la_code")

    ctx.ops.run(refuse, changes=Changes.GROUP, failure=said.append)
    assert said == ["Choose a Welsh local authority from the list."]
    assert seen == []


def test_a_bug_is_not_dressed_up_as_a_message(window: MainWindow, ctx: UiContext) -> None:
    def broken() -> None:
        raise KeyError("bug")

    with pytest.raises(KeyError):
        ctx.ops.run(broken, changes=Changes.ALL, failure=lambda _t: pytest.fail("worded"))


def test_a_hidden_page_reloads_when_shown_not_before(
    window: MainWindow, ctx: UiContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    people = window.page("people")
    window.show_page("log")
    assert not people.isVisible()
    _log(ctx, "Nia")
    ctx.ops.announce(Changes.PEOPLE)
    assert people.model.rowCount() == 0  # not reloaded while hidden
    window.show_page("people")
    qtbot.waitUntil(lambda: people.model.rowCount() == 1)


def test_pages_neither_guard_nor_announce_nor_push_by_hand() -> None:
    """Every write goes through Ops: it alone pushes undo steps and emits ``changed``; pages
    count on their services instead of checking for them."""
    from pathlib import Path

    import volunteer_app

    ui = Path(volunteer_app.__file__).parent / "ui"
    found = []
    for path in sorted(ui.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for needle in ("data_changed", "group_changed", "self.services is None"):
            if needle in text and not (path.parent.name == "shell" and needle.startswith("self")):
                found.append(f"{path.name}: {needle}")
        if path.name != "ops.py" and ("undo_stack.push(" in text or "bus.changed.emit(" in text):
            found.append(f"{path.name}: pushes or announces by hand")
    assert found == []
