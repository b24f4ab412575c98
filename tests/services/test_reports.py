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


def test_monthly_figures_split_hours_by_type_and_count_people_once_a_month(services) -> None:  # type: ignore[no-untyped-def]
    from volunteer_app.domain.periods import custom_range
    from volunteer_app.services.reports import value_of_volunteering

    acts = services.activities
    walk = acts.add_type("Walk", "practical_help")
    cafe = acts.add_type("Café", "organising_running")
    for day, kind, people in (
        (date(2026, 1, 5), walk, ("Ann", "Bob")),
        (date(2026, 1, 19), walk, ("Ann",)),
        (date(2026, 2, 2), cafe, ("Ann", "Cai")),
    ):
        acts.log(
            ActivityDraft(
                activity_date=day,
                activity_type_id=kind.id,
                duration_minutes=60,
                volunteers_count=1,
                people=tuple(PersonEntry(n, minutes=60) for n in people),
            )
        )
    monthly = services.reports.monthly(custom_range(date(2025, 12, 15), date(2026, 2, 10)))
    assert monthly.months == [date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]
    assert monthly.volunteers == [0, 2, 2]  # Ann counted once in January
    assert monthly.minutes_by_type == {"Walk": [0, 180 + 120, 0], "Café": [0, 0, 180]}
    assert monthly.top_types(1, "Other") == {"Walk": [0, 300, 0], "Other": [0, 0, 180]}
    assert value_of_volunteering(90, 1260) == 1890  # 1.5 hours at £12.60
    assert value_of_volunteering(1, 1) == 0 and value_of_volunteering(30, 1) == 1
