"""The CVC page: switched on in Settings, combines real returns off the GUI thread (inline in
tests), lists every file with its status, filters the table, draws the chart and saves."""

from __future__ import annotations

import csv
import uuid
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from tests.cvc_returns import FACTS, header, return_bytes, version_1_1_bytes
from volunteer_app.services.preferences import load_preferences
from volunteer_app.ui.cvc.cvc_page import CvcPage
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow
from volunteer_app.ui.shell.navigation import PAGE_KEYS


def inbox(folder: Path) -> Path:
    """Five groups in two authorities (one sent 1.1, one a correction), a copy, a damaged
    file and a stranger's CSV."""
    folder.mkdir()
    group = uuid.uuid4()
    for number, area in enumerate(["W06000015"] * 3 + ["W06000022"] * 2):
        head = header(group if number == 0 else None, area, name=f"Grŵp {number}")
        content = (
            version_1_1_bytes(FACTS, 40, {"belong": 30}, head)
            if number == 4
            else (return_bytes(FACTS, head))
        )
        (folder / f"g{number}.csv").write_bytes(content)
    later = header(group, "W06000015", at=datetime(2026, 4, 20, 8, 0, tzinfo=UTC))
    (folder / "g0-corrected.csv").write_bytes(return_bytes(FACTS, later))
    (folder / "g1_copy.csv").write_bytes((folder / "g1.csv").read_bytes())
    (folder / "g2-excel.csv").write_bytes((folder / "g2.csv").read_bytes().replace(b"\r\n", b"\n"))
    (folder / "people.csv").write_text("Name,Hours\r\nAnn,2\r\n", encoding="utf-8")
    return folder


def switch_on(window: MainWindow, ctx: UiContext, qtbot) -> CvcPage:  # type: ignore[no-untyped-def]
    row = PAGE_KEYS.index("cvc")
    assert window.nav.item(row).isHidden()  # off by default
    window.show_page("settings")
    box = window.page("settings").findChild(QCheckBox, "cvcPageSwitch")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not window.nav.item(row).isHidden()
    assert load_preferences(ctx.paths.preferences_file).cvc_page
    window.show_page("cvc")
    page = window.page("cvc")
    assert isinstance(page, CvcPage)
    return page


def test_combine_list_filter_chart_and_save(
    window: MainWindow,
    ctx: UiContext,
    qtbot,
    qtmodeltester,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    page = switch_on(window, ctx, qtbot)
    page.add_paths([inbox(tmp_path / "inbox")])
    status = {item.source: item.status.value for item in page.returns_model.items}
    assert status == {
        "g0.csv": "replaced",
        "g0-corrected.csv": "corrected",
        "g1.csv": "ok",
        "g1_copy.csv": "duplicate",
        "g2.csv": "ok",
        "g2-excel.csv": "rejected",
        "g3.csv": "ok",
        "g4.csv": "ok",
        "people.csv": "rejected",
    }
    assert "5 returns combined; 2 rejected; 1 corrected; 1 sent twice" in page.summary.text()
    excel = page.returns_model.items.index(
        next(i for i in page.returns_model.items if i.source == "g2-excel.csv")
    )
    reason = page.returns_model.index(excel, 6).data()
    assert "line ends" in reason
    qtmodeltester.check(page.returns_model)
    qtmodeltester.check(page.combined_model)
    # Pulse rows come from the one group that sent 1.1, and say so.
    page.measure_combo.setCurrentIndex(page.measure_combo.findData("pulse_responses"))
    page.area_combo.setCurrentIndex(page.area_combo.findData("ALL"))
    assert page.combined_model.rowCount() == 1
    assert page.combined_model.index(0, 5).data() == "1 of 5 (version 1.1 only)"
    assert page.combined_model.index(0, 9).data().startswith("Not for publication")
    page.measure_combo.setCurrentIndex(page.measure_combo.findData("events_held"))
    page.area_combo.setCurrentIndex(page.area_combo.findData(""))
    areas = {r.area for r in page.combined_model.rows}
    assert areas == {"W06000015", "W06000022", "ALL"}
    assert page.findChild(object, "cvcChart") is not None
    target = tmp_path / "combined.csv"
    page.save_to(target)
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    cardiff = next(
        r
        for r in rows
        if r["area_code"] == "W06000015"
        and r["measure"] == "events_held"
        and r["breakdown"] == "none"
    )
    assert (cardiff["groups_returned"], cardiff["published_sum"]) == ("3", "36")
    assert cardiff["publication"] == "ok"


def test_overlap_and_empty_folder_say_why(
    window: MainWindow,
    ctx: UiContext,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from volunteer_app.domain.periods import financial_year

    page = switch_on(window, ctx, qtbot)
    empty = tmp_path / "empty"
    empty.mkdir()
    page.add_paths([empty])
    assert page.summary.text() == "No CSV files were found in what you chose."
    page.clear()
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "q1.csv").write_bytes(return_bytes(FACTS))
    (folder / "year.csv").write_bytes(return_bytes(FACTS, header(period=financial_year(2025))))
    page.add_paths([folder])
    assert "overlapping periods" in page.summary.text() and "year.csv" in page.summary.text()
    assert page.combined_model.rowCount() == 0 and not page.save_button.isEnabled()
    # Choosing one period combines it.
    page.period_combo.setCurrentIndex(page.period_combo.findData("2026-Q1"))
    page.combine()
    assert "1 return combined" in page.summary.text()
    assert page.save_button.isEnabled()


def test_switching_off_hides_the_page(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    switch_on(window, ctx, qtbot)
    window.show_page("settings")
    box = window.page("settings").findChild(QCheckBox, "cvcPageSwitch")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert window.nav.item(PAGE_KEYS.index("cvc")).isHidden()
    assert not window.page_actions["cvc"].isVisible()


def test_a4_summary_in_welsh(
    window: MainWindow,
    ctx: UiContext,
    qtbot,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    import shutil

    import pytest

    from tests.ui.reports.test_report_outputs import pdf_pages
    from volunteer_app.ui.kit import common

    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    page = switch_on(window, ctx, qtbot)
    page.add_paths([inbox(tmp_path / "inbox")])
    ctx.switch_language("cy")
    monkeypatch.setattr(common, "ask_save_path", lambda *a: tmp_path / "crynodeb")
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    images, text = pdf_pages(tmp_path / "crynodeb.pdf", tmp_path)
    assert len(images) == 1
    assert "Gwirfoddoli yn 2026-Q1" in text and "Caerdydd" in text and "Casnewydd" in text
    cardiff = next(line for line in text.splitlines() if line.strip().startswith("Caerdydd"))
    assert "36" in cardiff  # three groups' 12 events each: may be published
    newport = next(line for line in text.splitlines() if line.strip().startswith("Casnewydd"))
    assert "–" in newport and "24" not in newport  # two groups: held back, never printed
