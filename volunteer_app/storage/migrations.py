"""Schema migrations, keyed on ``PRAGMA user_version``.

Each step is plain SQL, frozen once released: a later change is a new step, never an edit.
The version is also kept in ``schema_info``, for a future PostgreSQL that has no
``user_version``. The caller backs the file up before migrating an existing database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.engine import Connection

from volunteer_app.about import __version__

_LA_CODES = (
    "'W06000001','W06000002','W06000003','W06000004','W06000005','W06000006',"
    "'W06000008','W06000009','W06000010','W06000011','W06000012','W06000013',"
    "'W06000014','W06000015','W06000016','W06000018','W06000019','W06000020',"
    "'W06000021','W06000022','W06000023','W06000024'"
)
_SYNCED = """
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    hlc TEXT NOT NULL DEFAULT ''
"""

STEP_1 = f"""
CREATE TABLE schema_info (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL,
    app_version TEXT NOT NULL,
    migrated_at TEXT NOT NULL
);
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE group_settings (
    id CHAR(32) PRIMARY KEY,
    group_id CHAR(32) NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    la_code TEXT CHECK (la_code IS NULL OR la_code IN ({_LA_CODES})),
    cvc_ref TEXT NOT NULL DEFAULT '',
    {_SYNCED}
);
CREATE TABLE person (
    id CHAR(32) PRIMARY KEY,
    display_name TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    search_key TEXT NOT NULL,
    contact TEXT NOT NULL DEFAULT '',
    age_band TEXT NOT NULL DEFAULT 'not_known' CHECK (age_band IN
        ('under_16','16_24','25_44','45_64','65_74','75_plus','not_known')),
    welsh_speaker TEXT NOT NULL DEFAULT 'not_known' CHECK (welsh_speaker IN
        ('yes','learning','no','not_known')),
    consent_contact INTEGER NOT NULL DEFAULT 0 CHECK (consent_contact IN (0, 1)),
    consent_photos INTEGER NOT NULL DEFAULT 0 CHECK (consent_photos IN (0, 1)),
    notes TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    merged_into CHAR(32) REFERENCES person(id),
    {_SYNCED}
);
CREATE INDEX ix_person_search_key ON person(search_key);
CREATE TABLE activity_type (
    id CHAR(32) PRIMARY KEY,
    label TEXT NOT NULL CHECK (length(trim(label)) > 0),
    search_key TEXT NOT NULL,
    code TEXT NOT NULL DEFAULT 'other' CHECK (code IN
        ('organising_running','raising_money','practical_help','befriending_visiting',
         'transport','committee_admin','campaigning','other')),
    last_used_at TEXT,
    {_SYNCED}
);
CREATE TABLE series (
    id CHAR(32) PRIMARY KEY,
    activity_type_id CHAR(32) NOT NULL REFERENCES activity_type(id),
    title TEXT NOT NULL DEFAULT '',
    frequency TEXT NOT NULL CHECK (frequency IN ('weekly','fortnightly','monthly')),
    start_date TEXT NOT NULL,
    end_date TEXT,
    session_count INTEGER CHECK (session_count IS NULL OR session_count > 0),
    start_time TEXT,
    end_time TEXT,
    duration_minutes INTEGER NOT NULL DEFAULT 0 CHECK (duration_minutes BETWEEN 0 AND 1440),
    location TEXT NOT NULL DEFAULT '',
    la_code TEXT CHECK (la_code IS NULL OR la_code IN ({_LA_CODES})),
    {_SYNCED}
);
CREATE TABLE activity (
    id CHAR(32) PRIMARY KEY,
    activity_date TEXT NOT NULL,
    activity_type_id CHAR(32) NOT NULL REFERENCES activity_type(id),
    title TEXT NOT NULL DEFAULT '',
    start_time TEXT,
    end_time TEXT,
    duration_minutes INTEGER NOT NULL DEFAULT 0 CHECK (duration_minutes BETWEEN 0 AND 1440),
    location TEXT NOT NULL DEFAULT '',
    la_code TEXT CHECK (la_code IS NULL OR la_code IN ({_LA_CODES})),
    kind TEXT NOT NULL DEFAULT 'group_activity'
        CHECK (kind IN ('group_activity','individual_help')),
    volunteers_count INTEGER NOT NULL DEFAULT 0 CHECK (volunteers_count >= 0),
    participants_count INTEGER NOT NULL DEFAULT 0 CHECK (participants_count >= 0),
    series_id CHAR(32) REFERENCES series(id),
    notes TEXT NOT NULL DEFAULT '',
    {_SYNCED}
);
CREATE INDEX ix_activity_date ON activity(activity_date);
CREATE INDEX ix_activity_type ON activity(activity_type_id);
CREATE TABLE participation (
    id CHAR(32) PRIMARY KEY,
    activity_id CHAR(32) NOT NULL REFERENCES activity(id),
    person_id CHAR(32) NOT NULL REFERENCES person(id),
    role TEXT NOT NULL DEFAULT 'volunteer'
        CHECK (role IN ('volunteer','organiser','participant')),
    minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes BETWEEN 0 AND 1440),
    {_SYNCED}
);
CREATE INDEX ix_participation_activity ON participation(activity_id);
CREATE INDEX ix_participation_person ON participation(person_id);
"""

# The outbox: every summary file saved for a CVC, with a hash and its rows.
STEP_2 = f"""
CREATE TABLE export_record (
    id CHAR(32) PRIMARY KEY,
    export_id CHAR(32) NOT NULL,
    exported_at TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    period_type TEXT NOT NULL CHECK (period_type IN ('month','quarter','year')),
    file_path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    group_name_included INTEGER NOT NULL CHECK (group_name_included IN (0, 1)),
    rows_json TEXT NOT NULL,
    {_SYNCED}
);
CREATE INDEX ix_export_record_period ON export_record(period_start, period_end);
"""

# The activity's date is copied onto each participation, so that a person's first and last
# dates and a period's figures need no join across half a million rows.
# Sessions of a regular activity that did not happen are recorded as skipped.
# Per-activity figures kept up to date by every write, so that the Activities page can sort
# and filter 50,000 activities without adding up half a million participations each time;
# and a case-folded search text (SQLite's lower() does not fold ŵ or ŷ).
STEP_3 = """
ALTER TABLE activity ADD COLUMN named_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE activity ADD COLUMN volunteer_minutes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE activity ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
ALTER TABLE participation ADD COLUMN activity_date TEXT NOT NULL DEFAULT '';
UPDATE participation SET activity_date =
    (SELECT a.activity_date FROM activity a WHERE a.id = participation.activity_id);
