"""The export preview's rows in plain words, in the window's language.

The file itself keeps its codes (`volunteers_unique`, `age_band`, `16_24`, `suppressed`): a
CVC reads them by machine. These words are for the coordinator checking what will leave.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from volunteer_app.domain.disclosure import Status
from volunteer_app.domain.places import PlaceType
from volunteer_app.domain.summary import SummaryRow
from volunteer_app.domain.summary_community import PULSE_STATEMENT_CODES
from volunteer_app.ui.kit.community_words import place_type_label, statement_short
from volunteer_app.ui.kit.labels import activity_code_label, age_band_label

translate = QCoreApplication.translate


def _measure(code: str) -> str:
    return {
        "events_held": translate("SummaryWords", "Activities held"),
        "volunteers_unique": translate("SummaryWords", "Volunteers"),
        "volunteer_sessions": translate("SummaryWords", "Volunteer sessions"),
        "volunteer_hours": translate("SummaryWords", "Volunteer hours"),
        "participants_attendance": translate("SummaryWords", "Participants"),
        "pulse_responses": translate("SummaryWords", "Pulse cards collected"),
        "pulse_agree": translate("SummaryWords", "Pulse cards that agreed"),
    }.get(code, code)


def _unit_note(measure: str) -> str:
    """What is counted, where the measure's name alone does not say."""
    return {
        "volunteers_unique": translate("SummaryWords", "people, each once"),
        "participants_attendance": translate("SummaryWords", "attendances"),
    }.get(measure, "")


def _category(breakdown: str, category: str) -> str:
    if breakdown == "none":
        return ""
    if breakdown == "age_band":
        return translate("SummaryWords", "age %1").replace("%1", age_band_label(category))
    if breakdown == "activity_type":
        return activity_code_label(category)
    if breakdown == "place_type" and category in {t.value for t in PlaceType}:
        return place_type_label(PlaceType(category))
    if breakdown == "pulse_statement" and category in PULSE_STATEMENT_CODES:
        return statement_short(category)
    return {
        ("welsh_speaker", "yes"): translate("SummaryWords", "Welsh speakers"),
        ("welsh_speaker", "learning"): translate("SummaryWords", "learning Welsh"),
        ("welsh_speaker", "no"): translate("SummaryWords", "not Welsh speakers"),
        ("welsh_speaker", "not_known"): translate("SummaryWords", "Welsh not known"),
        ("volunteer_status", "new"): translate("SummaryWords", "new this period"),
        ("volunteer_status", "returning"): translate("SummaryWords", "returning"),
    }.get((breakdown, category), category)


def _status(row: SummaryRow) -> str:
    if row.status is Status.SUPPRESSED:
        if row.unit == "hours":
            return translate("SummaryWords", "withheld: fewer than 5 people")
        return translate("SummaryWords", "withheld: fewer than 5")
    if row.status is Status.SECONDARY_SUPPRESSED:
        return translate("SummaryWords", "withheld: so another cannot be worked out")
    if row.value == 0:
        return translate("SummaryWords", "none")
    if row.measure == "events_held":
        return translate("SummaryWords", "exact")
    return translate("SummaryWords", "rounded to 5")


def row_in_words(row: SummaryRow) -> str:
    """What one line of the file counts, e.g. "Volunteers (people, each once): rounded to 5",
    "Volunteers, age 16 to 24: withheld: fewer than 5"."""
    what = _measure(row.measure)
    category = _category(row.breakdown, row.category)
    if category:
        what = translate("SummaryWords", "%1, %2").replace("%1", what).replace("%2", category)
    note = _unit_note(row.measure) if not category else ""  # said once, on the total
    if note:
        what = translate("SummaryWords", "%1 (%2)").replace("%1", what).replace("%2", note)
    return translate("SummaryWords", "%1: %2").replace("%1", what).replace("%2", _status(row))


def words_heading() -> str:
    return translate("SummaryWords", "What it counts")
