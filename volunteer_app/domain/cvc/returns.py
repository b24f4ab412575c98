"""Reading one group's return: the whole file is checked before any of it is used.

A file that fails any check is rejected as a whole with a plain reason (``ReturnRejected``):
a CVC total must never be built from half a file.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import uuid
from datetime import UTC, date, datetime

from volunteer_app.domain.codes import local_authority
from volunteer_app.domain.cvc.model import WITHHELD, ReturnRow, SummaryReturn, reject
from volunteer_app.domain.cvc.pattern import check_pattern
from volunteer_app.domain.cvc.versions import VERSIONS, VersionSpec
from volunteer_app.domain.disclosure import SDC_RULE
from volunteer_app.domain.periods import Period, PeriodType, period_containing
from volunteer_app.domain.summary_csv import COLUMNS

BOM = b"\xef\xbb\xbf"
HEADER_COLUMNS = COLUMNS[:12]  # the same on every line of one file
GRIDS = (PeriodType.MONTH, PeriodType.QUARTER, PeriodType.YEAR)


def _decode(content: bytes) -> str:
    if not content.strip(BOM + b" \r\n\t"):
        raise reject("cvc.empty", "The file is empty.")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise reject(
            "cvc.not_utf8",
            "The file is not UTF-8 text: it was probably saved again by a spreadsheet in "
            "another encoding. Ask the group for the file as the app saved it.",
        ) from None


def _split(text: str, simple: bool) -> list[list[str]]:
    if simple:
        # No quoted cell and only CRLF line ends: splitting is exactly what the csv module
        # would do here, at about twice the speed (a CVC reads a thousand files).
        lines = text.split("\r\n")
        if lines[-1] == "":
            lines.pop()
        return [line.split(",") for line in lines[:2]] + [[line] for line in lines[2:]]
    return list(csv.reader(io.StringIO(text, newline="")))


def _lines(content: bytes) -> tuple[list[str], list[list[str]]]:
    """The first data line's 19 cells, and each data line as [its first 12 cells, then the
    7 cells from measure to sdc_rule], once every line is known to have 19 cells and the
    same first 12 (the group and period)."""
    text = _decode(content)
    crlf = content.count(b"\r\n")
    lf = content.count(b"\n")
    records = _split(text, b'"' not in content and crlf == lf == content.count(b"\r"))
    if not records or records[0] != list(COLUMNS):
        raise reject(
            "cvc.not_a_summary",
            "This is not a vcs-summary file: its first line does not have the summary's "
            "19 columns in their order.",
        )
    # Checked after the header so that another kind of CSV gets the plainer reason above.
    if not content.startswith(BOM):
        raise reject(
            "cvc.no_bom",
            "The file has lost its byte-order mark (BOM): it was opened and saved again in a "
            "spreadsheet, which can change codes and Welsh letters. Ask the group for the "
            "file as the app saved it.",
        )
    if lf != crlf:
        raise reject(
            "cvc.no_crlf",
            "The file's line ends were changed (CRLF lost): it was edited after the app "
            "saved it. Ask the group for the file as the app saved it.",
        )
    if len(records) < 2:
        raise reject("cvc.no_rows", "The file has a header but no rows.")
    first = records[1]
    _check_length(first, 2)
    fixed = ",".join(first[:12])
    body = []
    for number, record in enumerate(records[1:], start=2):
        parts = (
            record[0].rsplit(",", 7) if len(record) == 1 else [",".join(record[:12]), *record[12:]]
        )
        if len(parts) != 8 or parts[0] != fixed or parts[7] != first[18]:
            _check_length(record[0].split(",") if len(record) == 1 else record, number)
            raise reject(
                "cvc.mixed",
                f"Line {number} belongs to another file or was edited: the columns that "
                "name the group and period differ from the first line.",
                line=number,
            )
        body.append(parts)
    return first, body


def _check_length(record: list[str], number: int) -> None:
    if len(record) != len(COLUMNS):
        raise reject(
            "cvc.bad_line",
            f"Line {number} has {len(record)} cells instead of {len(COLUMNS)}.",
            line=number,
        )


def _uuid(text: str, column: str) -> str:
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise reject(
            "cvc.bad_value", f"{column} {text!r} is not a valid id.", column=column, value=text
        ) from None


def _period(start: str, end: str, kind: str) -> Period:
    try:
        first, last, grid = date.fromisoformat(start), date.fromisoformat(end), PeriodType(kind)
    except ValueError:
        grid = PeriodType.CUSTOM
    if grid not in GRIDS:
        raise reject(
            "cvc.bad_period",
            f"The period {start} to {end} ({kind}) is not a month, a calendar quarter or a "
            "financial year.",
            start=start,
            end=end,
        )
    period = period_containing(first, grid)
    if (period.start, period.end) != (first, last):
        raise reject(
            "cvc.bad_period",
            f"The period {start} to {end} is not a whole {kind}.",
            start=start,
            end=end,
        )
    return period


def _generated_at(text: str) -> datetime:
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", text):
        raise reject(
            "cvc.bad_value",
            f"generated_at {text!r} is not a time like 2026-04-02T09:15:00Z.",
            column="generated_at",
            value=text,
        )
    try:
        return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)
    except ValueError:
        raise reject(
            "cvc.bad_value",
            f"generated_at {text!r} is not a real date and time.",
            column="generated_at",
            value=text,
        ) from None


def _header(first: list[str]) -> dict[str, str]:
    cells = dict(zip(COLUMNS, first, strict=True))
    if cells["schema_version"] not in VERSIONS:
        raise reject(
            "cvc.unknown_version",
            f"Version {cells['schema_version']!r} of vcs-summary is not one this app reads "
            f"(it reads {', '.join(VERSIONS)}).",
            value=cells["schema_version"],
        )
    if local_authority(cells["group_la_code"]) is None:
        raise reject(
            "cvc.bad_code",
            f"group_la_code {cells['group_la_code']!r} is not a Welsh local authority code.",
            column="group_la_code",
            value=cells["group_la_code"],
        )
    if cells["activity_la_code"] != "ALL" or cells["sdc_rule"] != SDC_RULE:
        raise reject(
            "cvc.bad_code",
            "activity_la_code must be ALL and sdc_rule k5_r5.",
            column="sdc_rule",
            value=cells["sdc_rule"],
        )
    return cells


def _row(
    spec: VersionSpec, record: list[str], number: int, want: tuple[str, str, str]
) -> ReturnRow:
    measure, unit, breakdown, category, value, status = record[1:7]
    if (measure, breakdown, category) != want:
        for column, code, known in (
            ("measure", measure, spec.measures),
            ("breakdown", breakdown, spec.breakdowns),
            ("category", category, spec.breakdowns.get(breakdown, ())),
        ):
            if code not in known:
                raise reject(
                    "cvc.bad_code",
                    f"Line {number}: {code!r} is not a {column} code of vcs-summary "
                    f"{spec.version} (misspelt or changed?).",
                    line=number,
                    column=column,
                    value=code,
                )
        raise reject(
            "cvc.rows_out_of_order",
            f"Line {number}: rows are missing, repeated or out of order (expected "
            f"{' / '.join(want)}).",
            line=number,
        )
    if unit != spec.unit(measure):
        raise reject(
            "cvc.bad_code",
            f"Line {number}: unit {unit!r} is not the unit of {measure}.",
            line=number,
            column="unit",
            value=unit,
        )
    return ReturnRow(measure, breakdown, category, _value(value, status, number), status)


def _value(value: str, status: str, number: int) -> int | None:
    if status in WITHHELD:
        if value != "":
            raise reject(
                "cvc.value_on_withheld",
                f"Line {number}: a withheld ({status}) row has the value {value!r}; withheld "
                "rows must be empty.",
                line=number,
            )
        return None
    if status != "published":
        raise reject(
            "cvc.bad_code",
            f"Line {number}: {status!r} is not a status code.",
            line=number,
            column="status",
            value=status,
        )
    if not re.fullmatch(r"[0-9]+", value):
        raise reject(
            "cvc.not_plain_number",
            f"Line {number}: the value {value!r} is not a plain whole number (a spreadsheet "
            "may have added a thousands separator, a decimal point or a space).",
            line=number,
            value=value,
        )
    return int(value)


def _rows(spec: VersionSpec, lines: list[list[str]]) -> tuple[ReturnRow, ...]:
    """The rows, read in one tight loop (a CVC reads a thousand files); any line that is not
    exactly as expected is looked at again slowly to say what is wrong with it."""
    rows: list[ReturnRow] = []
    append = rows.append
    for number, (record, want) in enumerate(zip(lines, spec.expected_cells, strict=True), start=2):
        value, status = record[5], record[6]
        if record[1:5] != want:
            _row(spec, record, number, (want[0], want[2], want[3]))
        if status == "published" and value.isdigit() and value.isascii():
            append(ReturnRow(want[0], want[2], want[3], int(value), status))
        elif status in WITHHELD and not value:
            append(ReturnRow(want[0], want[2], want[3], None, status))
        else:  # something is wrong: _value says what
            append(ReturnRow(want[0], want[2], want[3], _value(value, status, number), status))
    return tuple(rows)


def read_return(source: str, content: bytes) -> SummaryReturn:
    """Check one file completely (form, codes, disclosure pattern) and return its rows."""
    first, lines = _lines(content)
    cells = _header(first)
    spec = VERSIONS[cells["schema_version"]]
    keys = spec.expected_cells
    if len(lines) != len(keys):
        raise reject(
            "cvc.row_count",
            f"The file has {len(lines)} rows; a vcs-summary {spec.version} file has {len(keys)}.",
            found=len(lines),
            expected=len(keys),
        )
    rows = _rows(spec, lines)
    check_pattern(rows, spec.breakdown_spans)
    return SummaryReturn(
        source=source,
        sha256=hashlib.sha256(content).hexdigest(),
        version=spec.version,
        export_id=_uuid(cells["export_id"], "export_id"),
        generated_at=_generated_at(cells["generated_at"]),
        group_id=_uuid(cells["group_id"], "group_id"),
        group_name=cells["group_name"],
        la_code=cells["group_la_code"],
        period=_period(cells["period_start"], cells["period_end"], cells["period_type"]),
        rows=rows,
    )