CREATE INDEX ix_participation_person_date ON participation(person_id, deleted_at, activity_date);
CREATE INDEX ix_participation_date ON participation(activity_date);
UPDATE activity SET
    named_count = (SELECT count(*) FROM participation p
                   WHERE p.activity_id = activity.id AND p.deleted_at IS NULL),
    volunteer_minutes = volunteers_count * duration_minutes + coalesce(
        (SELECT sum(p.minutes) FROM participation p WHERE p.activity_id = activity.id
         AND p.deleted_at IS NULL AND p.role IN ('volunteer', 'organiser')), 0),
    search_text = '';
CREATE INDEX ix_activity_type_date ON activity(activity_type_id, activity_date);
CREATE INDEX ix_activity_series ON activity(series_id, activity_date);
CREATE TABLE series_skip (
    id CHAR(32) PRIMARY KEY,
    series_id CHAR(32) NOT NULL REFERENCES series(id),
    session_date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    hlc TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_series_skip ON series_skip(series_id, session_date);
"""

# Imports recorded so that one can be taken back whole: each activity, attendance, person
# and activity type an import created carries its id (a tag, not a foreign key: a check
# per inserted row would slow a 100,000-row import for no safety gained, since only the
# importer writes it). An activity's unnamed volunteers'
# hours, when a file gives them as a total (a shift export), are kept as given rather
# than as headcount x length (NULL: headcount x length, as before).
STEP_IMPORTS = f"""
CREATE TABLE import_record (
    id CHAR(32) PRIMARY KEY,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    rows_read INTEGER NOT NULL,
    totals_json TEXT NOT NULL,
    {_SYNCED}
);
ALTER TABLE activity ADD COLUMN unnamed_minutes INTEGER
    CHECK (unnamed_minutes IS NULL OR unnamed_minutes >= 0);
ALTER TABLE activity ADD COLUMN import_id CHAR(32);
ALTER TABLE participation ADD COLUMN import_id CHAR(32);
ALTER TABLE person ADD COLUMN import_id CHAR(32);
ALTER TABLE activity_type ADD COLUMN import_id CHAR(32);
CREATE INDEX ix_activity_import ON activity(import_id) WHERE import_id IS NOT NULL;
CREATE INDEX ix_participation_import ON participation(import_id) WHERE import_id IS NOT NULL;
CREATE INDEX ix_person_import ON person(import_id) WHERE import_id IS NOT NULL;
"""

Step = Callable[[Connection], None]


def _sql_step(script: str) -> Step:
    def run(conn: Connection) -> None:
        for statement in script.split(";"):
            if statement.strip():
                conn.exec_driver_sql(statement)

    return run


def _search_text_at_step_3(title: str, location: str, notes: str) -> str:
    """Frozen copy of the search text as step 3 fills it: the live rule may change, this not."""
    return " ".join(f"{title} {location} {notes}".split()).casefold()


# Index i holds the step that takes the schema from version i to i + 1.
def _step_3(conn: Connection) -> None:
    _sql_step(STEP_3)(conn)
    # Python's casefold, not SQLite's lower(), which leaves Ŵ and Ŷ as they are.
    rows = conn.exec_driver_sql("SELECT id, title, location, notes FROM activity").fetchall()
    if rows:
        conn.exec_driver_sql(
            "UPDATE activity SET search_text = ? WHERE id = ?",
            [(_search_text_at_step_3(t, loc, n), i) for i, t, loc, n in rows],
        )


# Version 1.1 of the summary (issue 17): places with a type, and the anonymous event pulse.
# A place is matched to activities by its name (the activity's place text); every distinct
# place text already held becomes a place of type "not known". The pulse holds tallies only.
_PLACE_TYPES = (
    "'community_hall','faith_building','library','school_college','sports_leisure',"
    "'pub_cafe_shop','health_care','outdoors','home_visit','online_phone','other','not_known'"
)
_PULSE_COUNTS = [
    f"{statement}_{answer}"
    for statement in (
        "belong",
        "get_on_well",
        "respect",
        "trust_people",
        "trust_institutions",
        "met_someone_new",
    )
    for answer in ("agree", "not_sure", "disagree")
]
STEP_COMMUNITY = f"""
CREATE TABLE place (
    name TEXT PRIMARY KEY CHECK (length(trim(name)) > 0),
    place_type TEXT NOT NULL DEFAULT 'not_known' CHECK (place_type IN ({_PLACE_TYPES})),
    updated_at TEXT NOT NULL
);
INSERT INTO place (name, place_type, updated_at)
    SELECT DISTINCT location, 'not_known', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    FROM activity WHERE trim(location) <> '';
CREATE TABLE activity_pulse (
    activity_id CHAR(32) PRIMARY KEY REFERENCES activity(id),
    cards INTEGER NOT NULL DEFAULT 0 CHECK (cards >= 0),
    {"".join(f"{c} INTEGER NOT NULL DEFAULT 0 CHECK ({c} >= 0), " for c in _PULSE_COUNTS)}
    all_three INTEGER NOT NULL DEFAULT 0 CHECK (all_three >= 0 AND all_three <= cards),
    updated_at TEXT NOT NULL
)
"""


def _step_community(conn: Connection) -> None:
    _sql_step(STEP_COMMUNITY)(conn)


def _step_funding(conn: Connection) -> None:
    from volunteer_app.storage.funding.schema import run_step  # projects and outputs

    run_step(conn)


# The kind of reporting year (financial, calendar, grant:MM) becomes a group setting, kept and
# stamped with the group's other settings so that a second laptop gets it; the choice the
# Over the years view kept in meta moves there.
STEP_YEAR_KIND = """
ALTER TABLE group_settings ADD COLUMN year_kind TEXT NOT NULL DEFAULT 'financial';
UPDATE group_settings SET year_kind = (SELECT value FROM meta WHERE key = 'funding.year_kind')
    WHERE EXISTS (SELECT 1 FROM meta WHERE key = 'funding.year_kind');
DELETE FROM meta WHERE key = 'funding.year_kind'
"""

# Imports that bring places, projects and outputs (issues 17 and 18): each one it created is
# marked with the import, so that taking the import back takes them too.
STEP_IMPORT_MARKS = """
ALTER TABLE place ADD COLUMN import_id CHAR(32);
ALTER TABLE project ADD COLUMN import_id CHAR(32);
ALTER TABLE output_measure ADD COLUMN import_id CHAR(32)
"""


def _step_sync(conn: Connection) -> None:
    from volunteer_app.storage.merging.schema import run_step  # per-field clock stamps

    run_step(conn)


# The first screens' queries read only what is not deleted (issue 21): with deleted_at in
# these indexes SQLite counts the activities and people, and finds a regular activity's
# logged and skipped dates, from the index alone, and walks the newest activities that are
# not deleted in date order. (A partial index WHERE deleted_at IS NULL is not taken as
# covering by SQLite 3.40: its counts still visited each row, at twice the time.)
STEP_LIVE_INDEXES = """
CREATE INDEX ix_activity_live_date ON activity(deleted_at, activity_date);
CREATE INDEX ix_activity_live_series ON activity(series_id, deleted_at, activity_date);
CREATE INDEX ix_person_live ON person(deleted_at);
CREATE INDEX ix_series_skip_live ON series_skip(series_id, deleted_at, session_date)
"""


STEPS: tuple[Step, ...] = (
    _sql_step(STEP_1),
    _sql_step(STEP_2),
    _step_3,
    _sql_step(STEP_IMPORTS),
    _step_community,
    _step_funding,
    _sql_step(STEP_YEAR_KIND),
    _sql_step(STEP_IMPORT_MARKS),
    _step_sync,
    _sql_step(STEP_LIVE_INDEXES),
)
LATEST_VERSION = len(STEPS)


def user_version(conn: Connection) -> int:
    return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())


def migrate(conn: Connection, to_version: int | None = None) -> list[int]:
    """Apply the missing steps inside the caller's transaction; returns the versions reached."""
    target = LATEST_VERSION if to_version is None else to_version
    current = user_version(conn)
    reached: list[int] = []
    for version in range(current, target):
        STEPS[version](conn)
        reached.append(version + 1)
    if reached:
        new = reached[-1]
        conn.exec_driver_sql(f"PRAGMA user_version = {new:d}")
        conn.exec_driver_sql(
            "INSERT INTO schema_info (id, version, app_version, migrated_at) VALUES (1, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET version = excluded.version,"
            " app_version = excluded.app_version, migrated_at = excluded.migrated_at",
            (new, __version__, datetime.now(UTC).isoformat()),
        )
    return reached
