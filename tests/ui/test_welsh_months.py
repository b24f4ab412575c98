"""Month names in Welsh sentences: after "i" (to) and "o" (from) a month's name mutates
(i Fawrth, o Fedi), so the Welsh wording is built where the month's name needs no mutation;
an unmutated "i Mawrth" or "o Medi" is wrong Welsh on every quarter and every grant year.
The same for the day an A4 page was made."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from volunteer_app.domain.funding.years import YearKind
from volunteer_app.domain.periods import quarter
from volunteer_app.ui.funding.years_texts import kind_name
from volunteer_app.ui.kit.period_picker import period_label
from volunteer_app.ui.shell.context import UiContext


def test_welsh_quarters_name_their_months_as_welsh_writes_them(ctx: UiContext) -> None:
    ctx.translations.switch("cy")
    assert [period_label(quarter(2026, q)) for q in (1, 2, 3, 4)] == [
        "Ionawr–Mawrth 2026 (chwarter 1)",
        "Ebrill–Mehefin 2026 (chwarter 2)",
        "Gorffennaf–Medi 2026 (chwarter 3)",
        "Hydref–Rhagfyr 2026 (chwarter 4)",
    ]
    ctx.translations.switch("en")
    assert period_label(quarter(2026, 3)) == "July to September 2026 (quarter 3)"


def test_welsh_grant_years_say_the_month_after_mis(ctx: UiContext) -> None:
    ctx.translations.switch("cy")
    assert kind_name(YearKind(9, grant=True)) == "Blynyddoedd grant o fis Medi"
    assert kind_name(YearKind(3, grant=True)) == "Blynyddoedd grant o fis Mawrth"
    ctx.translations.switch("en")
    assert kind_name(YearKind(9, grant=True)) == "Grant years from September"


def test_welsh_a4_pages_date_themselves_without_a_mutation_missed(ctx: UiContext) -> None:
    """"ar Dydd Sul" (for "ar ddydd Sul") and "gyda Cofnod" (for "gyda Chofnod") on every
    Welsh A4 summary and years report: the date and the app's name go where Welsh leaves
    them as they are."""
    ctx.translations.switch("cy")
    day = QLocale().toString(date(2026, 11, 29), QLocale.FormatType.LongFormat)
    for context in ("SummaryPdf", "YearsPdf"):
        made = (
            QCoreApplication.translate(
                context, "Made with %1 on %2. Exact figures for the group's own use."
            )
            .replace("%1", "Cofnod Gwirfoddoli Cymunedol")
            .replace("%2", day)
        )
        assert made.startswith(
            "Gwnaed gyda'r ap Cofnod Gwirfoddoli Cymunedol. Dyddiad: Dydd Sul, 29 Tachwedd 2026."
        ), made
