"""Regular activities: the dates of a series' sessions."""

from __future__ import annotations

import calendar
import uuid
from dataclasses import dataclass
from datetime import date, time, timedelta

from volunteer_app.domain.codes import Frequency
from volunteer_app.domain.errors import ValidationError

MAX_SESSIONS = 520  # ten years of weekly sessions


@dataclass(frozen=True)
class SeriesInfo:
    id: uuid.UUID
    activity_type_id: uuid.UUID
    type_label: str
    title: str
    frequency: str
    start_date: date
    end_date: date | None
    session_count: int | None
    start_time: time | None
    end_time: time | None
    duration_minutes: int
    location: str


@dataclass(frozen=True)
class SeriesSession:
    """One expected session of a series, not yet logged or skipped."""

    series: SeriesInfo
    session_date: date


def _add_months(day: date, months: int, anchor_day: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(anchor_day, calendar.monthrange(year, month)[1]))


def session_dates(
    start: date, frequency: str, end: date | None, count: int | None, until: date
) -> list[date]:
    """Every session from ``start`` up to ``until`` (and the series' own end or count)."""
    found: list[date] = []
    index = 0
    while len(found) < MAX_SESSIONS:
        if frequency == Frequency.MONTHLY:
            day = _add_months(start, index, start.day)
        else:
            step = 7 if frequency == Frequency.WEEKLY else 14
            day = start + timedelta(days=step * index)
        if day > until or (end is not None and day > end) or (count is not None and index >= count):
            break
        found.append(day)
        index += 1
    return found


def validate_series(frequency: str, start: date, end: date | None, count: int | None) -> None:
    if frequency not in {f.value for f in Frequency}:
        raise ValidationError(
            "series.bad_frequency", "Choose weekly, fortnightly or monthly.", field="frequency"
        )
    if end is not None and end < start:
        raise ValidationError(
            "series.end_before_start", "The last date is before the first.", field="end_date"
        )
    if count is not None and not 1 <= count <= MAX_SESSIONS:
        raise ValidationError(
            "series.bad_count",
            "The number of sessions is out of range.",
            field="count",
            limit=MAX_SESSIONS,
        )
