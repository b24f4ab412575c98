"""Data rights from the People page: export a person's data, erase, retention nudge."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel

from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.domain.periods import financial_year
from volunteer_app.ui.importing.template_dialog import TemplateDialog
from volunteer_app.ui.kit import common
from volunteer_app.ui.people.people_page import PeoplePage
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow


@pytest.fixture
def page(window: MainWindow, ctx: UiContext) -> PeoplePage:
    assert ctx.services is not None
    walk = ctx.services.activities.add_type("Walk", "practical_help")
    ctx.services.activities.log(
        ActivityDraft(
            activity_date=date(2022, 6, 1),
            activity_type_id=walk.id,
            duration_minutes=60,
            people=(PersonEntry("Long Gone", minutes=60),),
        )
    )
    ctx.services.activities.log(
        ActivityDraft(
            activity_date=date.today(),
            activity_type_id=walk.id,
            duration_minutes=60,
            people=(PersonEntry("Still Here", minutes=60), PersonEntry("Canary Quill", minutes=45)),
        )
    )
    window.show_page("people")
    result = window.page("people")
    assert isinstance(result, PeoplePage)
    result.picker.set_period(financial_year(2022))
    return result


def _select(page: PeoplePage, name: str) -> None:
    for row in range(page.model.rowCount()):
        if page.model.index(row, 0).data() == name:
            page.table.selectionModel().select(
                page.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_retention_nudge_and_erase_in_one_action(
    page: PeoplePage, ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not page.retention.isHidden() and "1" in page.retention_label.text()
    asked: list[str] = []
    monkeypatch.setattr(common, "confirm", lambda p, t, text, a, **k: asked.append(text) or True)
    page.retention_button.click()
    assert "Long Gone" in asked[0] and "cannot be undone" in asked[0]
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert "Long Gone" not in names and page.retention.isHidden()
    assert ctx.undo_stack is not None and ctx.undo_stack.count() == 0


def test_export_a_persons_data(
    page: PeoplePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _select(page, "Still Here")
    monkeypatch.setattr(common, "ask_save_path", lambda p, t, name, f: tmp_path / name)
    page.export_selected()
    text = (tmp_path / "Still Here.csv").read_bytes().decode("utf-8-sig")
    assert "Still Here" in text and "Canary Quill" not in text


def test_erase_a_canary_leaves_no_trace_in_logs(
    page: PeoplePage, ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from volunteer_app.logsetup import setup_logging

    setup_logging(ctx.paths.log_dir)
    _select(page, "Canary Quill")
    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)
    page.erase_selected()
    for path in ctx.paths.log_dir.iterdir():
        assert "Canary" not in path.read_text(encoding="utf-8", errors="replace")


def test_privacy_templates_in_both_languages(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    english = TemplateDialog("privacy_notice", "en", window)
    welsh = TemplateDialog("complaints", "cy", window)
    for dialog in (english, welsh):
        qtbot.addWidget(dialog)
    assert "ico.org.uk" in english.text.toPlainText()
    assert "Trefn gwyno" in welsh.text.toPlainText() and "ico.org.uk" in welsh.text.toPlainText()
