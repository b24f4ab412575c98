"""Reports > Save an A4 summary: the language, and the optional value of volunteering at
the group's own rate (with its source and year, printed beside it)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.domain.values import hours_tenths
from volunteer_app.services.preferences import load_preferences, update_preferences
from volunteer_app.services.reports import value_of_volunteering
from volunteer_app.ui.kit import common
from volunteer_app.ui.kit.dialog_base import Dialog
from volunteer_app.ui.kit.money_box import MoneyBox
from volunteer_app.ui.kit.widgets import LanguageCombo
from volunteer_app.ui.reports.project_filter import project_sentence
from volunteer_app.ui.reports.summary_pdf import ValueRate, money, summary_pdf_bytes

if TYPE_CHECKING:
    from volunteer_app.services.community.report import CommunityReport
    from volunteer_app.services.reports import PeriodReport
    from volunteer_app.ui.shell.context import UiContext


class SummaryPdfDialog(Dialog):
    def __init__(self, ctx: UiContext, report: PeriodReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPdfDialog")
        self.ctx, self.report = ctx, report
        self.saved_to: str | None = None
        prefs = load_preferences(ctx.paths.preferences_file)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        form = QFormLayout()
        self.language = LanguageCombo(self)
        self.language.set_language(ctx.language)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)
        self.value_check = QCheckBox(self)
        self.value_check.setChecked(prefs.value_rate_pence > 0)
        form.addRow(self.value_check)
        self.rate = MoneyBox(self)
        self.rate.setObjectName("valueRate")
        self.rate.setRange(0, 1000)
        self.rate.setValue(prefs.value_rate_pence / 100)
        self.source = QLineEdit(prefs.value_source, self)
        self.source.setMaxLength(200)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(prefs.value_year or date.today().year)
        self.rate_label, self.source_label, self.year_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        for label, field in (
            (self.rate_label, self.rate),
            (self.source_label, self.source),
            (self.year_label, self.year),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        self.value_shown = QLabel(self)  # the sum as the PDF will print it, checked by eye
        self.value_shown.setObjectName("valueShown")
        form.addRow("", self.value_shown)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("summaryPdfProblem")
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        self.ok_button, self.cancel_button = self.add_ok_cancel(layout, self.save)
        self.value_check.toggled.connect(self._enable)
        self.rate.valueChanged.connect(lambda _v: self._show_value())
        self._enable(self.value_check.isChecked())
        self.community: CommunityReport | None = None
        self._read_community()
        self.retranslate()

    def _read_community(self) -> None:
        """The Community block's figures, for the same period and project, read off the GUI
        thread while the coordinator reads this dialog."""

        def done(report: CommunityReport) -> None:
            self.community = report

        # A failure here is met again, and shown, when Save reads the figures itself.
        self.ctx.runner.run(self._community_job, done, lambda _exc: None)

    def _community_job(self) -> CommunityReport:
        assert self.ctx.services is not None
        project = self.report.project
        return self.ctx.services.community.report.report(
            self.report.period, project.id if project else None
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("A4 summary"))
        self.intro.setText(
            self.tr(
                "One page for your AGM or a funder: your group's name, the period, its six "
                "figures and both charts. It holds no names."
            )
            + (" " + project_sentence(self.report.project) if self.report.project else "")
        )
        self.language_label.setText(self.tr("&Language:"))
        self.value_check.setText(self.tr("Show the &value of volunteering (hours × a rate)"))
        self.rate_label.setText(self.tr("&Rate per hour:"))
        self.source_label.setText(self.tr("&Where the rate comes from:"))
        self.source.setPlaceholderText(self.tr("e.g. the Real Living Wage"))
        self.year_label.setText(self.tr("Rate for the &year:"))
        self.ok_button.setText(self.tr("&Save PDF…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_value()

    def _show_value(self) -> None:
        minutes, pence = self.report.figures.volunteer_minutes, round(self.rate.value() * 100)
        self.value_shown.setText(
            self.tr("%1 hours × %2 = %3")
            .replace("%1", QLocale().toString(hours_tenths(minutes) / 10, "f", 1))
            .replace("%2", money(pence))
            .replace("%3", money(value_of_volunteering(minutes, pence)))
        )

    def _enable(self, on: bool) -> None:
        for widget in (self.rate, self.source, self.year, self.value_shown):
            widget.setEnabled(on)

    def _rate(self) -> ValueRate | None:
        if not self.value_check.isChecked():
            return None
        pence = round(self.rate.value() * 100)
        source = " ".join(self.source.text().split())
        if pence <= 0 or not source:
            raise ValueError
        return ValueRate(pence, source, self.year.value())

    def save(self) -> None:
        try:
            rate = self._rate()
        except ValueError:
            self.problem.setText(
                self.tr("Give a rate above £0 and say where it comes from, or untick the value.")
            )
            (self.source if self.rate.value() > 0 else self.rate).setFocus()
            return
        self.problem.clear()
        name = f"volunteering-summary-{self.report.period.code.replace('..', '_to_')}"
        if self.report.project is not None:  # one per funder: not the same name as all's
            words = "".join(c if c.isalnum() else " " for c in self.report.project.name)
            name = "-".join([name, *words.split()])
        path = common.ask_save_path(
            self, self.tr("Save the A4 summary"), f"{name}.pdf", self.tr("PDF document (*.pdf)")
        )
        if path is None:
            return
        path = common.with_suffix(path, ".pdf")
        services = self.ctx.open_services()
        group = services.group.info()
        language, before = self.language.language(), self.ctx.language
        # Drawn in the chosen language: switched for the moment of drawing, then back.
        if language != before:
            self.ctx.switch_language(language, remember=False)
        try:
            if self.community is None:  # not read yet: read it now
                self.community = self._community_job()
            data = summary_pdf_bytes(
                self.report, group.name, rate, date.today(), self.community, language
            )
        finally:
            if language != before:
                self.ctx.switch_language(before, remember=False)
        problem = common.write_file(path, data)
        if problem:
            self.problem.setText(problem)
            return
        if rate is not None:
            update_preferences(
                self.ctx.paths.preferences_file,
                value_rate_pence=rate.pence_per_hour,
                value_source=rate.source,
                value_year=rate.year,
            )
        self.saved_to = str(path)
        common.offer_open(
            self,
            self.tr("A4 summary"),
            self.tr("Saved the summary as %1.").replace("%1", str(path)),
            path,
        )
        self.accept()
