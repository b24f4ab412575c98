"""An activity's kept figures (named people, volunteer minutes), brought up to date in SQL
whenever its participations change."""

from __future__ import annotations

import uuid

from sqlalchemy import text

from volunteer_app.storage.database import Transaction

_RECOUNT = text("""
UPDATE activity SET
  named_count = (SELECT count(*) FROM participation p JOIN person per ON per.id = p.person_id
                 WHERE p.activity_id = activity.id AND p.deleted_at IS NULL
                   AND per.deleted_at IS NULL),
  volunteer_minutes = coalesce(unnamed_minutes, volunteers_count * duration_minutes) + coalesce(
    (SELECT sum(p.minutes) FROM participation p WHERE p.activity_id = activity.id
     AND p.deleted_at IS NULL AND p.role IN ('volunteer', 'organiser')), 0)
WHERE id = :id""")


def recount(tx: Transaction, activity_ids: set[uuid.UUID]) -> None:
    """Bring activities' kept figures up to date after their participations changed.
    Erased people's hours still count; they are no longer counted as named."""
    tx.session.flush()
    for activity_id in activity_ids:
        tx.session.execute(_RECOUNT, {"id": activity_id.hex})
