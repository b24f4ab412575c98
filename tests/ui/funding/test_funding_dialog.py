"""Settings > Projects and outputs: added from the dialog, refused with a clear message
when a date runs backwards, and shown by the Over the years view."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from volunteer_app.services.funding.projects import FundingService
from volunteer_app.ui.funding.funding_dialog import FundingDialog
from volunteer_app.ui.settings.settings_page import SettingsPage
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow


def test_projects_and_outputs_from_settings(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot
) -> None:
    assert ctx.services is not None
    walk = ctx.services.activities.add_type("Litter pick", "practical_help")
    window.show_page("settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    assert page.funding_box.button.isVisible()
    dialog = FundingDialog(ctx, page)
    qtbot.addWidget(dialog)
    dialog.name.setText("Awards for All")
    dialog.funder.setText("National Lottery")
    dialog.start.setDate(QDate(2025, 4, 1))
    dialog.end.setDate(QDate(2024, 4, 1))
    dialog.add_project_button.click()
    assert "ends before it starts" in dialog.problem.text()
    dialog.open_ended.setChecked(True)
    dialog.project_types.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.add_project_button.click()
    assert dialog.problem.text() == "" and dialog.projects.count() == 1
    dialog.output_name.setText("Bags of litter")
    dialog.output_cy.setText("Bagiau sbwriel")
    dialog.output_types.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.add_output_button.click()
    assert dialog.outputs.item(0).text() == "Bags of litter / Bagiau sbwriel"
    funding = FundingService(ctx.services.database)
    (project,) = funding.projects()
    assert (project.funder, project.start, project.end) == (
        "National Lottery",
        date(2025, 4, 1),
        None,
    )
    assert funding.defaults_for(walk.id.hex) == [project.id]
    assert [o.name for o in funding.outputs_for_type(walk.id.hex)] == ["Bags of litter"]
    ctx.switch_language("cy")
    qtbot.waitUntil(lambda: dialog.windowTitle() != "Projects and outputs")
