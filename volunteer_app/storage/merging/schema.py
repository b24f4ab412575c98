"""The merging feature's schema step: a clock stamp per field, and the merges brought in.

Frozen once released, like every step: a later change is a new step.

A field's stamp is kept only once the field is changed after its row was made: a field with
no stamp still holds the value its row was made with, which is older than any edit. Rows
made before this step therefore need no back-fill (until now a row lived on one laptop
only, so no other laptop can hold an edit to compare with). Triggers note every field an
UPDATE changes (stamp '' for now), so that every write path, today's and tomorrow's, ORM
or plain SQL, is seen; the transaction gives the noted fields its clock stamp as it
commits (storage/database.py). A trigger sees one statement, and the ORM may write a
row's fields and its ``hlc`` in two: hence the stamp at commit rather than NEW.hlc.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

# The fields each table shares with other laptops, as they stand at this step.
SYNCED_FIELDS: dict[str, tuple[str, ...]] = {
    "group_settings": ("group_id", "name", "la_code", "cvc_ref", "year_kind", "deleted_at"),
    "person": (
        "display_name", "search_key", "contact", "age_band", "welsh_speaker",
        "consent_contact", "consent_photos", "notes", "archived", "merged_into",
        "import_id", "deleted_at",
    ),
    "activity_type": ("label", "search_key", "code", "import_id", "deleted_at"),
    "series": (
        "activity_type_id", "title", "frequency", "start_date", "end_date", "session_count",
        "start_time", "end_time", "duration_minutes", "location", "la_code", "deleted_at",
    ),
    "activity": (
        "activity_date", "activity_type_id", "title", "start_time", "end_time",
        "duration_minutes", "location", "la_code", "kind", "volunteers_count",
        "participants_count", "series_id", "notes", "unnamed_minutes", "import_id",
        "deleted_at",
    ),
    "participation": ("activity_id", "person_id", "role", "minutes", "import_id", "deleted_at"),
    "series_skip": ("series_id", "session_date", "deleted_at"),
    "project": (
        "name", "search_key", "funder", "start_date", "end_date", "import_id", "deleted_at",
    ),
    "project_default": ("project_id", "activity_type_id", "series_id", "deleted_at"),
    "activity_project": ("activity_id", "project_id", "deleted_at"),
    "output_measure": ("name", "name_cy", "search_key", "import_id", "deleted_at"),
    "output_type": ("output_id", "activity_type_id", "deleted_at"),
    "activity_output": ("activity_id", "output_id", "amount", "deleted_at"),
}  # fmt: skip

STEP_SYNC = """
CREATE TABLE field_stamp (
    tbl TEXT NOT NULL,
    row_id CHAR(32) NOT NULL,
    field TEXT NOT NULL,
    hlc TEXT NOT NULL,
    PRIMARY KEY (tbl, row_id, field)
) WITHOUT ROWID;
CREATE INDEX ix_field_stamp_pending ON field_stamp(tbl) WHERE hlc = '';
CREATE TABLE merge_record (
    id CHAR(32) PRIMARY KEY,
    merged_at TEXT NOT NULL,
    from_site TEXT NOT NULL,
    from_laptop TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL,
    counts_json TEXT NOT NULL,
    conflicts_json TEXT NOT NULL DEFAULT '[]',
    backup_path TEXT NOT NULL DEFAULT '',
    undone_at TEXT
)
"""


def _trigger(table: str, fields: tuple[str, ...]) -> str:
    inserts = "".join(
        f"INSERT INTO field_stamp (tbl, row_id, field, hlc)"
        f" SELECT '{table}', NEW.id, '{field}', '' WHERE NEW.{field} IS NOT OLD.{field}"
        f" ON CONFLICT (tbl, row_id, field) DO UPDATE SET hlc = '';\n"
        for field in fields
    )
    return f"CREATE TRIGGER stamp_{table} AFTER UPDATE ON {table} BEGIN\n{inserts}END"


def run_step(conn: Connection) -> None:
    for statement in STEP_SYNC.split(";"):
        if statement.strip():
            conn.exec_driver_sql(statement)
    for table, fields in SYNCED_FIELDS.items():
        conn.exec_driver_sql(_trigger(table, fields))
