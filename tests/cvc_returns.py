"""Groups' returns for the CVC tests, made by the app's own export code (and by hand for
version 1.1, which the export does not write yet, and for damaged files)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from volunteer_app.domain.disclosure import Status
from volunteer_app.domain.periods import Period, quarter
from volunteer_app.domain.summary import SummaryFacts, SummaryRow, TypeFacts, build_rows
from volunteer_app.domain.summary_csv import SummaryHeader, csv_records, render_csv

Q1 = quarter(2026, 1)
CARDIFF = "W06000015"
# One group's quarter: every rule shows (rounding, a withheld band, a secondary one).
FACTS = SummaryFacts(
    events_held=12,
    volunteers_total=23,
    by_age_band={"25_44": 10, "45_64": 11, "75_plus": 2},
    by_welsh_speaker={"yes": 9, "no": 14},
    by_status={"new": 6, "returning": 17},
    by_type={
        "practical_help": TypeFacts(60, 60 * 150, 20, 4, 1200),
        "transport": TypeFacts(3, 200, 3, 0, 3),
    },
)


def header(
    group: uuid.UUID | None = None,
    la_code: str = CARDIFF,
    period: Period = Q1,
    at: datetime | None = None,
    name: str = "",
) -> SummaryHeader:
    return SummaryHeader(
        export_id=uuid.uuid4(),
        generated_at=at or datetime(2026, 4, 2, 9, 15, tzinfo=UTC),
        app_version="0.1.0",
        group_id=group or uuid.uuid4(),
        group_name=name,
        group_la_code=la_code,
        cvc_ref="",
        period=period,
    )


def records_for(facts: SummaryFacts, head: SummaryHeader) -> list[list[str]]:
    return csv_records(head, build_rows(facts))


def return_bytes(facts: SummaryFacts, head: SummaryHeader | None = None) -> bytes:
    """A 1.0 return exactly as the app's export writes it."""
    return render_csv(records_for(facts, head or header()))


def pulse_rows(cards: int, agree: dict[str, int]) -> list[SummaryRow]:
    """The 1.1 pulse rows by hand, controlled as export-policy.md says (rules 2 and 8)."""
    from volunteer_app.domain.cvc.versions import PULSE_STATEMENTS
    from volunteer_app.domain.disclosure import control_count

    rows = []
    total = control_count("total", cards)
    rows.append(
        SummaryRow(
            "pulse_responses", "responses", "none", "total", total.value, total.status, cards
        )
    )
    for code in PULSE_STATEMENTS:
        n = agree.get(code, 0)
        cell = control_count(code, n)
        if 1 <= cards <= 9:
            cell_value, status = None, Status.SUPPRESSED
        else:
            cell_value, status = cell.value, cell.status
        rows.append(
            SummaryRow("pulse_agree", "responses", "pulse_statement", code, cell_value, status, n)
        )
    return rows


def version_1_1_bytes(
    facts: SummaryFacts, cards: int, agree: dict[str, int], head: SummaryHeader | None = None
) -> bytes:
    """A 1.1 return: the 1.0 rows, place_type rows (all not_known: every activity's place
    unknown), and the pulse rows, in the 1.1 order."""
    from volunteer_app.domain.cvc.versions import PLACE_TYPES

    rows = build_rows(facts)
    out: list[SummaryRow] = []
    for row in rows:
        out.append(row)
        if row.measure == "events_held":
            out.extend(
                SummaryRow(
                    "events_held",
                    "events",
                    "place_type",
                    code,
                    row.raw if code == "not_known" else 0,
                    Status.PUBLISHED,
                    row.raw if code == "not_known" else 0,
                )
                for code in PLACE_TYPES
            )
    last_participants = max(i for i, r in enumerate(out) if r.measure == "participants_attendance")
    total = next(r for r in out if r.measure == "participants_attendance" and r.breakdown == "none")
    place = [
        SummaryRow(
            "participants_attendance",
            "people",
            "place_type",
            code,
            total.value if code == "not_known" else 0,
            total.status if code == "not_known" else Status.PUBLISHED,
            total.raw if code == "not_known" else 0,
        )
        for code in PLACE_TYPES
    ]
    out[last_participants + 1 : last_participants + 1] = place
    out.extend(pulse_rows(cards, agree))
    records = csv_records(head or header(), out)
    for record in records[1:]:
        record[0] = "1.1"
    return render_csv(records)
