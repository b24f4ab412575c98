"""The Community section of Reports: cards, shares agreeing, activity by place type."""

from __future__ import annotations

from dataclasses import dataclass

from volunteer_app.domain.periods import Period
from volunteer_app.domain.places import PlaceType
from volunteer_app.domain.summary_community import PULSE_MIN_CARDS, PULSE_STATEMENT_CODES
from volunteer_app.storage.community.community_query import community_facts
from volunteer_app.storage.database import Database


@dataclass(frozen=True)
class StatementShare:
    code: str
    agreed: int
    percent: int | None  # whole percent, None when too few cards to show any share


@dataclass(frozen=True)
class PlaceShare:
    place_type: PlaceType
    activities: int  # group activities (events) held there
    participants: int


@dataclass(frozen=True)
class CommunityReport:
    cards: int
    statements: list[StatementShare]
    places: list[PlaceShare]  # every place type, in code order

    @property
    def enough_cards(self) -> bool:
        return self.cards >= PULSE_MIN_CARDS


def percent(part: int, whole: int) -> int:
    """Half up, in integers (round() rounds half to even)."""
    return (200 * part + whole) // (2 * whole)


class CommunityReportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def report(self, period: Period, project_id: str | None = None) -> CommunityReport:
        """The period's community figures, over every activity or the project's only."""
        by_place, cards, agrees = community_facts(self._db, period, project_id)
        enough = cards >= PULSE_MIN_CARDS
        statements = [
            StatementShare(
                code, agrees.get(code, 0), percent(agrees.get(code, 0), cards) if enough else None
            )
            for code in PULSE_STATEMENT_CODES
        ]
        places = [
            PlaceShare(
                t,
                by_place[t.value].events_held if t.value in by_place else 0,
                by_place[t.value].participants if t.value in by_place else 0,
            )
            for t in PlaceType
        ]
        return CommunityReport(cards, statements, places)
