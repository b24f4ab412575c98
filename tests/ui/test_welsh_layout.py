"""Welsh without gaps: no text cut short on any page, on a 1280x800 or a 1024x640 screen,
in either language, including after a live switch (Welsh words are often longer)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QGraphicsTextItem

from tests.ui.clipping import clipped_texts
from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.domain.periods import PeriodType, financial_year
from volunteer_app.ui import charts
from volunteer_app.ui.chart_box import ChartBox
from volunteer_app.ui.context import UiContext
from volunteer_app.ui.dialogs.welcome import WelcomeDialog
from volunteer_app.ui.main_window import MainWindow
from volunteer_app.ui.navigation import PAGE_KEYS
from volunteer_app.ui.pages.reports_page import ReportsPage


def _clipped_everywhere(window: MainWindow, qtbot) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    found = []
    for key in PAGE_KEYS:
        window.show_page(key)
        page = window.page(key)
        if isinstance(page, ReportsPage):  # "Dates I choose", the longest kind of period
            combo = page.picker.type_combo
            combo.setCurrentIndex(combo.findData(PeriodType.CUSTOM))
        qtbot.waitUntil(lambda p=page: p.isVisible())
        found += [(key, text) for text in clipped_texts(page)]
    return found


@pytest.mark.parametrize("size", [(1280, 800), (1024, 640)])
def test_no_text_is_cut_short_in_either_language(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot, size: tuple[int, int]
) -> None:
    window.resize(*size)
    assert _clipped_everywhere(window, qtbot) == []  # built in English
    ctx.switch_language("cy", remember=False)
    qtbot.waitUntil(lambda: window.page("activities").model.headers[2] == "Teitl neu leoliad")  # type: ignore[attr-defined]
    assert _clipped_everywhere(window, qtbot) == []
    ctx.switch_language("en", remember=False)
    qtbot.waitUntil(lambda: window.page("activities").model.headers[2] == "Title or place")  # type: ignore[attr-defined]
    assert _clipped_everywhere(window, qtbot) == []


def _axis_texts(box: ChartBox) -> list[str]:
    """The chart's text items. Some PySide6 versions hand QtCharts' own label items back as
    plain QGraphicsItem; as QObjects they are typed by their meta-object instead."""
    texts, text_type = [], QGraphicsTextItem().type()
    for item in box.view.scene().items():
        if item.type() != text_type:
            continue
        if not isinstance(item, QGraphicsTextItem):
            item = item.toGraphicsObject()  # a QObject: typed by its meta-object
        if isinstance(item, QGraphicsTextItem):
            texts.append(item.toPlainText())
    return texts


@pytest.mark.parametrize("size", [(1280, 800), (1024, 640)])
@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_financial_years_charts_name_every_month(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot, size: tuple[int, int], language: str
) -> None:
    assert ctx.services is not None
    acts = ctx.services.activities
    kinds = [acts.add_type(f"Activity {n}", "practical_help") for n in range(7)]
    for month in range(1, 13):
        acts.log(
            ActivityDraft(
                activity_date=date(2025 + (month < 4), month, 10),
                activity_type_id=kinds[month % 7].id,
                duration_minutes=60 * month,
                people=(PersonEntry(f"Person {month}", minutes=60 * month),),
            )
        )
    ctx.switch_language(language, remember=False)
    window.resize(*size)
    window.show_page("reports")
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    page.picker.set_period(financial_year(2025))
    months = charts.month_labels(page.report.monthly)  # type: ignore[union-attr]
    assert months[:4] == (
        ["Ebr", "Mai", "Meh", "Gorff"] if language == "cy" else ["Apr", "May", "Jun", "Jul"]
    )
    for box in (page.hours_box, page.volunteers_box):
        qtbot.waitUntil(lambda b=box: all(m in _axis_texts(b) for m in months))
        assert [t for t in _axis_texts(box) if "⋮" in t or "…" in t or "..." in t] == []
    assert clipped_texts(page) == []
    ctx.switch_language("en", remember=False)


@pytest.mark.parametrize("language", ["cy", "en"])
def test_the_welcome_shows_its_boxes_whole(ctx: UiContext, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    ctx.switch_language(language, remember=False)
    dialog = WelcomeDialog(language)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert clipped_texts(dialog) == []  # the form's boxes were squeezed to half their height
    other = "en" if language == "cy" else "cy"
    ctx.switch_language(other, remember=False)  # previewed from the welcome itself
    qtbot.waitUntil(
        lambda: dialog.start_button.text() == ("&Start" if other == "en" else "&Dechrau")
    )
    qtbot.waitUntil(lambda: clipped_texts(dialog) == [])  # once laid out again
    ctx.switch_language("en", remember=False)


def test_the_dialogs_show_their_words_whole_in_both_languages(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot
) -> None:
    from volunteer_app.ui.dialogs.new_series import NewSeriesDialog
    from volunteer_app.ui.dialogs.new_type import NewTypeDialog
    from volunteer_app.ui.dialogs.series_list_dialog import SeriesListDialog
    from volunteer_app.ui.dialogs.set_area import SetAreaDialog
    from volunteer_app.ui.dialogs.shortcuts import ShortcutsDialog
    from volunteer_app.ui.dialogs.sign_in_sheet_dialog import SignInSheetDialog
    from volunteer_app.ui.dialogs.summary_pdf_dialog import SummaryPdfDialog

    assert ctx.services is not None
    services = ctx.services
    services.activities.add_type("Litter pick", "practical_help")
    report = services.reports.report(financial_year(2025))
    dialogs = [
        NewTypeDialog(window),
        SetAreaDialog("en", window),
        ShortcutsDialog(window),
        NewSeriesDialog(services.activities.types(), window),
        SignInSheetDialog(ctx, window),
        SeriesListDialog(ctx, window),
        SummaryPdfDialog(ctx, report, window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert clipped_texts(dialog) == [], dialog.objectName()
    ctx.switch_language("cy", remember=False)  # open while the language changes
    for dialog in dialogs:
        qtbot.waitUntil(lambda d=dialog: clipped_texts(d) == [])
    ctx.switch_language("en", remember=False)
