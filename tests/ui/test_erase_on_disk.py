"""People > Erase from the window, checked in the raw bytes of the data file, its WAL and the
backups folder, with a duplicate merged into the person first."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel

from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.domain.periods import financial_year
from volunteer_app.services import backups
from volunteer_app.ui.context import UiContext
from volunteer_app.ui.dialogs import common
from volunteer_app.ui.main_window import MainWindow
from volunteer_app.ui.pages.people_page import PeoplePage

CANARY = b"wqcanary"


def _holding(ctx: UiContext) -> list[str]:
    files = [ctx.paths.database, Path(str(ctx.paths.database) + "-wal")]
    files += sorted(ctx.paths.backup_dir.iterdir())
    return [f.name for f in files if f.is_file() and CANARY in f.read_bytes().lower()]


def test_erase_from_the_window_leaves_no_bytes(
    window: MainWindow, ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = ctx.services
    assert services is not None
    walk = services.activities.add_type("Walk", "practical_help")
    for name in ("Nia Wqcanary", "N. WQCANARY"):
        services.activities.log(
            ActivityDraft(
                activity_date=date(2026, 1, 10),
                activity_type_id=walk.id,
                duration_minutes=60,
                people=(PersonEntry(name, minutes=60), PersonEntry("Other Person")),
            )
        )
    rows = {r.name: r.id for r in services.people.rows(date(2000, 1, 1), date(2100, 1, 1))}
    duplicate = services.people.load(rows["N. WQCANARY"])
    assert duplicate is not None
    services.people.update(replace(duplicate, notes="wqcanary lives at 3 Stryd Fawr"))
    services.people.merge(rows["Nia Wqcanary"], rows["N. WQCANARY"])
    backups.automatic_backup(ctx.paths)
    assert _holding(ctx)
    window.show_page("people")
    page = window.page("people")
    assert isinstance(page, PeoplePage)
    page.picker.set_period(financial_year(2025))
    for row in range(page.model.rowCount()):
        if page.model.index(row, 0).data() == "Nia Wqcanary":
            page.table.selectionModel().select(
                page.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
    asked: list[str] = []
    monkeypatch.setattr(common, "confirm", lambda p, t, text, a, **k: asked.append(text) or True)
    page.erase_selected()
    assert "backup" in asked[0] and "USB" in asked[0]  # how long older copies keep them
    assert _holding(ctx) == []
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert "Other Person" in names and not any("canary" in str(n).casefold() for n in names)
