"""Reports kept to one project: the tiles, the output sums and the Community section follow
the choice, the page says which project it shows, and the A4 summary prints the project's
name, funder and dates (rendered with poppler and read back)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.domain.periods import quarter
from volunteer_app.domain.pulse import Answer
from volunteer_app.services.funding.projects import FundingService
from volunteer_app.ui.kit import common
from volunteer_app.ui.reports.reports_page import ReportsPage
from volunteer_app.ui.reports.summary_pdf_dialog import SummaryPdfDialog
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow
from volunteer_app.ui.shell.ops import Changes


@pytest.fixture
def reports(window: MainWindow, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> ReportsPage:
    """Three litter picks in January to March 2026; two belong to the grant, and one of
    those had pulse cards handed in."""
    services = ctx.services
    assert services is not None
    services.group.update("Llanfair Garden Club", "W06000001", "")
    funding = FundingService(services.database)
    grant = funding.add_project("Awards for All 2025-27", "National Lottery", date(2025, 4, 1),
                                date(2027, 3, 31))  # fmt: skip
    funding.add_project("Town council 2026", "", date(2026, 1, 1), None)
    pick = services.activities.add_type("Litter pick", "practical_help")
    bags = funding.add_output("bags of litter", "bagiau sbwriel", (pick.id.hex,))
    for day, names, tagged, counted in (
        (5, ("Siân", "Bob"), True, 7),
        (12, ("Siân",), True, 3),
        (40, ("Cai",), False, 20),
    ):
        activity_id = services.activities.log(
            ActivityDraft(
                activity_date=date.fromordinal(date(2026, 1, 1).toordinal() + day),
                activity_type_id=pick.id,
                duration_minutes=120,
                volunteers_count=1,
                people=tuple(PersonEntry(n, minutes=120) for n in names),
            )
        )
        funding.record(activity_id.hex, {bags.id: counted})
        if tagged:
            funding.tag(activity_id.hex, (grant.id,))
        if day == 5:
            for _ in range(3):
                services.community.pulse.add_card(activity_id, {"belong": Answer.AGREE})
    monkeypatch.setattr(common, "offer_open", lambda *a, **k: None)
    window.show_page("reports")
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    page.picker.set_period(quarter(2026, 1))
    return page


def test_the_page_follows_the_project_chosen(reports: ReportsPage, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    chooser = reports.project_filter
    assert chooser.isVisibleTo(reports)
    names = [chooser.combo.itemText(i) for i in range(chooser.combo.count())]
    assert names == ["All activities", "Town council 2026", "Awards for All 2025-27"]
    assert reports.tiles["activities"].number.text() == "3"
    assert reports.outputs_label.text() == "Outputs: 30 bags of litter."
    assert "3 of 3 cards" not in reports.community.cards.text()  # 3 cards over all
    chooser.choose(next(p.id for p in chooser.projects if p.funder))
    assert reports.tiles["activities"].number.text() == "2"
    assert reports.tiles["distinct_volunteers"].number.text() == "2"  # Siân and Bob
    assert reports.tiles["volunteer_hours"].number.text() == "10.0"  # 3 named + 2 helpers, 2 h
    assert reports.tiles["unnamed_volunteers"].number.text() == "2"
    assert reports.outputs_label.text() == "Outputs: 10 bags of litter."
    shown = chooser.shown.text()
    assert "Awards for All 2025-27" in shown and "National Lottery" in shown
    assert "1 April 2025" in shown and "31 March 2027" in shown
    assert reports.community.report is not None and reports.community.report.cards == 3
    # The town council's project has no activities: the page says so, not a page of zeros.
    chooser.choose(next(p.id for p in chooser.projects if not p.funder))
    assert reports.tiles["activities"].number.text() == "0"
    assert "None of this project's activities" in reports.empty_hint.text()
    assert reports.community.report is not None and reports.community.report.cards == 0
    chooser.choose(None)
    assert reports.tiles["activities"].number.text() == "3"
    ctx.switch_language("cy")
    qtbot.waitUntil(lambda: reports.outputs_label.text().endswith("30 bagiau sbwriel."))


def test_a_project_gone_shows_every_activity(reports: ReportsPage, ctx: UiContext) -> None:
    chooser = reports.project_filter
    chooser.choose(chooser.projects[-1].id)
    assert reports.tiles["activities"].number.text() == "2"
    assert ctx.services is not None
    with ctx.services.database.transaction() as tx:  # as a merged-in deletion would
        tx.session.connection().exec_driver_sql(
            "UPDATE project SET deleted_at = '2026-04-01T00:00:00Z' WHERE funder <> ''"
        )
    ctx.ops.announce(Changes.ALL)  # written behind the window's back
    assert chooser.project_id() is None
    assert reports.report is not None and reports.report.project is None
    assert reports.tiles["activities"].number.text() == "3"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_a4_summary_of_a_project(
    reports: ReportsPage, ctx: UiContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    reports.project_filter.choose(reports.project_filter.projects[-1].id)
    assert reports.report is not None
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(common, "ask_save_path", lambda *a: target)
    dialog = SummaryPdfDialog(ctx, reports.report, reports)
    assert "Awards for All 2025-27" in dialog.intro.text()
    dialog.ok_button.click()
    assert dialog.saved_to == str(target)
    info = subprocess.run(["pdfinfo", str(target)], check=True, capture_output=True, text=True)
    assert "(A4)" in info.stdout and re.search(r"Pages: +1\n", info.stdout)
    text = subprocess.run(
        ["pdftotext", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    flat = " ".join(text.split())
    for expected in (
        "Awards for All 2025-27",
        "National Lottery",
        "1 April 2025 to 31 March 2027",
        "10 bags of litter",
        "Pulse cards",
    ):
        assert expected in flat, (expected, flat)


def test_a_project_gone_leaves_no_section_counting_it(reports: ReportsPage, ctx: UiContext) -> None:
    """The Community section follows the page back to every activity, not only the tiles."""
    chooser = reports.project_filter
    chooser.choose(next(p.id for p in chooser.projects if not p.funder))  # no activities
    assert reports.community.report is not None and reports.community.report.cards == 0
    assert ctx.services is not None
    with ctx.services.database.transaction() as tx:  # as a merged-in deletion would
        tx.session.connection().exec_driver_sql(
            "UPDATE project SET deleted_at = '2026-04-01T00:00:00Z' WHERE funder = ''"
        )
    ctx.ops.announce(Changes.ALL)  # written behind the window's back
    assert chooser.project_id() is None and reports.tiles["activities"].number.text() == "3"
    assert reports.community.report is not None and reports.community.report.cards == 3


def test_a_projects_a4_summary_is_offered_a_name_of_its_own(
    reports: ReportsPage, ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One summary per funder each quarter: the project's one must not be offered the same
    file name as the summary of every activity, ready to overwrite it or be sent instead."""
    offered: list[str] = []
    monkeypatch.setattr(common, "ask_save_path", lambda _p, _t, name, _f: offered.append(name))
    for project_id in (None, reports.project_filter.projects[-1].id):
        reports.project_filter.choose(project_id)
        assert reports.report is not None
        SummaryPdfDialog(ctx, reports.report, reports).ok_button.click()
    assert offered == [
        "volunteering-summary-2026-Q1.pdf",
        "volunteering-summary-2026-Q1-Awards-for-All-2025-27.pdf",
    ]



def test_a_long_project_name_leaves_room_to_say_which_project(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot
) -> None:
    """A grant's name of 100 characters and more: the list stays a list's width and the
    sentence beside it (name, funder and dates) reads on a line or two, not a narrow
    column of ten."""
    assert ctx.services is not None
    long = FundingService(ctx.services.database).add_project(
        "Cronfa Gymunedol y Loteri Genedlaethol – Arian i Bawb Cymru: Prosiect Glanhau "
        "Traethau Ceredigion 2025-2028",
        "Cronfa Gymunedol y Loteri Genedlaethol Cymru",
        date(2025, 4, 1),
        date(2028, 3, 31),
    )
    window.resize(1100, 720)
    window.show_page("reports")  # opened with the project already there
    reports = window.page("reports")
    assert isinstance(reports, ReportsPage)
    reports.project_filter.choose(long.id)
    shown = reports.project_filter.shown
    qtbot.waitUntil(lambda: "2028" in shown.text())
    reports.project_filter.layout().activate()
    assert shown.width() >= reports.project_filter.combo.width()
    assert shown.heightForWidth(shown.width()) <= 3 * shown.fontMetrics().lineSpacing()
