"""Places: list with how many activities each hosted, set a type, rename, merge."""

from __future__ import annotations

from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.places import PlaceEdit, PlaceRow, PlaceSnapshot, PlaceType, place_key
from volunteer_app.storage.community import place_repo
from volunteer_app.storage.database import Database

MAX_PLACE_LENGTH = 200


class PlacesService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def places(self) -> list[PlaceRow]:
        return place_repo.list_places(self._db)

    def names(self) -> list[str]:
        """Every place's name, for type-ahead."""
        return place_repo.place_names(self._db)

    def _known(self, name: str) -> PlaceRow:
        for row in self.places():
            if row.name == name:
                return row
        raise ValidationError(
            "place.not_found", f"There is no place called '{name}'.", field="place", name=name
        )

    def set_type(self, name: str, place_type: PlaceType) -> None:
        self.change_type(name, place_type)

    def change_type(self, name: str, place_type: PlaceType) -> PlaceEdit:
        """Set a place's type; returns how it was, for undo."""
        self._known(name)
        with self._db.transaction() as tx:
            before = place_repo.snapshot(tx, (name,))
            place_repo.set_type(tx, name, place_type)
        return PlaceEdit(0, before)

    def restore(self, before: PlaceSnapshot) -> None:
        """Undo a change to places, in one transaction: the activities it moved back at
        their old place, and each place's type as it was."""
        with self._db.transaction() as tx:
            place_repo.restore(tx, before)

    def rename(self, old: str, new: str) -> int:
        """Renames a place everywhere it is used; a name already in use is a merge instead."""
        return self.change_name(old, new).moved

    def change_name(self, old: str, new: str) -> PlaceEdit:
        """As ``rename``; returns how many activities moved and how things were, for undo."""
        row = self._known(old)
        clean = place_key(new)
        if not clean:
            raise ValidationError("place.empty_name", "A place needs a name.", field="name")
        if len(clean) > MAX_PLACE_LENGTH:
            raise ValidationError(
                "place.name_too_long",
                f"A place's name is at most {MAX_PLACE_LENGTH} characters.",
                field="name",
                limit=MAX_PLACE_LENGTH,
            )
        if clean == old:
            return PlaceEdit(0, PlaceSnapshot(()))
        if any(r.name == clean for r in self.places()):
            raise ValidationError(
                "place.name_taken",
                f"'{clean}' is already a place: merge the two instead.",
                field="name",
                name=clean,
            )
        with self._db.transaction() as tx:
            before = place_repo.snapshot(tx, (old, clean), moving=old)
            return PlaceEdit(place_repo.move(tx, old, clean, row.place_type), before)

    def merge(self, drop: str, keep: str) -> int:
        """Two spellings of one place: every activity at ``drop`` moves to ``keep``, which
        keeps its type (or takes ``drop``'s when its own is not known)."""
        return self.merge_into(drop, keep).moved

    def merge_into(self, drop: str, keep: str) -> PlaceEdit:
        """As ``merge``; returns how many activities moved and how things were, for undo."""
        if drop == keep:
            raise ValidationError(
                "place.merge_same", "Choose two different places to merge.", field="place"
            )
        gone, kept = self._known(drop), self._known(keep)
        place_type = gone.place_type if kept.place_type is PlaceType.NOT_KNOWN else kept.place_type
        with self._db.transaction() as tx:
            before = place_repo.snapshot(tx, (drop, keep), moving=drop)
            return PlaceEdit(place_repo.move(tx, drop, keep, place_type), before)
