"""The event pulse of an activity: the grid's tallies, and one card at a time at the door."""

from __future__ import annotations

import uuid

from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.pulse import Answer, PulseTally, validate_tally
from volunteer_app.domain.pulse.tally import CARD_STATEMENTS
from volunteer_app.storage.community import pulse_repo
from volunteer_app.storage.database import Database


class PulseService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def tally(self, activity_id: uuid.UUID) -> PulseTally:
        return pulse_repo.get_tally(self._db, activity_id)

    def save(self, activity_id: uuid.UUID, tally: PulseTally) -> None:
        """Validated before anything is written; an empty pulse removes it."""
        validate_tally(tally)
        self._check_activity(activity_id)
        with self._db.transaction() as tx:
            pulse_repo.put_tally(tx, activity_id, tally)

    def add_card(self, activity_id: uuid.UUID, answers: dict[str, Answer]) -> PulseTally:
        """One card from the door: the tallies go up, nothing about the person is kept."""
        unknown = set(answers) - set(CARD_STATEMENTS)
        if unknown:
            raise ValidationError("pulse.unknown_statement", "Unknown statement.", field="answers")
        self._check_activity(activity_id)
        with self._db.transaction() as tx:
            tally = pulse_repo.get_tally_in(tx, activity_id).with_card(answers)
            validate_tally(tally)
            pulse_repo.put_tally(tx, activity_id, tally)
        return tally

    def _check_activity(self, activity_id: uuid.UUID) -> None:
        found = pulse_repo.activity_exists(self._db, activity_id)
        if not found:
            raise ValidationError(
                "pulse.no_activity",
                "That activity is not on file (deleted?).",
                field="activity",
            )
