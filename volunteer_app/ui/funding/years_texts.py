"""The translated words of the years side by side, shared by the view and the A4 page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from volunteer_app.domain.funding.figures import Change, Figure
from volunteer_app.domain.funding.years import ReportYear, YearKind

translate = QCoreApplication.translate
TENTHS = frozenset({Figure.VOLUNTEER_HOURS, Figure.RETENTION_PERCENT})


def figure_names() -> dict[Figure, str]:
    return {
        Figure.ACTIVITIES: translate("YearsView", "Activities"),
        Figure.VOLUNTEERS: translate("YearsView", "Volunteers (people)"),
        Figure.NEW_VOLUNTEERS: translate("YearsView", "New volunteers"),
        Figure.RETURNING_VOLUNTEERS: translate("YearsView", "Returning volunteers"),
        Figure.RETAINED: translate("YearsView", "Came again from the year before"),
        Figure.LAST_YEAR_VOLUNTEERS: translate("YearsView", "Volunteers the year before"),
        Figure.RETENTION_PERCENT: translate("YearsView", "Retention (%)"),
        Figure.VOLUNTEER_HOURS: translate("YearsView", "Volunteer hours"),
        Figure.PARTICIPANTS: translate("YearsView", "Participants (attendances)"),
        Figure.UNNAMED_HELPERS: translate("YearsView", "Unnamed helpers (headcount)"),
    }


def kind_name(kind: YearKind) -> str:
    if kind.code == "financial":
        return translate("YearsView", "Financial years (April to March)")
    if kind.code == "calendar":
        return translate("YearsView", "Calendar years")
    month = QLocale().standaloneMonthName(kind.start_month)
    return translate("YearsView", "Grant years from %1").replace("%1", month)


def year_heading(year: ReportYear) -> str:
    if year.in_progress:
        return translate("YearsView", "%1 (to date)").replace("%1", year.label)
    return year.label


def value_text(value: int | None, tenths: bool, has_data: bool) -> str:
    if not has_data:
        return translate("YearsView", "no data")
    if value is None:
        return "—"
    locale = QLocale()
    return locale.toString(value / 10, "f", 1) if tenths else locale.toString(value)


def change_text(found: Change | None, tenths: bool) -> str:
    """+10 (+12.5%); a change from nothing has no percentage."""
    if found is None:
        return ""
    locale = QLocale()
    amount = (
        locale.toString(found.difference / 10, "f", 1)
        if tenths
        else locale.toString(found.difference)
    )
    if found.difference > 0:
        amount = "+" + amount
    if found.percent_tenths is None:
        return amount
    percent = locale.toString(found.percent_tenths / 10, "f", 1)
    if found.percent_tenths > 0:
        percent = "+" + percent
    return f"{amount} ({percent}%)"
