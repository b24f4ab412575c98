"""The years side by side as a plain table: one row per figure, one column per year, then
the change on the year before and on the first year shown. The command line writes it;
the same rows feed any other plain-text output."""

from __future__ import annotations

import re
from pathlib import Path

from volunteer_app.domain.funding.figures import Change, Figure, tenths_text
from volunteer_app.domain.summary_csv import neutralise, render_csv
from volunteer_app.services.files import atomic_write_bytes
from volunteer_app.services.funding.years import YearsReport

NO_DATA = "no data"
NOT_MEASURED = "n/a"  # retention with no one the year before
_TENTHS = frozenset({Figure.VOLUNTEER_HOURS, Figure.RETENTION_PERCENT})
# A change such as -3 or -12.5% is a number to a spreadsheet, never a formula.
_NUMBER = re.compile(r"[+-]?\d+(\.\d)?%?")


def _cell(value: int | None, tenths: bool, has_data: bool) -> str:
    if not has_data:
        return NO_DATA
    if value is None:
        return NOT_MEASURED
    return tenths_text(value) if tenths else str(value)


def _change_cells(found: Change | None, tenths: bool) -> list[str]:
    if found is None:
        return ["", ""]
    difference = tenths_text(found.difference) if tenths else str(found.difference)
    if found.difference > 0:
        difference = "+" + difference
    percent = "" if found.percent_tenths is None else tenths_text(found.percent_tenths) + "%"
    return [difference, percent]


def table_rows(report: YearsReport) -> list[list[str]]:
    years = report.years
    header = ["figure"]
    for y in years:
        header.append(f"{y.year.label} (to date)" if y.year.in_progress else y.year.label)
    header += ["change on year before", "change on year before %"]
    header += ["change on first year", "change on first year %"]
    rows = [header]
    keyed: list[tuple[str, Figure | str, bool]] = [(f.value, f, f in _TENTHS) for f in Figure]
    keyed += [(f"output: {o.name}", o.id, False) for o in report.outputs]
    for name, key, tenths in keyed:
        values = report.values(key)
        cells = [_cell(v, tenths, y.has_data) for v, y in zip(values, years, strict=True)]
        before, first = report.changes(key)
        rows.append([name, *cells, *_change_cells(before, tenths), *_change_cells(first, tenths)])
    return rows


def save_table_csv(report: YearsReport, target: Path) -> None:
    """UTF-8 with a BOM (Excel reads ŵ and ŷ), CRLF, no cell a spreadsheet would run as a
    formula (an output's name is the group's own text); written whole or not at all."""
    records = [
        [cell if _NUMBER.fullmatch(cell) else neutralise(cell) for cell in row]
        for row in table_rows(report)
    ]
    atomic_write_bytes(target, render_csv(records))


def table_text(report: YearsReport) -> str:
    rows = table_rows(report)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )
