"""Named people: the list, their optional details, merging duplicates, archiving."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from volunteer_app.domain.codes import AgeBand, WelshSpeaker
from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.validation import clean_text
from volunteer_app.domain.values import MergeRecord, PersonDetails, PersonRow
from volunteer_app.storage import people_repo
from volunteer_app.storage.database import Database

MAX_NAME = 120
MAX_CONTACT = 200
MAX_NOTES = 2000


def validate_person(details: PersonDetails) -> PersonDetails:
    name = clean_text(details.name)
    if not name:
        raise ValidationError("person.no_name", "A name is needed.", field="name")
    if len(name) > MAX_NAME:
        raise ValidationError(
            "person.name_too_long", "The name is too long.", field="name", limit=MAX_NAME
        )
    contact = clean_text(details.contact)
    if len(contact) > MAX_CONTACT:
        raise ValidationError(
            "person.contact_too_long",
            "The contact is too long.",
            field="contact",
            limit=MAX_CONTACT,
        )
    if details.age_band not in {a.value for a in AgeBand}:
        raise ValidationError("person.bad_age_band", "Choose an age band.", field="age_band")
    if details.welsh_speaker not in {w.value for w in WelshSpeaker}:
        raise ValidationError("person.bad_welsh", "Choose an answer.", field="welsh_speaker")
    notes = details.notes.strip()
    if len(notes) > MAX_NOTES:
        raise ValidationError(
            "person.notes_too_long", "The notes are too long.", field="notes", limit=MAX_NOTES
        )
    return replace(details, name=name, contact=contact, notes=notes)


class PeopleService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self, start: date, end: date) -> list[PersonRow]:
        return people_repo.list_people(self._db, start, end)

    def load(self, person_id: uuid.UUID) -> PersonDetails | None:
        return people_repo.load_person(self._db, person_id)

    def update(self, details: PersonDetails) -> PersonDetails:
        clean = validate_person(details)
        with self._db.transaction() as tx:
            people_repo.save_person(tx, clean)
        return clean

    def set_archived(self, person_id: uuid.UUID, archived: bool) -> PersonDetails | None:
        """Archive (hidden when logging, kept in totals) or bring back; returns the before."""
        before = self.load(person_id)
        if before is not None:
            with self._db.transaction() as tx:
                people_repo.save_person(tx, replace(before, archived=archived))
        return before

    def merge(self, keep_id: uuid.UUID, other_id: uuid.UUID) -> MergeRecord:
        if keep_id == other_id:
            raise ValidationError(
                "person.merge_same", "Choose two different people.", field="people"
            )
        if self.load(keep_id) is None or self.load(other_id) is None:
            raise ValidationError(
                "person.gone", "That person is no longer on file.", field="people"
            )
        with self._db.transaction() as tx:
            return people_repo.merge_people(tx, keep_id, other_id)

    def unmerge(self, record: MergeRecord) -> None:
        with self._db.transaction() as tx:
            people_repo.unmerge_people(tx, record)
