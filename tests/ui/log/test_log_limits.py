"""The Log form meets the limits of domain/limits.py: long text is refused with a
message at the field (never cut, pasted or typed), control characters never saved, and
the date starts at 1900."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from tests.ui.log.test_log_page import _page, _services
from volunteer_app.domain.activity import ActivityFilter
from volunteer_app.domain.limits import TEXT_LIMITS
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow


def test_a_pasted_title_over_the_limit_is_refused_whole_not_cut(
    window: MainWindow, ctx: UiContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    services = _services(ctx)
    services.activities.add_type("Walk", "practical_help")
    page = _page(window)
    page.refresh()
    form = page.form
    QApplication.clipboard().setText("T" * (TEXT_LIMITS["title"] + 5))
    form.title_edit.setFocus()
    form.title_edit.paste()
    assert len(form.title_edit.text()) == TEXT_LIMITS["title"] + 5  # nothing cut on entry
    form.people.volunteers.setValue(2)
    page.save()
    assert form.error_label.isVisible()
    assert f"at most {TEXT_LIMITS['title']} characters" in form.error_label.text()
    assert form.title_edit.hasFocus()
    assert services.group.counts().activities == 0
    form.title_edit.setText("Beach\x00 clean\x07")
    form.notes_edit.setText("tide\x1b out")
    page.save()
    saved = services.activities.page(ActivityFilter(), "date", True, 0, 5)[0]
    record = services.activities.load(saved.id)
    assert record is not None and (record.title, record.notes) == ("Beach clean", "tide out")


def test_the_date_field_starts_in_1900(window: MainWindow, ctx: UiContext) -> None:
    _services(ctx).activities.add_type("Walk", "practical_help")
    form = _page(window).form
    form.date_edit.setDate(QDate(1850, 5, 1))
    assert form.date_edit.date() == QDate(1900, 1, 1)


def test_a_group_name_over_the_limit_is_refused_not_cut(ctx: UiContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    from volunteer_app.ui.settings.welcome import WelcomeDialog

    dialog = WelcomeDialog("en")
    qtbot.addWidget(dialog)
    dialog.form.name_edit.setText("G" * (TEXT_LIMITS["group_name"] + 1))
    assert len(dialog.form.name_edit.text()) == TEXT_LIMITS["group_name"] + 1
    dialog._try_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert f"at most {TEXT_LIMITS['group_name']}" in dialog.form.errors["group_name"].text()
