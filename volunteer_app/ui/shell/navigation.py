"""The areas of the main window, their titles, and how each page is made (on first visit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # names only: the page module comes with the first page, after the first paint
    from volunteer_app.ui.kit.page import Page
    from volunteer_app.ui.shell.context import UiContext

# "cvc" is last, so it takes Ctrl+7 and shifts no other page's key; it is hidden unless
# switched on in Settings.
PAGE_KEYS = ("log", "activities", "people", "reports", "export", "settings", "cvc")


def nav_title(key: str) -> str:
    translate = QCoreApplication.translate
    titles = {
        "log": translate("Navigation", "Log"),
        "activities": translate("Navigation", "Activities"),
        "people": translate("Navigation", "People"),
        "reports": translate("Navigation", "Reports"),
        "export": translate("Navigation", "Export"),
        "settings": translate("Navigation", "Settings"),
        "cvc": translate("Navigation", "CVC"),
    }
    return titles[key]


def make_page(key: str, ctx: UiContext) -> Page:
    """Pages are imported and built when first shown, so the window appears sooner."""
    factories: dict[str, Callable[[], Page]] = {
        "log": lambda: _log(ctx),
        "activities": lambda: _activities(ctx),
        "people": lambda: _people(ctx),
        "reports": lambda: _reports(ctx),
        "export": lambda: _export(ctx),
        "settings": lambda: _settings(ctx),
        "cvc": lambda: _cvc(ctx),
    }
    return factories[key]()


def _log(ctx: UiContext) -> Page:
    from volunteer_app.ui.log.log_page import LogPage
    from volunteer_app.ui.shell.log_sections import LogSections

    page = LogPage(ctx)
    LogSections(page)  # regular sessions and sign-in, from their own features
    return page


def _export(ctx: UiContext) -> Page:
    from volunteer_app.ui.cvc_export.export_page import ExportPage

    return ExportPage(ctx)


def _settings(ctx: UiContext) -> Page:
    from volunteer_app.ui.settings.settings_page import SettingsPage

    return SettingsPage(ctx)


def _activities(ctx: UiContext) -> Page:
    from volunteer_app.ui.activities.activities_page import ActivitiesPage

    return ActivitiesPage(ctx)


def _people(ctx: UiContext) -> Page:
    from volunteer_app.ui.people.people_page import PeoplePage

    return PeoplePage(ctx)


def _reports(ctx: UiContext) -> Page:
    from volunteer_app.ui.reports.reports_page import ReportsPage

    return ReportsPage(ctx)


def _cvc(ctx: UiContext) -> Page:
    from volunteer_app.ui.cvc.cvc_page import CvcPage

    return CvcPage(ctx)
