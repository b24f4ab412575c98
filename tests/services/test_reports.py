from __future__ import annotations

from datetime import date

from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.domain.periods import quarter


def test_dashboard_keeps_people_apart_from_sessions(services) -> None:  # type: ignore[no-untyped-def]
    acts = services.activities
    walk = acts.add_type("Walk", "practical_help")
    acts.log(
        ActivityDraft(
            activity_date=date(2025, 12, 1),
            activity_type_id=walk.id,
            duration_minutes=60,
            people=(PersonEntry("Ann", minutes=60),),
        )
    )
    for day in (5, 12):
        acts.log(
            ActivityDraft(
                activity_date=date(2026, 1, day),
                activity_type_id=walk.id,
                duration_minutes=120,
                volunteers_count=2,
                participants_count=5,
                people=(
                    PersonEntry("Ann", minutes=120),
                    PersonEntry("Bob", minutes=60),
                    PersonEntry("Cai", "participant", 120),
                ),
            )
        )
    figures = services.reports.dashboard(quarter(2026, 1))
    assert figures.activities == 2
    assert figures.distinct_volunteers == 2  # Ann and Bob, twice each: still two people
    assert figures.new_volunteers == 1  # Bob; Ann came in December
    assert figures.volunteer_minutes == 2 * (120 + 60 + 2 * 120)
    assert figures.participants == 2 * (1 + 5)
    assert figures.unnamed_volunteers == 4
