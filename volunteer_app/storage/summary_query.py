"""The unrounded facts behind one period's summary, gathered in one read transaction."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from sqlalchemy import text

from volunteer_app.domain.periods import Period
from volunteer_app.domain.summary import SummaryFacts, TypeFacts
from volunteer_app.storage.community.community_query import place_facts, pulse_facts
from volunteer_app.storage.database import Database

VOLUNTEERING_SQL = "('volunteer', 'organiser')"

_EVENTS = text("""
SELECT count(*) FROM activity
WHERE deleted_at IS NULL AND kind = 'group_activity'
  AND activity_date BETWEEN :start AND :end
""")

_HEADCOUNTS = text("""
SELECT t.code,
       coalesce(sum(a.volunteers_count), 0),
       coalesce(sum(coalesce(a.unnamed_minutes, a.volunteers_count * a.duration_minutes)), 0),
       coalesce(max(a.volunteers_count), 0),
       coalesce(sum(a.participants_count), 0)
FROM activity a JOIN activity_type t ON t.id = a.activity_type_id
WHERE a.deleted_at IS NULL AND a.activity_date BETWEEN :start AND :end
GROUP BY t.code
""")

_NAMED = text(f"""
SELECT t.code,
       sum(p.role IN {VOLUNTEERING_SQL}),
       sum(CASE WHEN p.role IN {VOLUNTEERING_SQL} THEN p.minutes ELSE 0 END),
       count(DISTINCT CASE WHEN p.role IN {VOLUNTEERING_SQL} AND per.deleted_at IS NULL
                      THEN p.person_id END),
       sum(p.role = 'participant')
FROM participation p
JOIN person per ON per.id = p.person_id
JOIN activity a ON a.id = p.activity_id
JOIN activity_type t ON t.id = a.activity_type_id
WHERE p.deleted_at IS NULL AND a.deleted_at IS NULL
  AND a.activity_date BETWEEN :start AND :end
GROUP BY t.code
""")

# Distinct named volunteers, with the attributes the breakdowns need. "New" means no
# volunteering participation on any earlier date.
_VOLUNTEERS = text(f"""
WITH vols AS (
    SELECT DISTINCT p.person_id
    FROM participation p JOIN activity a ON a.id = p.activity_id
    WHERE p.deleted_at IS NULL AND a.deleted_at IS NULL AND p.role IN {VOLUNTEERING_SQL}
      AND a.activity_date BETWEEN :start AND :end
)
SELECT per.age_band, per.welsh_speaker,
       NOT EXISTS (
           SELECT 1 FROM participation p2 JOIN activity a2 ON a2.id = p2.activity_id
           WHERE p2.person_id = vols.person_id AND p2.deleted_at IS NULL
             AND a2.deleted_at IS NULL AND p2.role IN {VOLUNTEERING_SQL}
             AND a2.activity_date < :start
       ) AS is_new,
       count(*)
FROM vols JOIN person per ON per.id = vols.person_id
WHERE per.deleted_at IS NULL  -- an erased person still gave their hours, but is no one now
GROUP BY 1, 2, 3
""")


def summary_facts(db: Database, period: Period) -> SummaryFacts:
    params = {"start": period.start.isoformat(), "end": period.end.isoformat()}
    with db.reading() as session:
        conn = session.connection()
        events = int(conn.execute(_EVENTS, params).scalar_one())
        by_type: dict[str, TypeFacts] = {}
        for code, sessions, minutes, biggest, participants in conn.execute(_HEADCOUNTS, params):
            by_type[code] = TypeFacts(
                int(sessions), int(minutes), 0, int(biggest), int(participants)
            )
        for code, sessions, minutes, distinct, participants in conn.execute(_NAMED, params):
            base = by_type.get(code, TypeFacts())
            by_type[code] = replace(
                base,
                volunteer_sessions=base.volunteer_sessions + int(sessions or 0),
                volunteer_minutes=base.volunteer_minutes + int(minutes or 0),
                named_volunteers=int(distinct or 0),
                participants=base.participants + int(participants or 0),
            )
        ages: Counter[str] = Counter()
        welsh: Counter[str] = Counter()
        status: Counter[str] = Counter()
        for age_band, speaker, is_new, count in conn.execute(_VOLUNTEERS, params):
            ages[age_band] += count
            welsh[speaker] += count
            status["new" if is_new else "returning"] += count
        by_place = place_facts(conn, params)
        cards, agrees = pulse_facts(conn, params)
    return SummaryFacts(
        events_held=events,
        volunteers_total=sum(status.values()),
        by_age_band=dict(ages),
        by_welsh_speaker=dict(welsh),
        by_status=dict(status),
        by_type=by_type,
        by_place_type=by_place,
        pulse_cards=cards,
        pulse_agree=agrees,
    )
