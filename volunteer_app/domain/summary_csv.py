"""Writing the summary as CSV bytes: UTF-8 with BOM, CRLF, fixed columns, no formulas."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from volunteer_app.domain.disclosure import SDC_RULE
from volunteer_app.domain.periods import Period
from volunteer_app.domain.summary import SCHEMA_NAME, SCHEMA_VERSION, SummaryRow
from volunteer_app.domain.validation import FORMULA_PREFIXES

COLUMNS = (
    "schema_version",
    "export_id",
    "generated_at",
    "app_version",
    "group_id",
    "group_name",
    "group_la_code",
    "cvc_ref",
    "period_start",
    "period_end",
    "period_type",
    "activity_la_code",
    "measure",
    "unit",
    "breakdown",
    "category",
    "value",
    "status",
    "sdc_rule",
)


@dataclass(frozen=True)
class SummaryHeader:
    export_id: uuid.UUID
    generated_at: datetime  # aware UTC
    app_version: str
    group_id: uuid.UUID
    group_name: str  # empty when the group chose to leave it out
    group_la_code: str
    cvc_ref: str
    period: Period


def neutralise(text: str) -> str:
    """OWASP CSV injection: a cell a spreadsheet might run as a formula gets a leading '."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def file_name(group_id: uuid.UUID, period: Period, version: str = SCHEMA_VERSION) -> str:
    return (
        f"{SCHEMA_NAME}_{version}_{group_id}_"
        f"{period.start.isoformat()}_{period.end.isoformat()}.csv"
    )


def csv_records(
    header: SummaryHeader, rows: Sequence[SummaryRow], version: str = SCHEMA_VERSION
) -> list[list[str]]:
    """The file's lines as lists of cells, header line first: exactly what will be written."""
    fixed = [
        version,
        str(header.export_id),
        header.generated_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        header.app_version,
        str(header.group_id),
        neutralise(header.group_name),
        header.group_la_code,
        neutralise(header.cvc_ref),
        header.period.start.isoformat(),
        header.period.end.isoformat(),
        header.period.type.value,
        "ALL",
    ]
    records = [list(COLUMNS)]
    for row in rows:
        value = "" if row.value is None else str(row.value)
        records.append(
            [
                *fixed,
                row.measure,
                row.unit,
                row.breakdown,
                row.category,
                value,
                row.status.value,
                SDC_RULE,
            ]
        )
    return records


def render_csv(records: Sequence[Sequence[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect="excel")  # CRLF line ends
    writer.writerows(records)
    # The BOM lets Excel read ŵ and ŷ, which Windows-1252 does not have.
    return buffer.getvalue().encode("utf-8-sig")
