"""Translated words for importing: what each field is called, and each problem in a file.

The keys match ``domain.import_problems.PROBLEM_TEXT`` and ``domain.import_rows.FIELDS``;
a test checks that none is missing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from volunteer_app.domain.importing.extras import (
    is_output_field,
    output_field,
    output_field_of,
    output_name,
)
from volunteer_app.domain.importing.problems import RowProblem
from volunteer_app.ui.kit.file_problem_texts import file_problem_templates

translate = QCoreApplication.translate


def output_fields(
    guessed: str | None, heading: str, held: Sequence[str] = ()
) -> tuple[str, ...]:
    """The outputs a column can be read as: the one its heading ("output: NAME") names,
    and each the group already counts."""
    named = guessed if is_output_field(guessed) else output_field_of(heading)
    fields = [named] if named is not None else []
    fields += [output_field(name) for name in held]
    return tuple(dict.fromkeys(fields))


def field_label(field: str | None) -> str:
    if field is not None and is_output_field(field):
        return translate("Import", "Output: %1 (a count)").replace("%1", output_name(field))
    labels = {
        None: translate("Import", "(not imported)"),
        "date": translate("Import", "Date"),
        "activity": translate("Import", "Activity"),
        "activity_type": translate("Import", "Activity type (standard code)"),
        "kind": translate("Import", "Kind of activity (code)"),
        "location": translate("Import", "Location"),
        "local_authority": translate("Import", "Local authority"),
        "start_time": translate("Import", "Start time"),
        "end_time": translate("Import", "End time"),
        "duration_minutes": translate("Import", "Activity length (minutes)"),
        "person": translate("Import", "Person's name"),
        "role": translate("Import", "Role (code)"),
        "minutes": translate("Import", "Person's time (minutes)"),
        "hours": translate("Import", "Person's time (hours)"),
        "age_band": translate("Import", "Age band (code)"),
        "welsh_speaker": translate("Import", "Welsh speaker (code)"),
        "volunteers_count": translate("Import", "Unnamed volunteers"),
        "participants_count": translate("Import", "Unnamed participants"),
        "notes": translate("Import", "Notes"),
        "activity_ref": translate("Import", "Activity reference (groups rows)"),
        "person_ref": translate("Import", "Person reference (tells apart same names)"),
        "title": translate("Import", "Title (the event's own name)"),
        "total_volunteer_hours": translate(
            "Import", "Total volunteer hours (unnamed volunteers, whole activity)"
        ),
        "place_type": translate("Import", "Place type (code or name)"),
        "project": translate("Import", "Projects (names, separated by ;)"),
        "pulse_cards": translate("Import", "Pulse: cards handed in"),
        "pulse_belong_agree": translate("Import", "Pulse: agreed they belong"),
        "pulse_get_on_well_agree": translate("Import", "Pulse: agreed people get on well"),
        "pulse_respect_agree": translate("Import", "Pulse: agreed people show respect"),
        "pulse_trust_people_agree": translate("Import", "Pulse: agreed people can be trusted"),
        "pulse_trust_institutions_agree": translate(
            "Import", "Pulse: agreed they trust the council and services"
        ),
        "pulse_met_someone_new_agree": translate("Import", "Pulse: agreed they met someone new"),
        "pulse_all_three": translate("Import", "Pulse: agreed with all three"),
    }
    return labels[field]


def problem_templates() -> dict[str, str]:
    """Every problem a file, its headings or its rows can have, by code."""
    return {
        **_file_templates(),
        **_value_templates(),
        **_row_templates(),
        **file_problem_templates(),
    }


def _file_templates() -> dict[str, str]:
    """The file as a whole and its headings."""
    return {
        "file.missing": translate("ImportProblems", "{path} does not exist"),
        "file.folder": translate("ImportProblems", "{path} is a folder, not a file"),
        "file.too_large": translate("ImportProblems", "the file is larger than 200 MB"),
        "file.empty": translate("ImportProblems", "the file is empty"),
        "file.old_excel": translate(
            "ImportProblems",
            "this is an old Excel .xls file: save it as .xlsx or CSV and import that",
        ),
        "file.not_spreadsheet": translate(
            "ImportProblems", "the file is not a spreadsheet: choose a .csv or .xlsx file"
        ),
        "file.bad_workbook": translate(
            "ImportProblems",
            "the workbook cannot be read: it may be damaged or password-protected",
        ),
        "file.bad_csv": translate(
            "ImportProblems", "the CSV cannot be read near here (is a quote left open?)"
        ),
        "header.missing": translate("ImportProblems", "no column is read as: {fields}"),
        "header.twice": translate("ImportProblems", "two columns are read as {field}: choose one"),
        "header.no_activity": translate(
            "ImportProblems",
            "Which column says what the activity was? Choose one on the Columns page, "
            "or give one name for every row",
        ),
        "header.set_and_mapped": translate(
            "ImportProblems",
            "{field} is both read from a column and given for every row: choose one",
        ),
        "header.unknown_field": translate(
            "ImportProblems", "{field} is not something a row can hold"
        ),
        "header.not_found": translate("ImportProblems", "no column is headed “{heading}”"),
        "rows.none": translate("ImportProblems", "the file has a header but no rows"),
        "header.no_person": translate(
            "ImportProblems",
            "{fields} read from a column belong to a named person, and no column is read as "
            "the person: for one person's own log, give their name for every row; for a count "
            "of people without names, read that column as what it is (all the volunteers' "
            "hours together, or the activity's length)",
        ),
        "cell.not_calculated": translate(
            "ImportProblems",
            "cell {cell} holds a formula whose result was never saved (a program made the "
            "file): open the file in a spreadsheet and save it again, so that its results are "
            "kept",
        ),
        "rows.all_skipped": translate(
            "ImportProblems",
            "there is nothing to import: every row ({count}) is a total, a note or a day when "
            "nobody came",
        ),
    }


def _value_templates() -> dict[str, str]:
    """One value in a row: numbers, codes, times and dates."""
    return {
        "value.not_whole": translate("ImportProblems", "“{value}” is not a whole number"),
        "value.out_of_range": translate("ImportProblems", "{value} is outside {low} to {high}"),
        "value.not_code": translate("ImportProblems", "“{value}” is not one of: {allowed}"),
        "value.not_la": translate(
            "ImportProblems", "“{value}” is not a Welsh local authority (W06 code or name)"
        ),
        "value.too_long": translate("ImportProblems", "longer than {limit} characters"),
        "value.not_time": translate("ImportProblems", "“{value}” is not a time like 09:30"),
        "value.disagrees": translate(
            "ImportProblems",
            "“{value}” disagrees with “{before}” given for the same activity on row {row}",
        ),
        "time.end_without_start": translate("ImportProblems", "an end time needs a start time"),
        "time.end_not_after_start": translate(
            "ImportProblems", "the end time is not after the start time"
        ),
        "date.required": translate("ImportProblems", "a date is required"),
        "date.invalid": translate(
            "ImportProblems",
            "“{value}” is not a date like 31/03/2026, 31 March 2026 or 2026-03-31",
        ),
        "date.future": translate("ImportProblems", "{value} is more than a year in the future"),
        "date.mixed_order": translate(
            "ImportProblems",
            "the dates mix day first (“{day_first}” on row {day_row}) and month first "
            "(“{month_first}”): write them all one way",
        ),
        "date.order_needed": translate(
            "ImportProblems",
            "“{value}” could be {dmy} (day first) or {mdy} (month first): say which order "
            "the dates are written in",
        ),
        "date.year_needed": translate(
            "ImportProblems", "“{value}” has no year: say which year the dates are in"
        ),
        "date.swapped": translate(
            "ImportProblems",
            "“{value}” is written month first, yet the column's other dates are the "
            "spreadsheet's own, all on the 12th or earlier: a US file opened in a UK "
            "spreadsheet looks like this, its day and month swapped as it turned them into "
            "dates. Import the file as it was first saved (the CSV), or correct those dates "
            "in the sheet",
        ),
    }


def _row_templates() -> dict[str, str]:
    """A row's activity, people and hours."""
    return {
        "activity.required": translate("ImportProblems", "the activity's name is required"),
        "activity.empty": translate(
            "ImportProblems",
            "this activity has no people and no headcount: add one or remove the row",
        ),
        "activity.type_conflict": translate(
            "ImportProblems", "“{label}” is already mapped to {existing}, not {wanted}"
        ),
        "person.twice": translate(
            "ImportProblems", "“{name}” is listed twice for the same activity"
        ),
        "person.needed": translate(
            "ImportProblems",
            "hours, minutes, role, age band and Welsh speaker need a person's name",
        ),
        "hours.invalid": translate(
            "ImportProblems", "“{value}” is not a length of time like 2.5, 2:30 or 2h30"
        ),
        "hours.and_minutes": translate("ImportProblems", "give hours or minutes, not both"),
        "hours.over_day": translate(
            "ImportProblems",
            "{hours} hours for one person in one day is more than 24: is this the total "
            "for everyone at the activity?",
        ),
        "hours.total_too_many": translate(
            "ImportProblems",
            "{hours} hours for {count} volunteers is more than 24 hours each in one day: check "
            "the hours and the headcount",
        ),
        "hours.total_without_count": translate(
            "ImportProblems",
            "{hours} hours in all, but no volunteers counted: how many volunteers gave them?",
        ),
        "place.unknown_type": translate(
            "ImportProblems",
            "“{value}” is not a place type: use a code such as community_hall, or its name in "
            "English or Welsh",
        ),
        "place.type_conflict": translate(
            "ImportProblems",
            "“{place}” is a place of type {existing} already, not {wanted}: change the file, "
            "or the place's type in Edit > Places",
        ),
        "pulse.cards_range": translate("ImportProblems", "the number of cards is out of range"),
        "pulse.answers_above_cards": translate(
            "ImportProblems", "{answers} cards agreed, but only {cards} were handed in"
        ),
        "pulse.all_three_above_agree": translate(
            "ImportProblems",
            "{all_three} cards agreed with all three, more than the fewest agreeing with one "
            "of the first three statements ({lowest})",
        ),
    }


def located_problem_text(problem: RowProblem) -> str:
    """The problem with the row it is on, for a message outside the preview's table
    (a file refused while it was read: an open quote, a damaged cell)."""
    text = problem_text(problem)
    if not problem.line:
        return text
    return translate("Import", "Row %1: %2").replace("%1", str(problem.line)).replace("%2", text)


def problem_text(problem: RowProblem, templates: dict[str, str] | None = None) -> str:
    """The problem in the app's language; field names in it as the user sees them."""
    text = (templates or problem_templates())[problem.code]
    for key, value in problem.values.items():
        if key == "fields":
            value = ", ".join(field_label(f.strip()) for f in value.split(","))
        elif key == "field":
            value = field_label(value)
        text = text.replace("{" + key + "}", value)
    return text
