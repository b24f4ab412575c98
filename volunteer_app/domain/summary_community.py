"""Summary version 1.1: the 1.0 rows plus place types and the event pulse (export-policy.md,
"Version 1.1"), with disclosure rule 8."""

from __future__ import annotations

from volunteer_app.domain.disclosure import (
    Cell,
    Status,
    control_count,
    control_exact,
    secondary_suppress,
)
from volunteer_app.domain.places import PlaceType
from volunteer_app.domain.summary import (
    BREAKDOWN_CODES,
    MEASURES,
    SummaryFacts,
    SummaryRow,
    _cells,
)

VERSION_1_1 = "1.1"
PULSE_MIN_CARDS = 10  # rule 8: fewer cards than this and no agree count is shown

PULSE_STATEMENT_CODES = (
    "belong",
    "get_on_well",
    "respect",
    "sense_of_community",
    "trust_people",
    "trust_institutions",
    "met_someone_new",
)

BREAKDOWN_CODES_1_1: dict[str, tuple[str, ...]] = {
    **BREAKDOWN_CODES,
    "place_type": tuple(c.value for c in PlaceType),
    "pulse_statement": PULSE_STATEMENT_CODES,
}

MEASURES_1_1: dict[str, tuple[str, tuple[str, ...]]] = {
    "events_held": ("events", ("none", "place_type")),
    "volunteers_unique": MEASURES["volunteers_unique"],
    "volunteer_sessions": MEASURES["volunteer_sessions"],
    "volunteer_hours": MEASURES["volunteer_hours"],
    "participants_attendance": ("people", ("none", "activity_type", "place_type")),
    "pulse_responses": ("responses", ("none",)),
    "pulse_agree": ("responses", ("pulse_statement",)),
}

# Their categories overlap and add up to nothing: rule 5 does not apply.
NO_SECONDARY = frozenset({"pulse_statement"})


def _pulse_agree(facts: SummaryFacts) -> list[Cell]:
    cells = []
    for code in PULSE_STATEMENT_CODES:
        n = facts.pulse_agree.get(code, 0)
        if 0 < facts.pulse_cards < PULSE_MIN_CARDS:
            cells.append(Cell(code, n, None, Status.SUPPRESSED))  # rule 8
        else:
            cells.append(control_count(code, n))
    return cells


def _cells_1_1(facts: SummaryFacts, measure: str, breakdown: str) -> list[Cell]:
    places = BREAKDOWN_CODES_1_1["place_type"]
    if breakdown == "place_type":
        by_place = facts.by_place_type
        if measure == "events_held":
            return [
                control_exact(c, by_place[c].events_held if c in by_place else 0) for c in places
            ]
        return [control_count(c, by_place[c].participants if c in by_place else 0) for c in places]
    if measure == "pulse_responses":
        return [control_count("total", facts.pulse_cards)]
    if measure == "pulse_agree":
        return _pulse_agree(facts)
    return _cells(facts, measure, breakdown)


def build_rows_1_1(facts: SummaryFacts) -> list[SummaryRow]:
    """Every row of a 1.1 summary, in the schema's fixed order, disclosure control applied."""
    rows: list[SummaryRow] = []
    for measure, (unit, breakdowns) in MEASURES_1_1.items():
        for breakdown in breakdowns:
            cells = _cells_1_1(facts, measure, breakdown)
            if breakdown != "none" and breakdown not in NO_SECONDARY:
                cells = secondary_suppress(cells)
            rows.extend(
                SummaryRow(measure, unit, breakdown, c.category, c.value, c.status, c.raw)
                for c in cells
            )
    return rows
