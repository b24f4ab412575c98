"""Numbers typed are numbers kept: the value-of-volunteering rate however its box was
entered, the value shown as the hours shown times the rate, and dates typed whole."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from volunteer_app.domain.activity import ActivityDraft, ActivityFilter, PersonEntry
from volunteer_app.domain.periods import quarter
from volunteer_app.domain.values import hours_tenths
from volunteer_app.services.reports import value_of_volunteering
from volunteer_app.ui.activities.activities_page import ActivitiesPage
from volunteer_app.ui.kit import common
from volunteer_app.ui.log.log_page import LogPage
from volunteer_app.ui.reports.summary_pdf_dialog import SummaryPdfDialog
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow


def enter(qtbot, box: QWidget, line: QLineEdit, how: str, before: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Go into a box as a person would: a click, a double-click or the Tab key."""
    before.setFocus()
    middle = QPoint(line.width() // 2, line.height() // 2)
    if how == "double-click":
        qtbot.mouseDClick(line, Qt.MouseButton.LeftButton, pos=middle)
    elif how == "click":
        qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=middle)
    else:
        box.setFocus(Qt.FocusReason.TabFocusReason)
    assert box.hasFocus() or line.hasFocus()


@pytest.fixture
def summary_dialog(window: MainWindow, ctx: UiContext, qtbot) -> SummaryPdfDialog:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    acts = ctx.services.activities
    walk = acts.add_type("Litter pick", "practical_help")
    # 1003 minutes show as 16.7 hours: £210.42 at £12.60, not the £210.63 of exact minutes.
    for day, minutes in ((5, 500), (12, 503)):
        acts.log(
            ActivityDraft(
                activity_date=date(2026, 1, day),
                activity_type_id=walk.id,
                duration_minutes=minutes,
                volunteers_count=1,
            )
        )
    report = ctx.services.reports.report(quarter(2026, 1))
    dialog = SummaryPdfDialog(ctx, report, window)
    qtbot.addWidget(dialog)
    dialog.value_check.setChecked(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("how", ["double-click", "click", "tab"])
@pytest.mark.parametrize("typed", ["12.60", "£12.60", "12,6"])
def test_the_rate_keeps_what_is_typed_however_the_box_was_entered(  # type: ignore[no-untyped-def]
    summary_dialog: SummaryPdfDialog, qtbot, how: str, typed: str
) -> None:
    rate = summary_dialog.rate
    rate.setValue(9.5)
    enter(qtbot, rate, rate.lineEdit(), how, summary_dialog.source)
    qtbot.keyClicks(rate.lineEdit(), typed)
    summary_dialog.source.setFocus()
    assert rate.value() == pytest.approx(12.60)
    assert rate.text() == "£12.60"
    assert summary_dialog.value_shown.text() == "16.7 hours × £12.60 = £210.42"


def test_the_value_shown_is_the_hours_shown_times_the_rate_in_welsh_too(  # type: ignore[no-untyped-def]
    summary_dialog: SummaryPdfDialog, ctx: UiContext, qtbot
) -> None:
    summary_dialog.rate.setValue(10)
    ctx.switch_language("cy", remember=False)
    qtbot.waitUntil(lambda: summary_dialog.value_shown.text() == "16.7 awr × £10.00 = £167.00")
    ctx.switch_language("en", remember=False)


@given(st.integers(0, 10**6), st.integers(0, 100_000))
def test_the_value_is_the_shown_hours_times_the_rate(minutes: int, pence: int) -> None:
    tenths = hours_tenths(minutes)
    assert abs(tenths * 6 - minutes) <= 3  # the hours shown are the minutes to 0.1 h
    assert value_of_volunteering(minutes, pence) * 10 - tenths * pence in range(-4, 6)


def _log_page(window: MainWindow) -> LogPage:
    window.show_page("log")
    page = window.page("log")
    assert isinstance(page, LogPage)
    return page


@pytest.mark.parametrize("how", ["double-click", "click", "tab"])
@pytest.mark.parametrize("typed", ["27/11/2026", "27.11.26", "27 Nov 2026", "27 Tachwedd 2026"])
def test_a_date_typed_whole_is_the_date_saved(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot, how: str, typed: str
) -> None:
    assert ctx.services is not None
    ctx.services.activities.add_type("Litter pick", "practical_help")
    page = _log_page(window)
    page.refresh()
    box = page.form.date_edit
    box.setDate(QDate(2026, 3, 5))
    page.form.people.volunteers.spin.setValue(2)
    enter(qtbot, box, box.lineEdit(), how, page.form.type_combo)
    qtbot.keyClicks(box, typed)
    assert box.lineEdit().text() == typed  # shown as typed, not split into Qt's sections
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    rows = ctx.services.activities.page(ActivityFilter(), "date", True, 0, 5)
    assert "Saved" in page.result_label.text()
    assert [r.activity_date for r in rows] == [date(2026, 11, 27)]


def test_a_filter_date_typed_after_one_click_filters(
    window: MainWindow, ctx: UiContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    walk = ctx.services.activities.add_type("Walk", "practical_help")
    for day in (1, 20):
        ctx.services.activities.log(
            ActivityDraft(
                activity_date=date(2026, 1, day), activity_type_id=walk.id, volunteers_count=1
            )
        )
    window.show_page("activities")
    page = window.page("activities")
    assert isinstance(page, ActivitiesPage)
    page.refresh()
    assert page.model.total == 2 and page.from_edit.text() == "Any"
    enter(qtbot, page.from_edit, page.from_edit.lineEdit(), "click", page.search_edit)
    qtbot.keyClicks(page.from_edit, "10/1/2026")
    qtbot.keyClick(page.from_edit, Qt.Key.Key_Return)
    assert page.model.total == 1 and page.from_edit.text() == "10/01/2026"
    qtbot.keyClick(page.from_edit, Qt.Key.Key_Backspace)  # emptied: any date again
    qtbot.keyClick(page.from_edit, Qt.Key.Key_Return)
    assert page.model.total == 1  # one Backspace starts no new date: nothing typed yet
    qtbot.keyClicks(page.from_edit, "1")
    qtbot.keyClick(page.from_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(page.from_edit, Qt.Key.Key_Return)
    assert page.model.total == 2 and page.from_edit.text() == "Any"


def test_what_is_not_a_date_is_explained_and_the_date_kept(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot
) -> None:
    page = _log_page(window)
    box = page.form.date_edit
    box.setDate(QDate(2026, 3, 5))
    enter(qtbot, box, box.lineEdit(), "click", page.form.type_combo)
    qtbot.keyClicks(box, "31/02/2026")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.date() == QDate(2026, 3, 5) and box.text() == "05/03/2026"
    assert box.problem.startswith("“31/02/2026” is not a date this box takes.")
    ctx.switch_language("cy", remember=False)
    qtbot.keyClicks(box, "dim")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.problem.startswith("Nid yw “dim” yn ddyddiad")
    ctx.switch_language("en", remember=False)


def test_duplicate_asks_before_copying_an_activity_with_its_people(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ctx.services is not None
    acts = ctx.services.activities
    walk = acts.add_type("Litter pick", "practical_help")
    acts.log(
        ActivityDraft(
            activity_date=date(2026, 1, 10),
            activity_type_id=walk.id,
            title="Beach",
            duration_minutes=90,
            people=(PersonEntry("Siân", minutes=90), PersonEntry("Bob", minutes=60)),
        )
    )
    window.show_page("activities")
    page = window.page("activities")
    assert isinstance(page, ActivitiesPage)
    page.refresh()
    page.table.selectRow(0)
    asked: list[str] = []
    answer = False
    monkeypatch.setattr(common, "confirm", lambda _p, _t, text, _a: asked.append(text) or answer)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert asked == [
        "Copy Litter pick · Beach of 10/01/2026 to today, "
        f"{date.today():%d/%m/%Y}, with the same people, hours and headcounts? "
        "You can open the copy afterwards to change it."
    ]
    assert acts.count(ActivityFilter()) == 1  # Cancel: nothing copied
    answer = True
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    copies = acts.page(ActivityFilter(date_from=date.today()), "date", True, 0, 5)
    assert [(c.named_count, c.volunteer_minutes) for c in copies] == [(2, 150)]


def test_date_boxes_show_the_whole_year_in_both_languages(ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Welsh's own short date is dd/MM/yy: a box people type dates into shows 2026 in full,
    and follows a language switch while it is open."""
    from volunteer_app.ui.kit.date_edit import DateEdit

    ctx.switch_language("cy", remember=False)
    box = DateEdit(QDate(2026, 11, 27))
    qtbot.addWidget(box)
    assert box.text() == "27/11/2026"
    ctx.switch_language("en", remember=False)
    assert box.text() == "27/11/2026"
    ctx.switch_language("cy", remember=False)
    assert box.text() == "27/11/2026" and box.date() == QDate(2026, 11, 27)
