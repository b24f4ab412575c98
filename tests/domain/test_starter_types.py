from __future__ import annotations

import pytest

from volunteer_app.domain.starter_types import STARTER_TYPES, likely_code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Saturday litter pick", "practical_help"),
        ("Caffi Trwsio", "practical_help"),
        ("Fundraising quiz", "raising_money"),
        ("Cwis codi arian", "raising_money"),
        ("Committee", "committee_admin"),
        ("Cyfarfod pwyllgor", "committee_admin"),
        ("Befriending calls", "befriending_visiting"),
        ("Lifts to the surgery", "transport"),
        ("Clwb ieuenctid", "organising_running"),
        ("Côr", "other"),
    ],
)
def test_likely_code_reads_english_and_welsh_names(name: str, code: str) -> None:
    assert likely_code(name).value == code


def test_every_starter_names_itself_in_both_languages_and_guesses_its_own_kind() -> None:
    for starter in STARTER_TYPES:
        assert starter.label("en") != starter.label("cy")
        assert likely_code(starter.english) == starter.code
        assert likely_code(starter.welsh) == starter.code
