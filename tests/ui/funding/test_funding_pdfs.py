"""The A4 report for a funder and the hours letter, rendered to PNG and read back as text,
in English and Welsh; the letter holds only its person's figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.ui.reports.test_report_outputs import A4_AT_50_DPI, needs_poppler, pdf_pages
from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.services.funding.projects import FundingService
from volunteer_app.ui.funding.hours_letter_dialog import HoursLetterDialog
from volunteer_app.ui.people.people_page import PeoplePage
from volunteer_app.ui.reports.reports_page import ReportsPage
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow


def _world(ctx: UiContext) -> str:
    assert ctx.services is not None
    ctx.services.group.update("Llanfair Litter Pickers", "W06000015", "")
    acts = ctx.services.activities
    walk = acts.add_type("Litter pick", "practical_help")
    cafe = acts.add_type("Café", "organising_running")
    funding = FundingService(ctx.services.database)
    grant = funding.add_project("Awards for All", "Lottery", date(2025, 4, 1), None)
    bags = funding.add_output("Bags of litter", "Bagiau sbwriel", (walk.id.hex,))
    for day, kind, names in (
        (date(2024, 6, 1), walk, ("Ann Jones", "Bob Price")),
        (date(2025, 6, 1), walk, ("Ann Jones", "Cai Ŵyn")),
        (date(2025, 7, 1), cafe, ("Ann Jones",)),
    ):
        record = acts.log(
            ActivityDraft(
                activity_date=day,
                activity_type_id=kind.id,
                duration_minutes=150,
                people=tuple(PersonEntry(n, minutes=150) for n in names),
            )
        )
        funding.record(record.hex, {bags.id: 7} if kind is walk else {})
        funding.tag(record.hex, (grant.id,))
    return grant.id


@needs_poppler
@pytest.mark.parametrize("language", ["en", "cy"])
def test_a4_report_for_a_funder(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot, tmp_path: Path, language: str
) -> None:
    grant = _world(ctx)
    window.show_page("reports")
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    view = page.years_view
    view.today = date(2026, 1, 15)
    view.refresh()
    view.project.setCurrentIndex(view.project.findData(grant))
    view.pdf_language.set_language(language)
    target = tmp_path / "years.pdf"
    target.write_bytes(view.pdf_bytes())
    assert ctx.language == "en"  # switched back after drawing
    images, text = pdf_pages(target, tmp_path)
    assert len(images) == 1 and (images[0].width(), images[0].height()) == A4_AT_50_DPI
    words = " ".join(text.split())
    assert "Llanfair Litter Pickers" in words and "Awards for All" in words
    assert "2024-25" in words and "2025-26" in words
    if language == "cy":
        assert "Dros y blynyddoedd" in words and "Bagiau sbwriel" in words
        assert "hyd yma" in words and "dim data" in words
    else:
        assert "Over the years" in words and "Bags of litter" in words and "(to date)" in words


@needs_poppler
@pytest.mark.parametrize("language", ["en", "cy"])
def test_hours_letter_holds_one_persons_figures(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot, tmp_path: Path, language: str
) -> None:
    _world(ctx)
    window.show_page("people")
    page = window.page("people")
    assert isinstance(page, PeoplePage)
    assert page.hours_letter_button.isVisible()
    assert ctx.services is not None
    rows = ctx.services.people.rows(date(2024, 1, 1), date(2025, 12, 31))
    ann = next(p for p in rows if p.name == "Ann Jones")
    dialog = HoursLetterDialog(ctx, ann.id.hex, ann.name, page)
    qtbot.addWidget(dialog)
    dialog.start.setDate(dialog.start.date().fromString("2024-04-01", "yyyy-MM-dd"))
    dialog.end.setDate(dialog.end.date().fromString("2025-12-31", "yyyy-MM-dd"))
    dialog.language.set_language(language)
    target = tmp_path / "letter.pdf"
    target.write_bytes(dialog.letter_bytes())
    images, text = pdf_pages(target, tmp_path)
    assert len(images) == 1 and (images[0].width(), images[0].height()) == A4_AT_50_DPI
    words = " ".join(text.split())
    assert "Ann Jones" in words and "7.5" in words  # three sessions of 2.5 hours
    assert "Bob" not in words and "Cai" not in words  # nobody else's name or figures
    if language == "cy":
        assert "3 sesiwn" in words or "3 o sesiynau" in words
    else:
        assert "over 3 sessions between" in words and "Litter pick" in words
