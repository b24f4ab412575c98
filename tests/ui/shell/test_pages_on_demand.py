"""Pages are built when first shown, after the start: one built late still gets the data
that is open and the language chosen meanwhile."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow


def test_a_page_built_after_a_language_switch_reads_in_that_language(
    window: MainWindow,
    ctx: UiContext,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    assert "reports" not in window.pages  # neither the home page nor built in idle time
    ctx.switch_language("cy")
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "Gweithgareddau")
    window.show_page("reports")
    page = window.page("reports")
    assert page.services is ctx.services  # the data opened before it existed
    headings = [label.text() for label in page.findChildren(QLabel)]
    assert "Adroddiadau" in headings and "Reports" not in headings
    ctx.switch_language("en")
    qtbot.waitUntil(lambda: "Reports" in [label.text() for label in page.findChildren(QLabel)])
