"""One set of limits: text refused over its limit (never cut), controls removed at
entry, dates from 1900 with Excel's 1900 serial quirk, and the CSV formula guard undone
exactly."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from volunteer_app.domain.activity import ActivityDraft, PersonEntry, validate_activity
from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.importing.planner import plan_import
from volunteer_app.domain.limits import (
    MIN_DATE,
    TEXT_LIMITS,
    clean_line,
    clean_notes,
    excel_serial_date,
    guard_formula,
    unguard_formula,
)

TODAY = date(2026, 6, 1)


def draft(**changes: object) -> ActivityDraft:
    values: dict[str, object] = {
        "activity_date": date(2026, 5, 1),
        "activity_type_id": uuid.uuid4(),
        "volunteers_count": 2,
    }
    values.update(changes)
    return ActivityDraft(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("field", "limit_key", "code"),
    [
        ("title", "title", "activity.title_too_long"),
        ("location", "location", "activity.location_too_long"),
        ("notes", "activity_notes", "activity.notes_too_long"),
    ],
)
def test_the_log_form_refuses_text_over_its_limit_rather_than_cutting_it(
    field: str, limit_key: str, code: str
) -> None:
    limit = TEXT_LIMITS[limit_key]
    assert getattr(validate_activity(draft(**{field: "a" * limit}), TODAY), field) == "a" * limit
    with pytest.raises(ValidationError) as info:
        validate_activity(draft(**{field: "a" * (limit + 1)}), TODAY)
    assert (info.value.code, info.value.params["limit"]) == (code, limit)


def test_a_name_over_the_limit_is_refused_in_the_form_and_in_import() -> None:
    long_name = "N" * (TEXT_LIMITS["person_name"] + 1)
    with pytest.raises(ValidationError) as info:
        validate_activity(draft(people=(PersonEntry(long_name),)), TODAY)
    assert info.value.code == "activity.name_too_long"
    plan = plan_import(
        ["date", "activity", "person"], [(2, ["2026-05-01", "Walk", long_name])], TODAY
    )
    assert [(p.column, p.code) for p in plan.problems] == [("person", "value.too_long")]


def test_dates_before_1900_are_refused_alike() -> None:
    assert validate_activity(draft(activity_date=MIN_DATE), TODAY).activity_date == MIN_DATE
    with pytest.raises(ValidationError) as info:
        validate_activity(draft(activity_date=date(1899, 12, 31)), TODAY)
    assert info.value.code == "activity.too_early"
    plan = plan_import(
        ["date", "activity", "volunteers_count"], [(2, ["31/12/1899", "Walk", "3"])], TODAY
    )
    assert [p.code for p in plan.problems] == ["date.too_early"]


def test_control_characters_are_removed_at_entry() -> None:
    clean = validate_activity(
        draft(
            title="Litter\x00 pick\x07",
            notes="line one\r\nline\x00 two\x1b",
            people=(PersonEntry("Si\x00ân\u0085"),),
        ),
        TODAY,
    )
    assert (clean.title, clean.notes, clean.people[0].name) == (
        "Litter pick",
        "line one\nline two",
        "Siân",
    )
    plan = plan_import(
        ["date", "activity", "person", "notes"],
        [(2, ["2026-05-01", "Walk\x00", "Ann\x0b", "a\x00b\r\nc"])],
        TODAY,
    )
    activity = plan.activities[0]
    assert (activity.label, activity.people[0].name, activity.notes) == ("Walk", "Ann", "ab\nc")


@given(st.text(max_size=40))
def test_cleaned_text_has_no_controls(text: str) -> None:
    for cleaned in (clean_line(text), clean_notes(text)):
        assert not any(ord(c) < 32 and c not in "\n\t" for c in cleaned)
        assert not any(0x7F <= ord(c) <= 0x9F for c in cleaned)


@given(st.text(max_size=30))
def test_the_formula_guard_is_undone_exactly(text: str) -> None:
    guarded = guard_formula(text)
    assert not guarded.startswith(("=", "+", "-", "@", "|", "%"))
    assert unguard_formula(guarded) == text


def test_excel_1900_serials() -> None:
    assert excel_serial_date(1) == datetime(1900, 1, 1)
    assert excel_serial_date(59) == datetime(1900, 2, 28)
    assert excel_serial_date(60) is None  # 29 February 1900 never was
    assert excel_serial_date(61) == datetime(1900, 3, 1)
    assert excel_serial_date(45_658.5) == datetime(2025, 1, 1, 12)
    assert excel_serial_date(0) is None and excel_serial_date(1e12) is None
    assert excel_serial_date(0, epoch_1904=True) is None
    assert excel_serial_date(1, epoch_1904=True) == datetime(1904, 1, 2)
