"""The tables. Their DDL lives in migrations.py; a test checks the two agree.

Conventions, chosen now because they are costly to back-fill (architecture.md): UUID keys,
aware UTC timestamps, a hybrid-logical-clock stamp per change, soft-delete tombstones,
codes as text with CHECK constraints, no UNIQUE constraint other than the primary key.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlmodel import Field, SQLModel

from volunteer_app.storage.types import UtcTimestamp, utc_now


def _new_id() -> uuid.UUID:
    return uuid.uuid4()


class _Synced(SQLModel):
    """Columns every table that may one day be merged across laptops carries."""

    id: uuid.UUID = Field(default_factory=_new_id, primary_key=True)
    created_at: datetime = Field(default_factory=utc_now, sa_type=UtcTimestamp)
    updated_at: datetime = Field(default_factory=utc_now, sa_type=UtcTimestamp)
    deleted_at: datetime | None = Field(default=None, sa_type=UtcTimestamp)
    hlc: str = ""


class Meta(SQLModel, table=True):
    __tablename__ = "meta"

    key: str = Field(primary_key=True)
    value: str


class GroupSettings(_Synced, table=True):
    __tablename__ = "group_settings"

    group_id: uuid.UUID = Field(default_factory=_new_id)
    name: str = ""
    la_code: str | None = None
    cvc_ref: str = ""
    year_kind: str = "financial"  # financial, calendar or grant:MM (domain/funding/years)


class Person(_Synced, table=True):
    __tablename__ = "person"

    display_name: str
    search_key: str
    contact: str = ""
    age_band: str = "not_known"
    welsh_speaker: str = "not_known"
    consent_contact: bool = False
    consent_photos: bool = False
    notes: str = ""
    archived: bool = False
    merged_into: uuid.UUID | None = Field(default=None, foreign_key="person.id")
    import_id: uuid.UUID | None = None  # the import that created it


class ActivityType(_Synced, table=True):
    __tablename__ = "activity_type"

    label: str
    search_key: str
    code: str = "other"
    last_used_at: datetime | None = Field(default=None, sa_type=UtcTimestamp)
    import_id: uuid.UUID | None = None  # the import that created it


class Series(_Synced, table=True):
    __tablename__ = "series"

    activity_type_id: uuid.UUID = Field(foreign_key="activity_type.id")
    title: str = ""
    frequency: str = "weekly"
    start_date: date
    end_date: date | None = None
    session_count: int | None = None
    start_time: time | None = None
    end_time: time | None = None
    duration_minutes: int = 0
    location: str = ""
    la_code: str | None = None


class Activity(_Synced, table=True):
    __tablename__ = "activity"

    activity_date: date
    activity_type_id: uuid.UUID = Field(foreign_key="activity_type.id")
    title: str = ""
    start_time: time | None = None
    end_time: time | None = None
    duration_minutes: int = 0
    location: str = ""
    la_code: str | None = None
    kind: str = "group_activity"
    volunteers_count: int = 0
    participants_count: int = 0
    series_id: uuid.UUID | None = Field(default=None, foreign_key="series.id")
    notes: str = ""
    # Kept by every write (see activity_repo): named people, and volunteering minutes
    # including unnamed helpers; casefolded title, place and notes for searching.
    named_count: int = 0
    volunteer_minutes: int = 0
    search_text: str = ""
    # The unnamed volunteers' hours when given as a total (None: headcount x length).
    unnamed_minutes: int | None = None
    import_id: uuid.UUID | None = None  # the import that created it


class Participation(_Synced, table=True):
    __tablename__ = "participation"

    activity_id: uuid.UUID = Field(foreign_key="activity.id")
    person_id: uuid.UUID = Field(foreign_key="person.id")
    role: str = "volunteer"
    minutes: int = 0
    activity_date: date  # copied from the activity by every write (see activity_repo)
    import_id: uuid.UUID | None = None  # the import that created it


class ExportRecord(_Synced, table=True):
    """One summary file saved for the CVC (the outbox)."""

    __tablename__ = "export_record"

    export_id: uuid.UUID
    exported_at: datetime = Field(sa_type=UtcTimestamp)
    period_start: date
    period_end: date
    period_type: str
    file_path: str
    sha256: str
    group_name_included: bool = True
    rows_json: str = "[]"


class SeriesSkip(_Synced, table=True):
    """A session of a series that did not happen."""

    __tablename__ = "series_skip"

    series_id: uuid.UUID = Field(foreign_key="series.id")
    session_date: date


class ImportRecord(_Synced, table=True):
    """One file imported: what it added, so that it can be shown and taken back whole."""

    __tablename__ = "import_record"

    file_name: str
    sha256: str
    imported_at: datetime = Field(sa_type=UtcTimestamp)
    rows_read: int
    totals_json: str
