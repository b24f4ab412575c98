"""The six figures of a period, shared by the Reports page's tiles and the A4 summary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from volunteer_app.domain.values import DashboardFigures, hours_tenths

translate = QCoreApplication.translate
TILES = (
    "activities",
    "distinct_volunteers",
    "new_volunteers",
    "volunteer_hours",
    "participants",
    "unnamed_volunteers",
)


def tile_texts(f: DashboardFigures | None) -> dict[str, tuple[str, str, str]]:
    """Each tile's number, caption and explanation, in the app's language (the A4 summary
    shows the same)."""
    locale = QLocale()

    def number(value: int | None) -> str:
        return "—" if value is None else locale.toString(value)

    hours = None if f is None else locale.toString(hours_tenths(f.volunteer_minutes) / 10, "f", 1)
    return {
        "activities": (
            number(f and f.activities),
            translate("ReportsPage", "Activities"),
            translate("ReportsPage", "Group activities and individual help logged"),
        ),
        "distinct_volunteers": (
            number(f and f.distinct_volunteers),
            translate("ReportsPage", "Volunteers (people)"),
            translate("ReportsPage", "Named people who volunteered, each counted once"),
        ),
        "new_volunteers": (
            number(f and f.new_volunteers),
            translate("ReportsPage", "New volunteers"),
            translate("ReportsPage", "Named volunteers whose first time was in this period"),
        ),
        "volunteer_hours": (
            hours or "—",
            translate("ReportsPage", "Volunteer hours"),
            translate(
                "ReportsPage",
                "Named volunteers' hours plus unnamed helpers' for the whole activity",
            ),
        ),
        "participants": (
            number(f and f.participants),
            translate("ReportsPage", "Participants (attendances)"),
            translate("ReportsPage", "Each participant counted at every activity they came to"),
        ),
        "unnamed_volunteers": (
            number(f and f.unnamed_volunteers),
            translate("ReportsPage", "Unnamed helpers (headcount)"),
            translate(
                "ReportsPage", "Volunteers counted without names, summed over the activities"
            ),
        ),
    }
