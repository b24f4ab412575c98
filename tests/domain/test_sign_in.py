import uuid
from datetime import date, datetime, timedelta

from volunteer_app.domain.sign_in import SignInSheet, SignInTotals, totals

T0 = datetime(2026, 3, 20, 10, 0)


def test_tap_in_and_out_and_back_again() -> None:
    sheet = SignInSheet(uuid.uuid4(), date(2026, 3, 20), T0)
    sheet.offer("Ann", None)
    sheet.offer("Bob", None)
    sheet.tap("Ann", T0 + timedelta(minutes=5))
    sheet.tap("ann", T0 + timedelta(minutes=65))  # out after an hour
    sheet.tap("Ann", T0 + timedelta(minutes=90))  # back in
    draft = sheet.draft(T0 + timedelta(minutes=120))
    assert [(p.name, p.minutes) for p in draft.people] == [("Ann", 90)]  # Bob never came
    assert draft.duration_minutes == 120 and draft.start_time.hour == 10


def test_tallies_and_newcomers() -> None:
    sheet = SignInSheet(uuid.uuid4(), date(2026, 3, 20), T0)
    sheet.helpers += 2
    sheet.participants += 5
    assert sheet.add_new("  Newydd  Person ", T0) is not None
    assert sheet.add_new("", T0) is None
    draft = sheet.draft(T0 + timedelta(minutes=30))
    assert (draft.volunteers_count, draft.participants_count) == (2, 5)
    assert [p.name for p in draft.people] == ["Newydd Person"]


def test_the_activity_chosen_at_the_door_and_what_was_recorded() -> None:
    series = uuid.uuid4()
    sheet = SignInSheet(
        uuid.uuid4(), date(2026, 3, 20), T0, title="Spring clean", location="Parc", series_id=series
    )
    sheet.tap("Ann", T0)
    sheet.add_new("Cai", T0 + timedelta(minutes=30))
    sheet.helpers, sheet.participants = 2, 7
    draft = sheet.draft(T0 + timedelta(minutes=90))
    assert (draft.title, draft.location, draft.series_id) == ("Spring clean", "Parc", series)
    # Ann 90 + Cai 60 named minutes, and two unnamed helpers for the 90 minutes.
    assert totals(draft) == SignInTotals(2, 2, 7, 90 + 60 + 2 * 90)
