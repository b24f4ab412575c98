"""Words for the community codes (place types, pulse statements and answers, the 1.1 rows
and their errors), shared by every page that shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from volunteer_app.domain.disclosure import Status
from volunteer_app.domain.places import PlaceType
from volunteer_app.domain.summary import SummaryRow

translate = QCoreApplication.translate


def place_type_label(code: PlaceType) -> str:
    return {
        PlaceType.COMMUNITY_HALL: translate("Places", "Community hall"),
        PlaceType.FAITH_BUILDING: translate("Places", "Faith building"),
        PlaceType.LIBRARY: translate("Places", "Library"),
        PlaceType.SCHOOL_COLLEGE: translate("Places", "School or college"),
        PlaceType.SPORTS_LEISURE: translate("Places", "Sports or leisure centre"),
        PlaceType.PUB_CAFE_SHOP: translate("Places", "Pub, café or shop"),
        PlaceType.HEALTH_CARE: translate("Places", "Health or care setting"),
        PlaceType.OUTDOORS: translate("Places", "Outdoors"),
        PlaceType.HOME_VISIT: translate("Places", "Someone's home"),
        PlaceType.ONLINE_PHONE: translate("Places", "Online or by phone"),
        PlaceType.OTHER: translate("Places", "Other"),
        PlaceType.NOT_KNOWN: translate("Places", "Not known"),
    }[code]


def statement_short(code: str) -> str:
    """A statement in a few words, for tables and charts."""
    return {
        "belong": translate("Pulse", "Belong to the area"),
        "get_on_well": translate("Pulse", "People get on well"),
        "respect": translate("Pulse", "Treat each other with respect"),
        "sense_of_community": translate("Pulse", "Sense of community (all three)"),
        "trust_people": translate("Pulse", "Trust people here"),
        "trust_institutions": translate("Pulse", "Trust council and services"),
        "met_someone_new": translate("Pulse", "Met someone new"),
    }[code]


def answer_label(code: str) -> str:
    return {
        "agree": translate("Pulse", "Agree"),
        "not_sure": translate("Pulse", "Not sure"),
        "disagree": translate("Pulse", "Disagree"),
    }[code]


def community_row_explanation(row: SummaryRow) -> str | None:
    """Why a 1.1 row is what it is, where the general words do not fit; else None."""
    pulse = row.measure == "pulse_agree"
    # Rule 8 (a 1 to 4 count is hidden by the general rule, whose words then fit too).
    if pulse and row.status is Status.SUPPRESSED and (row.raw == 0 or row.raw >= 5):
        return translate(
            "Summary",
            "Hidden: fewer than 10 cards were collected in this period, too few for any "
            "share to mean anything.",
        )
    if pulse and row.category == "sense_of_community" and row.value:
        return translate(
            "Summary",
            "Cards that agreed with all three of the first statements; rounded to the nearest 5.",
        )
    if row.breakdown == "place_type" and row.measure == "events_held":
        return translate("Summary", "Exact: this counts events at each kind of place.")
    return None


def community_error_texts(params: dict[str, object]) -> dict[str, str]:
    """Places and pulse errors, worded for the window (their parameters filled in)."""
    statement = str(params.get("statement", ""))
    return {
        "place.unknown_type": translate(
            "Messages", "That is not a type of place: choose one from the list."
        ),
        "place.not_found": translate("Messages", "There is no place called “%1”."),
        "place.empty_name": translate("Messages", "A place needs a name."),
        "place.name_too_long": translate(
            "Messages", "The place is too long: use at most %1 characters."
        ),
        "place.name_taken": translate(
            "Messages", "“%1” is already a place: merge the two instead."
        ),
        "place.merge_same": translate("Messages", "Choose two different places to merge."),
        "pulse.cards_range": translate("Messages", "The number of cards is too large."),
        "pulse.negative": translate("Messages", "Counts are never negative."),
        "pulse.unknown_statement": translate("Messages", "That statement is not on the card."),
        "pulse.no_activity": translate(
            "Messages", "That activity is no longer on file, so nothing was recorded."
        ),
        "pulse.answers_above_cards": translate(
            "Messages",
            "More answers to “%1” than cards handed in: no card has two answers to one "
            "statement. Check the counts.",
        ).replace("%1", statement_short(statement) if statement in _STATEMENTS else statement),
        "pulse.all_three_above_agree": translate(
            "Messages",
            "“Agreed with all three” cannot be more than the agree count of any of the first "
            "three statements.",
        ),
    }


_STATEMENTS = frozenset(
    ("belong", "get_on_well", "respect", "trust_people", "trust_institutions", "met_someone_new")
)
