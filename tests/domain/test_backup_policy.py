from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from volunteer_app.domain.backup_policy import DAYS, MONTHS, WEEKS, backups_to_keep

START = datetime(2024, 1, 1, tzinfo=UTC)


def test_a_year_of_daily_backups_keeps_at_most_23() -> None:
    stamps = [START + timedelta(days=i, hours=9) for i in range(400)]
    keep = backups_to_keep(stamps)
    assert len(keep) <= DAYS + WEEKS + MONTHS
    assert max(stamps) in keep
    assert all(s in keep for s in stamps[-DAYS:])  # the last week, every day


@given(st.lists(st.integers(0, 2000), min_size=1, max_size=300))
def test_newest_is_always_kept_and_the_folder_stays_small(offsets: list[int]) -> None:
    stamps = [START + timedelta(hours=h * 7) for h in offsets]
    keep = backups_to_keep(stamps)
    assert max(stamps) in keep
    assert keep <= set(stamps)
    assert len(keep) <= DAYS + WEEKS + MONTHS
