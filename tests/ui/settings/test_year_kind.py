"""The kind of reporting year, chosen once in Settings and kept with the group (stamped like
its other settings): Over the years and its A4 report follow it, the report command takes
it as its default, and Settings saved untouched writes nothing."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.test_cli import run
from tests.ui.test_untouched_saves import canonical_dump
from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.domain.funding.years import YearKind
from volunteer_app.services.funding.years import YearsService
from volunteer_app.ui.reports.reports_page import ReportsPage
from volunteer_app.ui.settings.settings_page import SettingsPage
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow


def _settings(window: MainWindow) -> SettingsPage:
    window.show_page("settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    return page


def _stamp(ctx: UiContext) -> tuple[str, str]:
    conn = sqlite3.connect(f"{ctx.paths.database.as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT updated_at, hlc FROM group_settings WHERE deleted_at IS NULL"
        ).fetchone()
        return str(row[0]), str(row[1])
    finally:
        conn.close()


def test_chosen_once_in_settings_used_by_over_the_years(
    window: MainWindow, ctx: UiContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    page = _settings(window)
    assert page.year_kind.code() == "financial"  # until the group chooses
    before = _stamp(ctx)
    page.year_kind.combo.setCurrentIndex(page.year_kind.combo.findData("grant:09"))
    assert page.year_kind.combo.currentText() == "Grant years from September"
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert ctx.services.group.info().year_kind == "grant:09"
    assert YearsService(ctx.services.database).year_kind() == YearKind(9, grant=True)
    after = _stamp(ctx)
    assert after[0] > before[0] and after[1] > before[1]  # stamped: a second laptop learns it
    window.show_page("reports")
    reports = window.page("reports")
    assert isinstance(reports, ReportsPage)
    view = reports.years_view
    view.today = date(2026, 1, 15)
    view.refresh()
    assert "Grant years from September" in view.kind.text()
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(view.table.columnCount())]
    assert headers[2] == "2025-26 (to date)"
    pdf = view.pdf_bytes()
    assert pdf.startswith(b"%PDF")
    # The link in the view opens Settings, where the kind is changed.
    view.kind.linkActivated.emit("settings")
    assert window.current_page_key() == "settings"
    ctx.switch_language("cy")
    qtbot.waitUntil(lambda: page.year_kind.combo.currentText().startswith("Blynyddoedd grant o"))


def test_settings_saved_untouched_write_nothing(window: MainWindow, ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    ctx.services.group.update("Llanfair Garden Club", "W06000001", "", "calendar")
    page = _settings(window)
    page.refresh()
    assert page.year_kind.code() == "calendar"
    before = canonical_dump(ctx)
    for _ in range(2):
        with qtbot.waitSignal(ctx.bus.changed):
            qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert canonical_dump(ctx) == before


def test_the_report_command_defaults_to_the_groups_kind(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from volunteer_app.paths import AppPaths
    from volunteer_app.services.context import open_services

    home = tmp_path / "home"
    services = open_services(AppPaths.under(home))
    try:
        walk = services.activities.add_type("Walk", "practical_help")
        services.activities.log(
            ActivityDraft(
                activity_date=date(date.today().year - 1, 5, 1),
                activity_type_id=walk.id,
                duration_minutes=60,
                people=(PersonEntry("Ann", minutes=60),),
            )
        )
        services.group.update("Llanfair", "W06000001", "", "calendar")
    finally:
        services.close()
    code, said, err = run(capsys, "--data-dir", str(home), "report", "--years", "2")
    assert code == 0, err
    this_year = date.today().year
    assert f"{this_year - 1}" in said.splitlines()[0].split()  # calendar years: "2025"
    code, said, _ = run(
        capsys, "--data-dir", str(home), "report", "--years", "2", "--year-kind", "financial"
    )
    assert code == 0 and f"{this_year - 1}-" in said.splitlines()[0]  # the option still wins


def test_settings_saved_untouched_leave_the_preferences_file_alone(
    window: MainWindow, ctx: UiContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page = _settings(window)
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    prefs = ctx.paths.preferences_file
    before = (prefs.read_bytes(), prefs.stat().st_ino, prefs.stat().st_mtime_ns)
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert (prefs.read_bytes(), prefs.stat().st_ino, prefs.stat().st_mtime_ns) == before
