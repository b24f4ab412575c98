from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from volunteer_app.domain.periods import financial_year, quarter
from volunteer_app.ui.cvc_export.export_page import ExportPage
from volunteer_app.ui.cvc_export.set_area import SetAreaDialog
from volunteer_app.ui.cvc_export.summary_model import SummaryTableModel
from volunteer_app.ui.kit import common
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow

GOLDEN = Path(__file__).parents[2] / "golden"


def _page(window: MainWindow, ctx: UiContext, with_area: bool = True) -> ExportPage:
    assert ctx.services is not None
    ctx.services.importer.import_file(GOLDEN / "fy2025-input.csv")
    if with_area:
        ctx.services.group.update("Grŵp Prawf", "W06000015", "")
    window.show_page("export")
    page = window.page("export")
    assert isinstance(page, ExportPage)
    page.picker.set_period(financial_year(2025))
    return page


def test_preview_shows_every_row_with_withheld_ones_marked(
    window: MainWindow, ctx: UiContext
) -> None:
    page = _page(window, ctx)
    model = page.model
    assert model.rowCount() == 74 and model.columnCount() == 19 + 1  # and the plain words
    assert page.table.isColumnHidden(0) and not page.table.isColumnHidden(16)
    status_col = 17
    statuses = [model.index(r, status_col).data() for r in range(74)]
    assert statuses.count("suppressed") == 13 and statuses.count("secondary_suppressed") == 1
    row = statuses.index("secondary_suppressed")
    assert model.index(row, 16).data() == ""  # the value is empty, exactly as written
    assert model.index(row, status_col).data(Qt.ItemDataRole.FontRole).italic()
    assert "cannot be worked out" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "(marked “suppressed”): 13" in page.explanation.text()
    assert "group_name = Grŵp Prawf" in page.fixed_values.text()
    page.all_columns.setChecked(True)
    assert not page.table.isColumnHidden(0)


def test_leaving_the_group_name_out(window: MainWindow, ctx: UiContext) -> None:
    page = _page(window, ctx)
    page.include_name.setChecked(False)
    assert page.preview is not None and page.preview.records[1][5] == ""


def test_no_local_authority_offers_to_set_it(
    window: MainWindow, ctx: UiContext, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, ctx, with_area=False)
    assert page.notice.isVisible() and page.set_area_button.isVisible()
    assert not page.save_button.isEnabled() and page.model.rowCount() == 0
    monkeypatch.setattr(SetAreaDialog, "ask", classmethod(lambda cls, parent, lang: "W06000011"))
    qtbot.mouseClick(page.set_area_button, Qt.MouseButton.LeftButton)
    assert ctx.services is not None and ctx.services.group.info().la_code == "W06000011"
    assert not page.notice.isVisible() and page.model.rowCount() == 74


def test_save_writes_the_file_and_lists_it_in_the_outbox(
    window: MainWindow, ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, ctx)
    suggested: list[str] = []

    def choose(parent, title, name, file_filter):  # type: ignore[no-untyped-def]
        suggested.append(name)
        return tmp_path / name

    monkeypatch.setattr(common, "ask_save_path", choose)
    shown = page.preview
    assert shown is not None
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert suggested and suggested[0].startswith("vcs-summary_1.1_")
    saved = tmp_path / suggested[0]
    assert saved.read_bytes() == shown.content  # exactly what the preview showed
    assert page.outbox.table.rowCount() == 1
    assert "Saved" in page.result_label.text()


def test_overlapping_grid_asks_first(
    window: MainWindow, ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, ctx)
    monkeypatch.setattr(common, "ask_save_path", lambda *a: tmp_path / "year.csv")
    page.save()
    page.picker.set_period(quarter(2025, 3))
    questions: list[str] = []

    def decline(parent, title, text, action):  # type: ignore[no-untyped-def]
        questions.append(text)
        return False

    monkeypatch.setattr(common, "confirm", decline)
    monkeypatch.setattr(common, "ask_save_path", lambda *a: tmp_path / "quarter.csv")
    page.save()
    assert questions and "subtract" in questions[0]
    assert not (tmp_path / "quarter.csv").exists()
    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)
    page.save()
    assert (tmp_path / "quarter.csv").exists()
    assert page.outbox.table.rowCount() == 2


def test_export_page_in_welsh(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, ctx)
    ctx.switch_language("cy")
    qtbot.waitUntil(lambda: page.heading.text() == "Crynodeb i'ch CGS")
    assert "Ebrill 2025" in page.picker.period_combo.currentText()
    assert "wedi'u cuddio" in page.explanation.text() or "cuddio" in page.explanation.text()
    assert page.save_button.text() != "&Save file for the CVC…"


def test_summary_model_passes_qt_model_tester(
    window: MainWindow, ctx: UiContext, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, ctx)
    model = SummaryTableModel()
    assert page.preview is not None
    model.set_preview(page.preview.records, page.preview.rows)
    qtmodeltester.check(model, force_py=True)


def test_the_preview_says_in_plain_words_what_each_row_counts(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot
) -> None:
    from datetime import date

    from volunteer_app.domain.activity import ActivityDraft, PersonEntry

    assert ctx.services is not None
    ctx.services.group.update("Caffi", "W06000015", "")
    cafe = ctx.services.activities.add_type("Caffi", "practical_help")
    ctx.services.activities.log(
        ActivityDraft(
            date(2026, 1, 10),
            cafe.id,
            duration_minutes=60,
            people=(PersonEntry("Aled", minutes=60),),
        )
    )
    window.show_page("export")
    page = window.page("export")
    assert isinstance(page, ExportPage)
    page.picker.set_period(quarter(2026, 1))
    model = page.model
    assert model.rowCount() > 0
    words = model.words_column
    assert model.headerData(words, Qt.Orientation.Horizontal) == "What it counts"
    texts = [model.index(r, words).data() for r in range(model.rowCount())]
    assert "Activities held: exact" in texts
    assert "Volunteers (people, each once): withheld: fewer than 5" in texts
    assert "Volunteers, age Not known: withheld: fewer than 5" in texts
    assert "Volunteers, age 16 to 24: none" in texts
    assert "Volunteer hours, Practical help (cleaning, repairs, gardening…): withheld: fewer than 5 people" in texts
    ctx.switch_language("cy", remember=False)
    qtbot.waitUntil(lambda: model.headerData(words, Qt.Orientation.Horizontal) != "What it counts")
    welsh = [model.index(r, words).data() for r in range(model.rowCount())]
    assert welsh != texts and all(welsh)
    ctx.switch_language("en", remember=False)
    assert page.preview is not None
    assert len(page.preview.records[0]) == 19  # the file keeps its 19 columns
