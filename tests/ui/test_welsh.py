"""Every page and dialog in Welsh: no English left on screen (a short allow-list aside)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTableWidget,
    QWidget,
)

from volunteer_app.domain.activity import ActivityDraft, ActivityFilter, PersonEntry
from volunteer_app.domain.periods import quarter
from volunteer_app.ui.activities.edit_activity import EditActivityDialog
from volunteer_app.ui.cvc_export.set_area import SetAreaDialog
from volunteer_app.ui.importing.import_wizard import ImportWizard
from volunteer_app.ui.log.new_type import NewTypeDialog
from volunteer_app.ui.people.person_dialog import PersonDialog
from volunteer_app.ui.reports.summary_pdf_dialog import SummaryPdfDialog
from volunteer_app.ui.series.new_series import NewSeriesDialog
from volunteer_app.ui.series.series_list_dialog import SeriesListDialog
from volunteer_app.ui.settings.welcome import WelcomeDialog
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.crash_dialog import CrashDialog
from volunteer_app.ui.shell.main_window import MainWindow
from volunteer_app.ui.shell.navigation import PAGE_KEYS
from volunteer_app.ui.shell.shortcuts import ShortcutsDialog
from volunteer_app.ui.sign_in.sign_in_sheet_dialog import SignInSheetDialog
from volunteer_app.ui.sign_in.sign_in_window import SignInWindow

TS = Path(__file__).parents[2] / "resources" / "translations" / "volunteer_app_cy.ts"
# The same in both languages, or names and codes that are not translated.
ALLOWED = {"", "−", "+", "−1", "CSV", "Cymraeg", "English", "Croeso · Welcome", "Person"}


def english_sources() -> set[str]:
    root = ET.parse(TS).getroot()
    found = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if source != translation:
            found.add(source.replace("&", ""))
    return found


def visible_texts(root: QWidget) -> set[str]:
    texts: set[str] = set()
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QLabel):
            texts.add(widget.text())
        if isinstance(widget, QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTableView | QTableWidget) and widget.model() is not None:
            model = widget.model()
            texts.update(
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount(QModelIndex()))
            )
        texts.add(widget.toolTip())
        texts.add(widget.accessibleName())
        texts.add(widget.windowTitle() if widget.isWindow() else "")
    return {t.replace("&", "") for t in texts}


def english_left(root: QWidget) -> set[str]:
    sources = english_sources()
    return {t for t in visible_texts(root) if t in sources and t not in ALLOWED}


@pytest.fixture
def data(ctx: UiContext):  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    walk = ctx.services.activities.add_type("Taith", "practical_help")
    ctx.services.activities.log(
        ActivityDraft(
            activity_date=date(2026, 1, 5),
            activity_type_id=walk.id,
            start_time=time(10),
            end_time=time(11),
            people=(PersonEntry("Siân", minutes=60),),
        )
    )
    ctx.services.group.update("Grŵp", "W06000002", "")
    ctx.services.series.create(walk.id, "weekly", date.today())
    return walk


def _open_everything(window: MainWindow, ctx: UiContext, walk, qtbot) -> list[QWidget]:  # type: ignore[no-untyped-def]
    assert ctx.services is not None
    roots: list[QWidget] = [window]
    for key in PAGE_KEYS:
        window.show_page(key)
        roots.append(window.page(key))
    services = ctx.services
    record = services.activities.load(
        services.activities.page(ActivityFilter(), "date", True, 0, 1)[0].id
    )
    person = services.people.load(record.people[0].person_id)  # type: ignore[union-attr, arg-type]
    dialogs: list[QWidget] = [
        WelcomeDialog(ctx.language, window),
        NewTypeDialog(window),
        NewSeriesDialog(services.activities.types(), window),
        PersonDialog(ctx, person, window),  # type: ignore[arg-type]
        EditActivityDialog(services.activities, record, ctx.language, ctx.ops, window),  # type: ignore[arg-type]
        SetAreaDialog(ctx.language, window),
        SignInWindow(services.activities, walk.id, "Taith"),
        ShortcutsDialog(window),
        CrashDialog("details", ctx.paths.log_dir, window),
        SummaryPdfDialog(ctx, services.reports.report(quarter(2026, 1)), window),
        SignInSheetDialog(ctx, window),
        SeriesListDialog(ctx, window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    return roots + dialogs + [_import_wizard_at_check(window, ctx, qtbot)]


def _import_wizard_at_check(window: MainWindow, ctx: UiContext, qtbot) -> ImportWizard:  # type: ignore[no-untyped-def]
    """The import wizard on its last page, showing a row with problems."""
    path = ctx.paths.data_dir.parent / "oriau.csv"
    path.write_text("Enw,Dyddiad,Oriau,Digwyddiad\nAnn,31/02/2026,x,Taith\n", encoding="utf-8")
    wizard = ImportWizard(ctx, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(path)
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.check_page
    return wizard


def test_every_screen_in_welsh(window: MainWindow, ctx: UiContext, data, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx.switch_language("cy")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Cofnodi")
    left = set()
    for root in _open_everything(window, ctx, data, qtbot):
        left |= english_left(root)
    assert left == set()


def test_live_switch_from_english_to_welsh(
    window: MainWindow,
    ctx: UiContext,
    data,  # type: ignore[no-untyped-def]
    qtbot,
) -> None:
    roots = _open_everything(window, ctx, data, qtbot)  # opened in English
    ctx.switch_language("cy")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Cofnodi")
    left = set()
    for root in roots:
        left |= english_left(root)
    assert left == set()


def test_qt_own_menus_and_buttons_in_welsh(ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx.switch_language("cy")
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
    assert "&Copïo" in texts and "&Gludo" in texts
    menu.deleteLater()
