"""Every write stamps the fields it changes with the row's new clock stamp, and only those;
a save of something untouched stamps nothing; the clock never goes back after a merge."""

from __future__ import annotations

import sqlite3
from datetime import date

from volunteer_app.domain.activity import ActivityDraft
from volunteer_app.services.context import AppServices


def stamps(services: AppServices) -> dict[tuple[str, str, str], str]:
    conn = sqlite3.connect(f"{services.paths.database.as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT tbl, row_id, field, hlc FROM field_stamp").fetchall()
        return {(r[0], r[1], r[2]): r[3] for r in rows}
    finally:
        conn.close()


def test_only_the_changed_fields_are_stamped(services: AppServices) -> None:
    kind = services.activities.add_type("Litter pick", "practical_help")
    draft = ActivityDraft(
        date(2026, 5, 2), kind.id, title="Beach", duration_minutes=60, volunteers_count=3
    )
    activity_id = services.activities.log(draft)
    assert stamps(services) == {}  # a new row's fields are as it was made
    assert services.activities.update(activity_id, draft) is False
    assert stamps(services) == {}
    services.activities.update(activity_id, ActivityDraft(**{**draft.__dict__, "notes": "Windy"}))
    found = stamps(services)
    assert set(found) == {("activity", activity_id.hex, "notes")}
    services.activities.delete(activity_id)
    after = stamps(services)
    assert {k[2] for k in after} == {"notes", "title", "deleted_at"}  # its texts go with it
    assert (
        after[("activity", activity_id.hex, "deleted_at")]
        > found[("activity", activity_id.hex, "notes")]
    )


def test_group_settings_are_stamped_per_field(services: AppServices) -> None:
    services.group.info()  # the row is made on first use
    services.group.update("Caffi", "W06000015", "")
    services.group.update("Caffi", "W06000015", "CVC-1")
    fields = {k[2] for k in stamps(services) if k[0] == "group_settings"}
    assert "cvc_ref" in fields and "la_code" in fields
