"""An hours letter for a volunteer who asks: their own figures only."""

from __future__ import annotations

from datetime import date

from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.funding.letter import LetterFacts
from volunteer_app.storage.database import Database
from volunteer_app.storage.funding.letter_query import letter_facts


def hours_letter_facts(db: Database, person_id: str, start: date, end: date) -> LetterFacts:
    if end < start:
        raise ValidationError(
            "period.backwards", "The end of the range is before its start.", field="period"
        )
    facts = letter_facts(db, person_id, start, end)
    if facts is None:
        raise ValidationError("person.gone", "That person is no longer in the records.")
    return facts
