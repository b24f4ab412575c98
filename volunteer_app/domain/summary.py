"""The anonymised summary (schema ``vcs-summary`` 1.0): measures, breakdowns and row order.

Storage gathers the unrounded facts for a period; this module turns them into controlled
rows. Nothing here knows about files, databases or Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from volunteer_app.domain.codes import ActivityTypeCode, AgeBand, VolunteerStatus, WelshSpeaker
from volunteer_app.domain.disclosure import (
    Cell,
    Status,
    control_count,
    control_exact,
    control_hours,
    secondary_suppress,
)

SCHEMA_NAME = "vcs-summary"
SCHEMA_VERSION = "1.0"

BREAKDOWN_CODES: dict[str, tuple[str, ...]] = {
    "none": ("total",),
    "age_band": tuple(c.value for c in AgeBand),
    "welsh_speaker": tuple(c.value for c in WelshSpeaker),
    "volunteer_status": tuple(c.value for c in VolunteerStatus),
    "activity_type": tuple(c.value for c in ActivityTypeCode),
}

# measure -> (unit, breakdowns in output order)
MEASURES: dict[str, tuple[str, tuple[str, ...]]] = {
    "events_held": ("events", ("none",)),
    "volunteers_unique": ("people", ("none", "age_band", "welsh_speaker", "volunteer_status")),
    "volunteer_sessions": ("sessions", ("none", "activity_type")),
    "volunteer_hours": ("hours", ("none", "activity_type")),
    "participants_attendance": ("people", ("none", "activity_type")),
}


@dataclass(frozen=True)
class TypeFacts:
    """Unrounded figures for the activities of one standard activity type."""

    volunteer_sessions: int = 0  # named volunteer/organiser participations + unnamed headcounts
    volunteer_minutes: int = 0  # their minutes + each headcount x that activity's duration
    named_volunteers: int = 0  # distinct named volunteers/organisers
    max_headcount: int = 0  # largest unnamed volunteer headcount at any one activity
    participants: int = 0  # named participants + participant headcounts


@dataclass(frozen=True)
class PlaceFacts:
    """Unrounded figures for the activities held at places of one place type (1.1)."""

    events_held: int = 0  # group activities, as events_held counts them
    participants: int = 0  # named participants + participant headcounts


@dataclass(frozen=True)
class SummaryFacts:
    events_held: int = 0
    volunteers_total: int = 0  # distinct named volunteers/organisers in the period
    by_age_band: Mapping[str, int] = field(default_factory=dict)
    by_welsh_speaker: Mapping[str, int] = field(default_factory=dict)
    by_status: Mapping[str, int] = field(default_factory=dict)
    by_type: Mapping[str, TypeFacts] = field(default_factory=dict)
    # Version 1.1: by place type, and the pulse cards (``pulse_agree`` keys are statement
    # codes, ``sense_of_community`` included).
    by_place_type: Mapping[str, PlaceFacts] = field(default_factory=dict)
    pulse_cards: int = 0
    pulse_agree: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class SummaryRow:
    measure: str
    unit: str
    breakdown: str
    category: str
    value: int | None
    status: Status
    raw: int  # unrounded; kept for the preview's explanations, never written to the file

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.measure, self.breakdown, self.category)


def _type(facts: SummaryFacts, code: str) -> TypeFacts:
    return facts.by_type.get(code, TypeFacts())


def _cells(facts: SummaryFacts, measure: str, breakdown: str) -> list[Cell]:
    codes = BREAKDOWN_CODES[breakdown]
    types = [_type(facts, c) for c in BREAKDOWN_CODES["activity_type"]]
    if measure == "events_held":
        return [control_exact("total", facts.events_held)]
    if measure == "volunteers_unique":
        if breakdown == "none":
            return [control_count("total", facts.volunteers_total)]
        source = {
            "age_band": facts.by_age_band,
            "welsh_speaker": facts.by_welsh_speaker,
            "volunteer_status": facts.by_status,
        }[breakdown]
        return [control_count(c, source.get(c, 0)) for c in codes]
    if measure == "volunteer_hours":
        if breakdown == "none":
            contributors = facts.volunteers_total + max((t.max_headcount for t in types), default=0)
            return [control_hours("total", sum(t.volunteer_minutes for t in types), contributors)]
        return [
            control_hours(
                c,
                _type(facts, c).volunteer_minutes,
                _type(facts, c).named_volunteers + _type(facts, c).max_headcount,
            )
            for c in codes
        ]
    attribute = {
        "volunteer_sessions": "volunteer_sessions",
        "participants_attendance": "participants",
    }[measure]
    if breakdown == "none":
        return [control_count("total", sum(getattr(t, attribute) for t in types))]
    return [control_count(c, getattr(_type(facts, c), attribute)) for c in codes]


def build_rows(facts: SummaryFacts) -> list[SummaryRow]:
    """Every row of the summary, in the schema's fixed order, disclosure control applied."""
    rows: list[SummaryRow] = []
    for measure, (unit, breakdowns) in MEASURES.items():
        for breakdown in breakdowns:
            cells = _cells(facts, measure, breakdown)
            if breakdown != "none":
                cells = secondary_suppress(cells)
            rows.extend(
                SummaryRow(measure, unit, breakdown, c.category, c.value, c.status, c.raw)
                for c in cells
            )
    return rows
