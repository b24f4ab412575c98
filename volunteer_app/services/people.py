"""Named people: the list, their optional details, merging duplicates, archiving."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from volunteer_app.domain.codes import AgeBand, WelshSpeaker
from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.limits import TEXT_LIMITS, clean_notes
from volunteer_app.domain.summary_csv import neutralise, render_csv
from volunteer_app.domain.validation import clean_text
from volunteer_app.domain.values import MergeRecord, PersonDetails, PersonRow
from volunteer_app.services.files import atomic_write_bytes
from volunteer_app.storage import erasure, people_repo
from volunteer_app.storage.database import Database

MAX_NAME = TEXT_LIMITS["person_name"]
MAX_CONTACT = TEXT_LIMITS["contact"]
MAX_NOTES = TEXT_LIMITS["person_notes"]


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
    notes = clean_notes(details.notes)
    if len(notes) > MAX_NOTES:
        raise ValidationError(
            "person.notes_too_long", "The notes are too long.", field="notes", limit=MAX_NOTES
        )
    return replace(details, name=name, contact=contact, notes=notes)


def retention_cutoff(months: int, today: date) -> date:
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    return date(year, month + 1, min(today.day, 28))


class PeopleService:
    def __init__(
        self,
        db: Database,
        after_erase: Callable[[list[uuid.UUID], datetime], object] | None = None,
    ) -> None:
        self._db = db
        self._after_erase = after_erase  # cleans the kept backups too

    def rows(self, start: date, end: date) -> list[PersonRow]:
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

    def erase(self, person_ids: list[uuid.UUID]) -> int:
        """Erase people for good (UK GDPR): their details go, with those of any record
        merged into them, from the data file, its WAL and the backups the app keeps; the
        sessions and hours they gave stay in the totals, counted under no one. Cannot be
        undone."""
        everyone = list(person_ids) + erasure.merged_into(self._db, person_ids)
        with self._db.transaction() as tx:
            for person_id in everyone:
                people_repo.erase_person(tx, person_id)
            now = tx.now
        erasure.forget_on_disk(self._db)
        if self._after_erase is not None:
            self._after_erase(everyone, now)
        return len(person_ids)

    def not_seen_for(self, months: int, today: date) -> list[tuple[uuid.UUID, str]]:
        """People not seen for more than ``months``: the retention nudge."""
        return people_repo.not_seen_since(self._db, retention_cutoff(months, today))

    def export_person(self, person_id: uuid.UUID, target: Path, group_name: str) -> Path:
        """Everything held about one person, readable in a spreadsheet (subject access):
        their details, those of records merged into them, and every attendance held,
        including at deleted activities."""
        details = self.load(person_id)
        if details is None:
            raise ValidationError(
                "person.gone", "That person is no longer on file.", field="people"
            )
        merged = [m for m in map(self.load, erasure.merged_into(self._db, [person_id])) if m]
        rows: list[list[str]] = [
            [
                f"Everything {group_name or 'the group'} holds about {details.name}, made on "
                f"{date.today().isoformat()}. · Popeth sydd gan {group_name or 'y grŵp'} am "
                f"{details.name}."
            ],
            [],
            *_detail_rows(details),
        ]
        for record in merged:
            rows += [[], ["merged into this record · wedi'i gyfuno i'r cofnod hwn"]]
            rows += _detail_rows(record)
        rows += [
            [],
            [
                "date · dyddiad",
                "activity · gweithgaredd",
                "title · teitl",
                "place · lleoliad",
                "role · rôl",
                "hours · oriau",
                "status · statws",
            ],
        ]
        held = people_repo.person_activities(self._db, [person_id, *(m.id for m in merged)])
        for *cells, minutes, status in held:
            rows.append([*map(str, cells), f"{int(str(minutes)) / 60:.2f}", str(status)])
        safe = [[neutralise(cell) for cell in row] for row in rows]
        target = target.expanduser().absolute()
        atomic_write_bytes(target, render_csv(safe))
        return target


_YES_NO = {True: "yes · ydy", False: "no · nac ydy"}


def _detail_rows(details: PersonDetails) -> list[list[str]]:
    return [
        ["field · maes", "value · gwerth"],
        ["name · enw", details.name],
        ["contact · cyswllt", details.contact],
        ["age band · band oedran", details.age_band],
        ["Welsh speaker · siaradwr Cymraeg", details.welsh_speaker],
        ["happy to be contacted · yn fodlon i ni gysylltu", _YES_NO[details.consent_contact]],
        [
            "happy to appear in photos · yn fodlon ymddangos mewn lluniau",
            _YES_NO[details.consent_photos],
        ],
        ["notes · nodiadau", details.notes],
        ["archived · wedi'i archifo", _YES_NO[details.archived]],
    ]
