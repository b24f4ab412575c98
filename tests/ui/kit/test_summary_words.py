"""The export preview says every line in words, place types and pulse statements included:
the Welsh preview had shown "community_hall" and "belong" as they are in the file."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from volunteer_app.domain.cvc.versions import ALL_ROW_KEYS
from volunteer_app.domain.disclosure import Status
from volunteer_app.domain.summary import SummaryRow
from volunteer_app.ui.kit.summary_words import row_in_words
from volunteer_app.ui.shell.i18n import Translations


@pytest.fixture
def welsh(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translations = Translations()
    translations.switch("cy")
    yield
    translations.switch("en")


def _row(measure: str, breakdown: str, category: str) -> SummaryRow:
    return SummaryRow(measure, "events", breakdown, category, 0, Status.PUBLISHED, 0)


def test_place_types_and_statements_in_words(qapp) -> None:  # type: ignore[no-untyped-def]
    assert row_in_words(_row("events_held", "place_type", "community_hall")) == (
        "Activities held, Community hall: none"
    )
    assert row_in_words(_row("pulse_agree", "pulse_statement", "belong")) == (
        "Pulse cards that agreed, Belong to the area: none"
    )


def test_no_code_of_the_file_is_left_in_welsh(welsh: None) -> None:
    for measure, breakdown, category in ALL_ROW_KEYS:
        words = row_in_words(_row(measure, breakdown, category))
        if breakdown != "none":
            assert not re.search(rf"\b{re.escape(category)}\b", words), (category, words)
