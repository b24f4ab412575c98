"""Reports > Community: shares only from 10 cards with the cards beside every percentage, the
place-type chart, and the card and tally sheet rendered and looked at as images."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from PySide6.QtGui import QImage

from volunteer_app.domain.periods import quarter
from volunteer_app.domain.pulse import Answer
from volunteer_app.services.demo_data import add_demo_data
from volunteer_app.ui.community.community_section import CommunitySection
from volunteer_app.ui.community.pulse_pdf import pulse_cards_pdf_bytes, tally_sheet_pdf_bytes
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow
from volunteer_app.ui.shell.ops import Changes


def _section(window: MainWindow) -> CommunitySection:
    section = window.page("reports").findChild(CommunitySection)
    assert section is not None
    return section


def test_shares_with_cards_beside_them(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    add_demo_data(ctx.services.database, until=date(2026, 6, 30))
    window.show_page("reports")
    page = window.page("reports")
    page.picker.set_period(quarter(2026, 1))  # type: ignore[attr-defined]
    section = _section(window)
    report = ctx.services.community.report.report(quarter(2026, 1))
    assert report.cards >= 10
    cards = f"of {report.cards:,} cards"
    assert all(cards in section.shares[c].text() for c in section.shares)
    assert "%" in section.shares["belong"].text()
    series = section.view.chart().series()
    assert series and series[0].barSets()[0].count() >= 3  # types of place with activity


def test_too_few_cards_show_no_share(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.world import WActivity, World, world_tables
    from volunteer_app.storage.bulk import insert_rows

    assert ctx.services is not None
    tables = world_tables(World((), (WActivity(5, "other", False, 60, 2, 3, ()),)))
    with ctx.services.database.transaction() as tx:
        for table, rows in tables.items():
            insert_rows(tx, table, rows)
    for _ in range(4):
        ctx.services.community.pulse.add_card(tables["activity"][0]["id"], {"belong": Answer.AGREE})
    ctx.ops.announce(Changes.ALL)  # written behind the window's back
    window.show_page("reports")
    window.page("reports").picker.set_period(quarter(2026, 1))  # type: ignore[attr-defined]
    section = _section(window)
    assert section.shares["belong"].text() == "not enough cards yet (4 of 10)"
    assert "%" not in section.shares["belong"].text()


def test_card_and_tally_sheet_render(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    for name, data in (("cards", pulse_cards_pdf_bytes(2)), ("tally", tally_sheet_pdf_bytes())):
        pdf = tmp_path / f"{name}.pdf"
        pdf.write_bytes(data)
        subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / name)], check=True)
        pages = sorted(tmp_path.glob(f"{name}-*.png"))
        assert len(pages) == (2 if name == "cards" else 1)
        image = QImage(str(pages[0]))
        assert image.width() < image.height()  # A4 portrait
        dark = sum(
            1
            for y in range(0, image.height(), 4)
            for x in range(0, image.width(), 4)
            if image.pixelColor(x, y).lightness() < 128
        )
        assert dark > 200  # text and boxes drawn, not a blank page


def test_the_a4_summary_carries_the_community_block(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from volunteer_app.paths import AppPaths
    from volunteer_app.services.context import open_services
    from volunteer_app.ui.reports.summary_pdf import summary_pdf_bytes

    services = open_services(AppPaths.under(tmp_path / "home"))
    try:
        add_demo_data(services.database, until=date(2026, 6, 30))
        period = quarter(2026, 1)
        community = services.community.report.report(period)
        data = summary_pdf_bytes(
            services.reports.report(period), "Grŵp", None, date(2026, 7, 1), community
        )
    finally:
        services.close()
    pdf = tmp_path / "a4.pdf"
    pdf.write_bytes(data)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Community" in text and f"Pulse cards collected: {community.cards:,}" in text
    assert "Activities by type of place: Community hall" in text
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert [line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")] == ["1"]
