"""Damaged and hostile returns each get their own plain reason, and none is half-counted."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.cvc_returns import FACTS, Q1, header, return_bytes, version_1_1_bytes
from volunteer_app.domain.cvc.combine import combine
from volunteer_app.domain.cvc.model import ReturnRejected
from volunteer_app.domain.cvc.received import CombineRefused, ReceivedStatus, select_returns
from volunteer_app.domain.cvc.returns import read_return
from volunteer_app.domain.periods import financial_year
from volunteer_app.domain.summary import SummaryFacts

GOOD = return_bytes(FACTS)


def reason(content: bytes) -> ReturnRejected:
    with pytest.raises(ReturnRejected) as caught:
        read_return("f.csv", content)
    return caught.value


def test_a_genuine_return_reads_whole() -> None:
    got = read_return("f.csv", GOOD)
    assert got.version == "1.0" and got.period == Q1 and len(got.rows) == 42
    assert got.rows[0].value == 12


def test_spreadsheet_damage_gets_its_reason() -> None:
    text = GOOD.decode("utf-8-sig")
    assert reason(text.encode("utf-8")).code == "cvc.no_bom"
    assert reason(GOOD.replace(b"\r\n", b"\n")).code == "cvc.no_crlf"
    assert reason(text.encode("cp1252", "replace").replace(b"\xef", b"\xff")).code in {
        "cvc.no_bom",
        "cvc.not_utf8",
    }
    # Excel's thousands separator on a published value.
    thousands = GOOD.replace(b",1205,published", b',"1,205",published')
    assert b"1,205" in thousands
    assert reason(thousands).code == "cvc.not_plain_number"
    misspelt = reason(GOOD.replace(b"volunteer_hours", b"volunter_hours", 1))
    assert misspelt.code == "cvc.bad_code" and "volunter_hours" in misspelt.message


def test_other_files_and_tampering() -> None:
    assert reason(b"").code == "cvc.empty"
    other = "\ufeffName,Date,Hours\r\nAnn,2026-01-03,2\r\n".encode()
    assert reason(other).code == "cvc.not_a_summary"
    lines = GOOD.split(b"\r\n")
    assert reason(b"\r\n".join([*lines[:10], b""])).code == "cvc.row_count"
    # A 3 where the rule withholds: the file was changed after it was saved.
    small = GOOD.replace(b",,suppressed", b",3,suppressed", 1)
    assert reason(small).code == "cvc.value_on_withheld"
    unrounded = GOOD.replace(b",25,published", b",23,published", 1)
    assert reason(unrounded).code == "cvc.pattern"
    version = GOOD.replace(b"\r\n1.0,", b"\r\n2.0,")
    assert reason(version).code == "cvc.unknown_version"


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_single_changed_cell_is_rejected_or_harmless(data: st.DataObject) -> None:
    """Change one cell of a genuine file: either it is rejected, or it reads as a return
    whose rows are the same codes (a changed name or id is not damage)."""
    lines = GOOD.decode("utf-8-sig").split("\r\n")
    number = data.draw(st.integers(1, len(lines) - 2))
    cells = lines[number].split(",")
    column = data.draw(st.integers(0, len(cells) - 1))
    cells[column] = data.draw(st.sampled_from(["", "x", "4", "-5", "1,000", "TOTAL", "7"]))
    lines[number] = ",".join(cells)
    content = "\ufeff".encode() + "\r\n".join(lines).encode()
    try:
        got = read_return("f.csv", content)
    except ReturnRejected as error:
        assert error.message
        return
    assert [r.key for r in got.rows] == [r.key for r in read_return("g.csv", GOOD).rows]


def test_version_1_1_reads_beside_1_0_and_its_rows_say_how_many_groups() -> None:
    first = read_return("a.csv", GOOD)
    second = read_return("b.csv", version_1_1_bytes(FACTS, 40, {"belong": 22}))
    assert second.version == "1.1" and len(second.rows) == 74
    rows = combine(select_returns([first, second]).returns, all_wales=False)
    events = next(r for r in rows if r.measure == "events_held" and r.breakdown == "none")
    cards = next(r for r in rows if r.measure == "pulse_responses")
    assert (events.groups_returned, events.groups_reporting) == (2, 2)
    assert (cards.groups_returned, cards.groups_reporting, cards.published_sum) == (2, 1, 40)


def test_rule_8_is_checked_in_1_1() -> None:
    few_cards = version_1_1_bytes(FACTS, 7, {"belong": 6})
    assert read_return("a.csv", few_cards).rows[-7].status == "suppressed"
    tampered = few_cards.replace(b"belong,,suppressed", b"belong,5,published")
    assert reason(tampered).code in {"cvc.pattern", "cvc.value_on_withheld"}


def test_duplicates_corrections_conflicts_and_grids() -> None:
    group = uuid.uuid4()
    early = return_bytes(FACTS, header(group, at=datetime(2026, 4, 2, 9, 0, tzinfo=UTC)))
    late = return_bytes(FACTS, header(group, at=datetime(2026, 4, 9, 9, 0, tzinfo=UTC)))
    files = [
        read_return("early.csv", early),
        read_return("early-again.csv", early),
        read_return("late.csv", late),
        ("junk.csv", reason(b"x")),
    ]
    chosen = select_returns(files)
    assert [r.source for r in chosen.returns] == ["late.csv"]
    status = {r.source: r.status for r in chosen.received}
    assert status == {
        "early.csv": ReceivedStatus.REPLACED,
        "early-again.csv": ReceivedStatus.DUPLICATE,
        "late.csv": ReceivedStatus.CORRECTED,
        "junk.csv": ReceivedStatus.REJECTED,
    }
    rows = combine(chosen.returns, all_wales=False)
    assert rows[0].groups_returned == 1 and rows[0].published_sum == 12
    year = read_return("year.csv", return_bytes(FACTS, header(period=financial_year(2025))))
    refused = select_returns([*files, year])
    assert refused.returns == [] and isinstance(refused.refused, CombineRefused)
    assert "late.csv" in refused.refused.message and "year.csv" in refused.refused.message
    # Choosing one period combines it and sets the other aside.
    only = select_returns([*files, year], period=Q1)
    assert {r.source: r.status for r in only.received}["year.csv"] is ReceivedStatus.NOT_SELECTED


def test_two_different_files_made_in_the_same_second_are_both_set_aside() -> None:
    group = uuid.uuid4()
    one = read_return("one.csv", return_bytes(FACTS, header(group)))
    other_facts = SummaryFacts(events_held=13)
    two = read_return("two.csv", return_bytes(other_facts, header(group)))
    chosen = select_returns([one, two])
    assert chosen.returns == []
    assert {r.status for r in chosen.received} == {ReceivedStatus.REJECTED}
