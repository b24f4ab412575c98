"""The Reports page's outputs, checked by rendering them: charts as PNG, the A4 summary
and the sign-in sheet as PDF (pdftoppm and pdftotext from poppler, as CI installs)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.domain.periods import PeriodType, custom_range, quarter
from volunteer_app.services.preferences import load_preferences
from volunteer_app.ui.kit import common
from volunteer_app.ui.reports.reports_page import ReportsPage
from volunteer_app.ui.reports.summary_pdf_dialog import SummaryPdfDialog
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow
from volunteer_app.ui.sign_in.sign_in_sheet_dialog import SignInSheetDialog
from volunteer_app.ui.sign_in.sign_in_sheet_pdf import SheetDetails, sign_in_sheet_pdf_bytes

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="poppler-utils not installed (CI installs it)"
)
A4_AT_50_DPI = (414, 585)  # 210 x 297 mm, rounded up to whole pixels


@pytest.fixture
def reports(window: MainWindow, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> ReportsPage:
    assert ctx.services is not None
    ctx.services.group.update("Llanfair Garden Club", "W06000001", "")
    walk = ctx.services.activities.add_type("Litter pick", "practical_help")
    for day, names in ((5, ("Siân", "Bob")), (12, ("Siân",)), (40, ("Cai",))):
        ctx.services.activities.log(
            ActivityDraft(
                activity_date=date(2026, 1, 1).fromordinal(date(2026, 1, 1).toordinal() + day),
                activity_type_id=walk.id,
                duration_minutes=120,
                volunteers_count=1,
                people=tuple(PersonEntry(n, minutes=120) for n in names),
            )
        )
    monkeypatch.setattr(common, "inform", lambda *a, **k: None)
    monkeypatch.setattr(common, "offer_open", lambda *a, **k: None)
    window.show_page("reports")
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    page.picker.set_period(quarter(2026, 1))
    return page


def pdf_pages(path: Path, tmp_path: Path) -> tuple[list[QImage], str]:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    assert re.search(r"Page size: +595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)", info.stdout)
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(path), str(tmp_path / "page")], check=True)
    images = [QImage(str(p)) for p in sorted(tmp_path.glob("page*.png"))]
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return images, text


def test_charts_show_the_months_and_save_as_png(
    reports: ReportsPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    chart = reports.hours_box.view.chart()
    assert chart.title() == "Volunteer hours per month, by activity"
    axis = chart.axes()[0]
    assert axis.categories() == ["Jan", "Feb", "Mar"]  # type: ignore[attr-defined]
    bars = chart.series()[0].barSets()  # type: ignore[attr-defined]
    assert [bars[0].at(i) for i in range(3)] == [10.0, 4.0, 0.0]  # named and helpers, 2 h each
    assert "Jan 2, Feb 1" in reports.volunteers_box.view.accessibleDescription()
    target = tmp_path / "hours"
    monkeypatch.setattr(common, "ask_save_path", lambda *a: target)
    reports.hours_box.save_button.click()
    image = QImage(str(target.with_suffix(".png")))
    assert (image.width(), image.height()) == (1600, 1000)
    assert image.pixelColor(5, 5).name() == "#ffffff"  # on paper white, whatever the theme


def test_a_custom_range_reports_any_days(reports: ReportsPage) -> None:
    picker = reports.picker
    picker.type_combo.setCurrentIndex(picker.type_combo.findData(PeriodType.CUSTOM))
    assert picker.period() == custom_range(date(2026, 1, 1), date(2026, 3, 31))  # from Q1
    assert picker.range_box.isVisibleTo(picker) and not picker.period_combo.isVisibleTo(picker)
    reports.picker.set_period(custom_range(date(2026, 1, 10), date(2026, 1, 31)))
    assert reports.tiles["activities"].number.text() == "1"
    reports.picker.to_edit.setDate(reports.picker.from_edit.date().addDays(-5))
    assert reports.picker.period() is not None  # the last day cannot go before the first


@needs_poppler
def test_the_a4_summary_in_welsh_with_the_value_of_volunteering(
    reports: ReportsPage, ctx: UiContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert reports.report is not None
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(common, "ask_save_path", lambda *a: target)
    dialog = SummaryPdfDialog(ctx, reports.report, reports)
    dialog.language.set_language("cy")
    dialog.value_check.setChecked(True)
    dialog.rate.setValue(12.6)
    dialog.ok_button.click()
    assert dialog.saved_to is None and "where it comes from" in dialog.problem.text()
    dialog.source.setText("Cyflog Byw Gwirioneddol")
    dialog.ok_button.click()
    assert dialog.saved_to == str(target)
    assert ctx.language == "en"  # drawn in Welsh, the window stays in English
    prefs = load_preferences(ctx.paths.preferences_file)
    assert (prefs.value_rate_pence, prefs.value_source) == (1260, "Cyflog Byw Gwirioneddol")
    images, text = pdf_pages(target, tmp_path)
    assert len(images) == 1 and (images[0].width(), images[0].height()) == A4_AT_50_DPI
    for expected in (
        "Llanfair Garden Club",
        "Crynodeb gwirfoddoli",
        "Gwirfoddolwyr (pobl)",
        "Oriau gwirfoddoli",
        "£176.40",  # 14 hours at £12.60
        "Gwirioneddol, 2026",  # the rate's source and year ("fl" may print as a ligature)
    ):
        assert expected in text, (expected, text)


@needs_poppler
def test_the_sign_in_sheet_lists_the_regulars_then_blank_rows(
    reports: ReportsPage, ctx: UiContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(common, "ask_save_path", lambda *a: target)
    reports.sheet_button.setEnabled(True)
    dialog = SignInSheetDialog(ctx, reports)
    assert dialog.details().names == ["Bob", "Cai", "Siân"]
    dialog.ok_button.click()
    images, text = pdf_pages(target, tmp_path)
    assert len(images) == 1 and (images[0].width(), images[0].height()) == A4_AT_50_DPI
    for expected in ("Sign-in sheet: Litter pick", "Time in", "Time out", "New", "Siân"):
        assert expected in text, (expected, text)
    # Enough names and blank rows run on to a second page, with the header again.
    many = SheetDetails("Grŵp", "Caffi", date(2026, 3, 3), time(10), "Neuadd", ["A"] * 30, 20)
    (tmp_path / "long.pdf").write_bytes(sign_in_sheet_pdf_bytes(many))
    for old in tmp_path.glob("page*.png"):
        old.unlink()
    images, text = pdf_pages(tmp_path / "long.pdf", tmp_path)
    assert (
        len(images) == 3 and text.count("Sign-in sheet: Ca") == 3
    )  # "ffi" may print as a ligature


def test_charts_follow_a_dark_theme(reports: ReportsPage) -> None:
    dark = QPalette(reports.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#17181a"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    reports.setPalette(dark)  # as when the system switches to dark while the app is open
    for box in (reports.hours_box, reports.volunteers_box):
        chart = box.view.chart()
        assert chart.backgroundBrush().color().name() == "#17181a"
        assert chart.titleBrush().color().name() == "#e8eaed"
        assert all(a.labelsColor().name() == "#e8eaed" for a in chart.axes())


def test_a_saved_file_can_be_opened_from_the_message(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    from volunteer_app.ui.kit.common import offer_open

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.buttons()[0].click() or 0)
    offer_open(None, "Saved", "Saved the summary.", tmp_path / "summary.pdf")
    assert [u.toLocalFile() for u in opened] == [str(tmp_path / "summary.pdf")]
