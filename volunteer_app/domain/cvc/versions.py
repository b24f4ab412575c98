"""What each version of ``vcs-summary`` contains: rows, units and codes (export-policy.md).

Version 1.1 keeps the 19 columns and every 1.0 row and adds rows, so a reader tells the two
apart by ``schema_version`` and checks each file against its own version's rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from volunteer_app.domain.summary import BREAKDOWN_CODES, MEASURES

PLACE_TYPES = (
    "community_hall",
    "faith_building",
    "library",
    "school_college",
    "sports_leisure",
    "pub_cafe_shop",
    "health_care",
    "outdoors",
    "home_visit",
    "online_phone",
    "other",
    "not_known",
)
PULSE_STATEMENTS = (
    "belong",
    "get_on_well",
    "respect",
    "sense_of_community",
    "trust_people",
    "trust_institutions",
    "met_someone_new",
)

BREAKDOWNS_1_1: dict[str, tuple[str, ...]] = {
    **BREAKDOWN_CODES,
    "place_type": PLACE_TYPES,
    "pulse_statement": PULSE_STATEMENTS,
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

# Published exactly (rule 1): not about people.
EXACT_MEASURES = frozenset({"events_held"})
# Breakdowns whose categories do not add up to a total: no secondary suppression (1.1).
OVERLAPPING_BREAKDOWNS = frozenset({"pulse_statement"})
# Breakdowns whose categories split the measure's total exactly (each person, session, minute
# or attendance falls in one category), so a category is at most the total minus the others.
PARTITIONS = frozenset({"age_band", "welsh_speaker", "volunteer_status", "activity_type"})


@dataclass(frozen=True)
class VersionSpec:
    version: str
    measures: dict[str, tuple[str, tuple[str, ...]]]
    breakdowns: dict[str, tuple[str, ...]]

    def row_keys(self) -> tuple[tuple[str, str, str], ...]:
        """Every (measure, breakdown, category) of a file of this version, in file order."""
        return tuple(
            (measure, breakdown, category)
            for measure, (_, breakdowns) in self.measures.items()
            for breakdown in breakdowns
            for category in self.breakdowns[breakdown]
        )

    def unit(self, measure: str) -> str:
        return self.measures[measure][0]

    @cached_property
    def expected_cells(self) -> list[list[str]]:
        """Each row's measure, unit, breakdown and category, as a file's line has them."""
        return [[m, self.unit(m), b, c] for m, b, c in self.row_keys()]

    @cached_property
    def breakdown_spans(self) -> list[tuple[int, int]]:
        """(first, past the last) row index of each measure x breakdown, in file order."""
        spans: list[tuple[int, int]] = []
        start = 0
        for _, (_, breakdowns) in self.measures.items():
            for breakdown in breakdowns:
                end = start + len(self.breakdowns[breakdown])
                spans.append((start, end))
                start = end
        return spans

    @cached_property
    def positions(self) -> list[int]:
        """Where each of this version's rows sits in ``ALL_ROW_KEYS`` (the combined order)."""
        index = {key: i for i, key in enumerate(ALL_ROW_KEYS)}
        return [index[key] for key in self.row_keys()]


VERSIONS: dict[str, VersionSpec] = {
    "1.0": VersionSpec("1.0", dict(MEASURES), dict(BREAKDOWN_CODES)),
    "1.1": VersionSpec("1.1", MEASURES_1_1, BREAKDOWNS_1_1),
}

# Every row a reader may meet, in the order of the newest version: the combined table's order.
ALL_ROW_KEYS: tuple[tuple[str, str, str], ...] = VERSIONS["1.1"].row_keys()
ONLY_IN_1_1 = frozenset(ALL_ROW_KEYS) - frozenset(VERSIONS["1.0"].row_keys())
