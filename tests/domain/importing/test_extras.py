"""The import's pulse columns are refused exactly when the pulse grid would refuse the same
counts; place types read from codes or either language's labels; projects split on ';'."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.importing.extras import PULSE_FIELDS, ActivityExtrasPlan, read_extras
from volunteer_app.domain.importing.planner import plan_import
from volunteer_app.domain.places import PLACE_TYPE_LABELS
from volunteer_app.domain.pulse import validate_tally

TODAY = date(2026, 11, 1)


@given(counts=st.lists(st.integers(0, 40), min_size=len(PULSE_FIELDS), max_size=len(PULSE_FIELDS)))
def test_pulse_refused_exactly_when_the_grid_refuses_it(counts: list[int]) -> None:
    header = ["date", "activity", "volunteers_count", *PULSE_FIELDS]
    row = ["2026-10-03", "Café", "2", *(str(c) for c in counts)]
    plan = plan_import(header, [(2, row)], TODAY)
    given_plan = ActivityExtrasPlan(pulse=dict(zip(PULSE_FIELDS, counts, strict=True)))
    tally = given_plan.tally()
    assert tally is not None
    try:
        validate_tally(tally)
        grid_ok = True
    except ValidationError:
        grid_ok = False
    assert (not plan.problems) == grid_ok, plan.problems
    if grid_ok:
        [activity] = plan.activities
        assert activity.extras.tally() == tally


def test_place_types_from_codes_and_both_languages_labels() -> None:
    for code, (english, welsh) in PLACE_TYPE_LABELS.items():
        for text in (code.value, english.upper(), welsh):
            plan = ActivityExtrasPlan()
            read_extras({"place_type": text}, plan)
            assert plan.place_type == code.value


@given(names=st.lists(st.sampled_from(["Awards for All", "Keep Wales Tidy", "Lottery"]), max_size=4))
def test_projects_split_on_semicolons_once_each(names: list[str]) -> None:
    plan = ActivityExtrasPlan()
    read_extras({"project": " ; ".join(names) or " "}, plan)
    expected = tuple(dict.fromkeys(names))
    assert (plan.projects or ()) == expected
