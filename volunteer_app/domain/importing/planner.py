"""Checking a whole file into an import plan: the columns, the values set for every row,
the date column read as a whole, rows that are totals or notes set aside, then every row.

Nothing is guessed: a missing activity column, dates that could be read two ways or a
date without its year are problems to answer, and a row that would not reach the data is
a problem, never dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from volunteer_app.domain.importing.dates import DateColumn, both_readings, read_date_column
from volunteer_app.domain.importing.extras import is_extra_field, pulse_problem
from volunteer_app.domain.importing.plan import (
    ActivityKey,
    ImportOptions,
    ImportPlan,
    PlannedActivity,
)
from volunteer_app.domain.importing.problems import RowProblem
from volunteer_app.domain.importing.rows import (
    FIELDS,
    PERSON_ONLY,
    PERSON_REF_FIELD,
    REF_FIELD,
    RowError,
    every_cell_problem,
    plan_row,
    read_day,
)
from volunteer_app.domain.importing.skips import COUNT_FIELDS, NOBODY, skip_reason

__all__ = ["ImportOptions", "ImportPlan", "plan_import"]


def no_person_problem(chosen: Sequence[str], given: Sequence[str]) -> RowProblem | None:
    """Hours, a role, an age band... read from a column, and no person to give them to:
    said once for the file (the Columns page asks it too), not on every row."""
    of_a_person = [f for f in chosen if f in PERSON_ONLY and f != PERSON_REF_FIELD]
    if not of_a_person or "person" in given:
        return None
    return RowProblem.of(0, "person", "header.no_person", fields=",".join(of_a_person))


def _column_problems(fields: Sequence[str | None], options: ImportOptions) -> list[RowProblem]:
    problems: list[RowProblem] = []
    chosen = [f for f in fields if f]
    given = [*chosen, *options.fixed]
    if "date" not in given:
        problems.append(RowProblem.of(0, "", "header.missing", fields="date"))
    if "activity" not in given:
        problems.append(RowProblem.of(0, "activity", "header.no_activity"))
    no_person = no_person_problem(chosen, given)
    if no_person is not None:
        problems.append(no_person)
    problems.extend(
        RowProblem.of(0, "", "header.twice", field=f)
        for f in dict.fromkeys(chosen)
        if chosen.count(f) > 1
    )
    problems.extend(
        RowProblem.of(0, f, "header.set_and_mapped", field=f) for f in options.fixed if f in chosen
    )
    problems.extend(
        RowProblem.of(0, "", "header.unknown_field", field=f)
        for f in options.fixed
        if f not in FIELDS and not is_extra_field(f)
    )
    return problems


def _date_problems(column: DateColumn, options: ImportOptions) -> list[RowProblem]:
    problems = []
    if column.swapped is not None:  # whatever the order given: the turned dates stay wrong
        line, value = column.swapped
        problems.append(RowProblem.of(line, "date", "date.swapped", value=value))
    elif options.date_order is None and column.mixed:
        assert column.day_first is not None and column.month_first is not None
        problems.append(
            RowProblem.of(
                column.month_first[0],
                "date",
                "date.mixed_order",
                day_first=column.day_first[1],
                day_row=column.day_first[0],
                month_first=column.month_first[1],
            )
        )
    elif column.order is None and column.ambiguous is not None:
        line, value = column.ambiguous
        day_first, month_first = both_readings(value)
        problems.append(
            RowProblem.of(
                line, "date", "date.order_needed", value=value, dmy=day_first, mdy=month_first
            )
        )
    if column.yearless is not None and options.year is None:
        line, value = column.yearless
        problems.append(RowProblem.of(line, "date", "date.year_needed", value=value))
    return problems


Records = list[tuple[int, dict[str, str]]]


def _records(
    fields: Sequence[str | None],
    rows: Iterable[tuple[int, Sequence[str]]],
    options: ImportOptions,
) -> tuple[Records, list[tuple[int, str]]]:
    """The rows to read, as field -> text with the values given for every row, and the
    rows set aside as totals, notes or empty days (row, why)."""
    used = [(i, f) for i, f in enumerate(fields) if f]
    fixed = dict(options.fixed)
    erased_allowed = PERSON_REF_FIELD in fields
    counts_mapped = not COUNT_FIELDS.isdisjoint(fields)
    records: Records = []
    skipped: list[tuple[int, str]] = []
    for line, cells in rows:
        width = len(cells)
        row = {f: cells[i] if i < width else "" for i, f in used}
        if not "".join(row.values()).strip():
            continue  # blank rows are harmless
        # a row dated with digits is a total only if it counts nobody: checked only then
        could_skip = counts_mapped or not row.get("date", "").lstrip()[:1].isdigit()
        reason = skip_reason(row, cells) if could_skip else None
        if reason == NOBODY and erased_allowed and row.get(REF_FIELD, "").strip():
            reason = None  # the full export's activity whose people were all erased
        if reason is not None:
            skipped.append((line, reason))
            continue
        row.update(fixed)
        records.append((line, row))
    return records, skipped


def _plan_rows(
    records: Records, today: date, order: str, year: int | None
) -> tuple[dict[ActivityKey, PlannedActivity], list[RowProblem]]:
    activities: dict[ActivityKey, PlannedActivity] = {}
    problems: list[RowProblem] = []
    days: dict[str, date] = {}  # a long file repeats its dates: each is read once
    for line, row in records:
        try:
            raw = row.get("date", "")
            day = days.get(raw)
            if day is None:
                day = days[raw] = read_day(row, today, order, year)
            plan_row(row, line, activities, day)
        except RowError as exc:
            found = {
                (e.column, e.code): e for e in [exc, *every_cell_problem(row, today, order, year)]
            }
            problems.extend(
                RowProblem.of(line, e.column, e.code, **e.params) for e in found.values()
            )
    return activities, problems


def plan_import(
    fields: Sequence[str | None],
    rows: Iterable[tuple[int, Sequence[str]]],
    today: date,
    options: ImportOptions | None = None,
) -> ImportPlan:
    """Validate every row; the plan is usable only when ``problems`` is empty.

    ``fields`` says what each column is read as; ``None`` leaves a column out."""
    options = options or ImportOptions()
    problems = _column_problems(fields, options)
    if problems:
        return ImportPlan([], problems, 0)
    records, skipped = _records(fields, rows, options)
    column = read_date_column(((line, row.get("date", "")) for line, row in records),
                              options.date_order)  # fmt: skip
    problems = _date_problems(column, options)
    if problems:
        return ImportPlan([], problems, len(records), skipped)
    activities, problems = _plan_rows(records, today, column.order or "dmy", options.year)
    # Nobody at all is a forgotten column in a coordinator's sheet; in the full export
    # (which names each activity and person) it is an activity whose people were erased.
    erased_allowed = PERSON_REF_FIELD in fields
    for activity in activities.values():
        headcount = activity.volunteers_count + activity.participants_count
        if not activity.people and not headcount and not (erased_allowed and activity.ref):
            problems.append(RowProblem.of(activity.line, "", "activity.empty"))
        pulse = pulse_problem(activity.extras)  # as the pulse grid checks it
        if pulse is not None:
            problems.append(RowProblem.of(activity.line, pulse.column, pulse.code, **pulse.params))
    if not records and not skipped and not problems:
        problems.append(RowProblem.of(0, "", "rows.none"))
    elif not activities and skipped and not problems:  # refused, not "0 imported" and done
        problems.append(RowProblem.of(0, "", "rows.all_skipped", count=len(skipped)))
    problems.sort(key=lambda p: p.line)
    return ImportPlan(list(activities.values()), problems, len(records), skipped)


def date_questions(
    fields: Sequence[str | None],
    rows: Iterable[tuple[int, Sequence[str]]],
    options: ImportOptions,
) -> list[RowProblem]:
    """What must be answered about the date column before its dates can be read (asked
    on the wizard's Columns page, with the two readings of an example)."""
    if "date" not in fields:
        return []
    index = list(fields).index("date")
    cells = ((line, row[index]) for line, row in rows if index < len(row))
    return _date_problems(read_date_column(cells, options.date_order), options)
