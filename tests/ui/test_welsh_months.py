"""Month names in Welsh sentences: after "i" (to) and "o" (from) a month's name mutates
(i Fawrth, o Fedi), so the Welsh wording is built where the month's name needs no mutation;
an unmutated "i Mawrth" or "o Medi" is wrong Welsh on every quarter and every grant year."""

from __future__ import annotations

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
