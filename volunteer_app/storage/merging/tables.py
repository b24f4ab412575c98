"""What is shared between laptops, table by table, in the order rows can be written.

``fields`` merge one by one by their clock stamps; ``latest`` are times kept as the later
of the two (they are not edits: when a row or type was last touched); the rest of a
row is either its key and stamps, or worked out again after a merge (an activity's counts
and search text, a participation's copy of its activity's date). Tables not listed stay
on their laptop: the outbox, the imports, the merges, the meta data.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SharedTable:
    name: str
    fields: tuple[str, ...]
    latest: tuple[str, ...] = ("updated_at",)


SHARED_TABLES: tuple[SharedTable, ...] = (
    SharedTable(
        "group_settings", ("group_id", "name", "la_code", "cvc_ref", "year_kind", "deleted_at")
    ),
    SharedTable(
        "person",
        (
            "display_name", "search_key", "contact", "age_band", "welsh_speaker",
            "consent_contact", "consent_photos", "notes", "archived", "merged_into",
            "import_id", "deleted_at",
        ),
    ),
    SharedTable(
        "activity_type",
        ("label", "search_key", "code", "import_id", "deleted_at"),
        ("updated_at", "last_used_at"),
    ),
    SharedTable(
        "series",
        (
            "activity_type_id", "title", "frequency", "start_date", "end_date",
            "session_count", "start_time", "end_time", "duration_minutes", "location",
            "la_code", "deleted_at",
        ),
    ),
    SharedTable(
        "activity",
        (
            "activity_date", "activity_type_id", "title", "start_time", "end_time",
            "duration_minutes", "location", "la_code", "kind", "volunteers_count",
            "participants_count", "series_id", "notes", "unnamed_minutes", "import_id",
            "deleted_at",
        ),
    ),
    SharedTable(
        "participation", ("activity_id", "person_id", "role", "minutes", "import_id", "deleted_at")
    ),
    SharedTable("series_skip", ("series_id", "session_date", "deleted_at")),
    SharedTable(
        "project",
        ("name", "search_key", "funder", "start_date", "end_date", "import_id", "deleted_at"),
    ),
    SharedTable("project_default", ("project_id", "activity_type_id", "series_id", "deleted_at")),
    SharedTable("activity_project", ("activity_id", "project_id", "deleted_at")),
    SharedTable("output_measure", ("name", "name_cy", "search_key", "import_id", "deleted_at")),
    SharedTable("output_type", ("output_id", "activity_type_id", "deleted_at")),
    SharedTable("activity_output", ("activity_id", "output_id", "amount", "deleted_at")),
)  # fmt: skip

BY_NAME = {table.name: table for table in SHARED_TABLES}
