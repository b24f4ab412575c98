"""The funding feature's schema step, kept here so that the migration list gains one line.

Projects (grants) that activities belong to, a default project per activity type or series
so that logging stays one step, and the group's own output counters (bags of litter, meals
served) with the activity types whose form shows them and each activity's amounts.
Frozen once released, like every step: a later change is a new step.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

_SYNCED = """
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    hlc TEXT NOT NULL DEFAULT ''
"""

STEP_FUNDING = f"""
CREATE TABLE project (
    id CHAR(32) PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    search_key TEXT NOT NULL,
    funder TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL,
    end_date TEXT,
    {_SYNCED},
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE TABLE project_default (
    id CHAR(32) PRIMARY KEY,
    project_id CHAR(32) NOT NULL REFERENCES project(id),
    activity_type_id CHAR(32) REFERENCES activity_type(id),
    series_id CHAR(32) REFERENCES series(id),
    {_SYNCED},
    CHECK ((activity_type_id IS NULL) <> (series_id IS NULL))
);
CREATE TABLE activity_project (
    id CHAR(32) PRIMARY KEY,
    activity_id CHAR(32) NOT NULL REFERENCES activity(id),
    project_id CHAR(32) NOT NULL REFERENCES project(id),
    {_SYNCED}
);
CREATE INDEX ix_activity_project ON activity_project(project_id, activity_id);
CREATE INDEX ix_activity_project_activity ON activity_project(activity_id);
CREATE TABLE output_measure (
    id CHAR(32) PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_cy TEXT NOT NULL DEFAULT '',
    search_key TEXT NOT NULL,
    {_SYNCED}
);
CREATE TABLE output_type (
    id CHAR(32) PRIMARY KEY,
    output_id CHAR(32) NOT NULL REFERENCES output_measure(id),
    activity_type_id CHAR(32) NOT NULL REFERENCES activity_type(id),
    {_SYNCED}
);
CREATE TABLE activity_output (
    id CHAR(32) PRIMARY KEY,
    activity_id CHAR(32) NOT NULL REFERENCES activity(id),
    output_id CHAR(32) NOT NULL REFERENCES output_measure(id),
    amount INTEGER NOT NULL CHECK (amount >= 0),
    {_SYNCED}
);
CREATE INDEX ix_activity_output ON activity_output(activity_id, output_id)
"""


def run_step(conn: Connection) -> None:
    for statement in STEP_FUNDING.split(";"):
        if statement.strip():
            conn.exec_driver_sql(statement)
