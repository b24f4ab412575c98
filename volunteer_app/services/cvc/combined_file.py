"""The combined table as CSV (UTF-8 with BOM, CRLF, formula-safe) or XLSX, written whole."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from volunteer_app.domain.cvc.combine import CombinedRow
from volunteer_app.domain.cvc.received import Received
from volunteer_app.domain.summary_csv import neutralise, render_csv
from volunteer_app.services.files import atomic_write_bytes
from volunteer_app.services.xlsx_writer import XlsxSheet, xlsx_bytes

COMBINED_COLUMNS = (
    "area_code",
    "period_start",
    "period_end",
    "period_type",
    "measure",
    "unit",
    "breakdown",
    "category",
    "groups_returned",
    "groups_reporting",
    "groups_contributing",
    "published_sum",
    "withheld_cells",
    "lower_bound",
    "upper_bound",
    "publication",
    "gate_reason",
)
RETURNS_COLUMNS = (
    "file",
    "status",
    "group_id",
    "group_name",
    "la_code",
    "period",
    "version",
    "reason",
)


def combined_records(rows: Sequence[CombinedRow]) -> list[list[str | int]]:
    """One record per combined row; an empty upper bound means "at least the lower bound"."""
    return [
        [
            r.area,
            r.period.start.isoformat(),
            r.period.end.isoformat(),
            r.period.type.value,
            r.measure,
            r.unit,
            r.breakdown,
            r.category,
            r.groups_returned,
            r.groups_reporting,
            r.groups_contributing,
            r.published_sum,
            r.withheld_cells,
            r.lower_bound,
            "" if r.upper_bound is None else r.upper_bound,
            "ok" if r.for_publication else "not_for_publication",
            ";".join(r.gate),
        ]
        for r in rows
    ]


def received_records(received: Sequence[Received]) -> list[list[str]]:
    records = []
    for item in received:
        s = item.summary
        records.append(
            [
                neutralise(item.source),
                item.status.value,
                s.group_id if s else "",
                neutralise(s.group_name) if s else "",
                s.la_code if s else "",
                s.period.code if s else "",
                s.version if s else "",
                neutralise(item.error.message) if item.error else "",
            ]
        )
    return records


def combined_csv(rows: Sequence[CombinedRow]) -> bytes:
    records = [list(COMBINED_COLUMNS)] + [
        [str(cell) for cell in record] for record in combined_records(rows)
    ]
    return render_csv(records)


def combined_xlsx(rows: Sequence[CombinedRow], received: Sequence[Received]) -> bytes:
    return xlsx_bytes(
        [
            XlsxSheet(
                "Combined",
                "Combined vcs-summary returns. Rows marked not_for_publication are for the "
                "CVC only.",
                COMBINED_COLUMNS,
                combined_records(rows),
            ),
            XlsxSheet(
                "Returns",
                "The files received and what was done with each.",
                RETURNS_COLUMNS,
                received_records(received),
            ),
        ]
    )


def save_combined(
    target: Path, rows: Sequence[CombinedRow], received: Sequence[Received] = ()
) -> Path:
    """Write the table to ``target`` (XLSX if it ends in .xlsx, else CSV) atomically."""
    target = target.expanduser().absolute()
    if target.suffix.lower() == ".xlsx":
        atomic_write_bytes(target, combined_xlsx(rows, received))
    else:
        atomic_write_bytes(target, combined_csv(rows))
    return target
