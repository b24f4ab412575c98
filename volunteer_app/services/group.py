"""The group's profile: name, local authority and CVC reference."""

from __future__ import annotations

from volunteer_app.domain.funding.years import parse_year_kind
from volunteer_app.domain.validation import validate_group_profile
from volunteer_app.domain.values import DataCounts, GroupInfo
from volunteer_app.storage import group_repo
from volunteer_app.storage.database import Database


class GroupService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def info(self) -> GroupInfo:
        return group_repo.load_group(self._db)

    def update(
        self,
        name: str | None,
        la_code: str | None,
        cvc_ref: str | None,
        year_kind: str | None = None,
    ) -> GroupInfo:
        """Validate everything first, then save in one transaction (nothing written when
        nothing changed). ``year_kind``: financial, calendar or grant:MM; None keeps it."""
        profile = validate_group_profile(name, la_code, cvc_ref)
        kind = None if year_kind is None else parse_year_kind(year_kind).code
        return group_repo.save_group(self._db, profile, kind)

    def counts(self) -> DataCounts:
        return group_repo.data_counts(self._db)

    def headline_counts(self) -> tuple[int, int]:
        """(activities, people), cheap enough for the home page."""
        return group_repo.headline_counts(self._db)
