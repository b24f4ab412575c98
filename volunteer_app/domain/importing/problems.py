"""What can be wrong with an imported file, as codes with values, so that the window can
say it in Welsh or English and the command line in English."""

from __future__ import annotations

from dataclasses import dataclass

from volunteer_app.domain.file_problems import FILE_PROBLEM_TEXT

# English wording for the command line and the log; the window has its own translated copy
# of each (ui/import_texts.py), checked against these keys by the tests.
PROBLEM_TEXT: dict[str, str] = {
    "file.missing": "{path} does not exist",
    "file.folder": "{path} is a folder, not a file",
    "file.too_large": "the file is larger than 200 MB",
    "file.empty": "the file is empty",
    "file.old_excel": "this is an old Excel .xls file: save it as .xlsx or CSV and import that",
    "file.not_spreadsheet": "the file is not a spreadsheet: choose a .csv or .xlsx file",
    "file.bad_workbook": "the workbook cannot be read: it may be damaged or password-protected",
    "file.bad_csv": "the CSV cannot be read near here (is a quote left open?)",
    "header.missing": "no column is read as: {fields}",
    "header.twice": "two columns are read as {field}: choose one",
    "header.no_activity": (
        "Which column says what the activity was? Choose one on the Columns page, "
        "or give one name for every row"
    ),
    "header.set_and_mapped": (
        "{field} is both read from a column and given for every row: choose one"
    ),
    "header.unknown_field": "{field} is not something a row can hold",
    "header.no_person": (
        "{fields} read from a column belong to a named person, and no column is read as the "
        "person: for one person's own log, give their name for every row; for a count of "
        "people without names, read that column as what it is (all the volunteers' hours "
        "together, or the activity's length)"
    ),
    "header.not_found": "no column is headed “{heading}”",
    "rows.none": "the file has a header but no rows",
    "cell.not_calculated": (
        "cell {cell} holds a formula whose result was never saved (a program made the file): "
        "open the file in a spreadsheet and save it again, so that its results are kept"
    ),
    "rows.all_skipped": (
        "there is nothing to import: every row ({count}) is a total, a note or a day when "
        "nobody came"
    ),
    "value.not_whole": "“{value}” is not a whole number",
    "value.out_of_range": "{value} is outside {low} to {high}",
    "value.not_code": "“{value}” is not one of: {allowed}",
    "value.not_la": "“{value}” is not a Welsh local authority (W06 code or name)",
    "value.too_long": "longer than {limit} characters",
    "value.not_time": "“{value}” is not a time like 09:30",
    "value.disagrees": (
        "“{value}” disagrees with “{before}” given for the same activity on row {row}"
    ),
    "time.end_without_start": "an end time needs a start time",
    "time.end_not_after_start": "the end time is not after the start time",
    "date.required": "a date is required",
    "date.invalid": "“{value}” is not a date like 31/03/2026, 31 March 2026 or 2026-03-31",
    "date.future": "{value} is more than a year in the future",
    "date.mixed_order": (
        "the dates mix day first (“{day_first}” on row {day_row}) and month first "
        "(“{month_first}”): write them all one way"
    ),
    "date.order_needed": (
        "“{value}” could be {dmy} (day first) or {mdy} (month first): say which order "
        "the dates are written in"
    ),
    "date.year_needed": "“{value}” has no year: say which year the dates are in",
    "date.swapped": (
        "“{value}” is written month first, yet the column's other dates are the spreadsheet's "
        "own, all on the 12th or earlier: a US file opened in a UK spreadsheet looks like "
        "this, its day and month swapped as it turned them into dates. Import the file as "
        "it was first saved (the CSV), or correct those dates in the sheet"
    ),
    "activity.required": "the activity's name is required",
    "activity.empty": "this activity has no people and no headcount: add one or remove the row",
    "activity.type_conflict": "“{label}” is already mapped to {existing}, not {wanted}",
    "person.twice": "“{name}” is listed twice for the same activity",
    "person.needed": "hours, minutes, role, age band and Welsh speaker need a person's name",
    "hours.invalid": "“{value}” is not a length of time like 2.5, 2:30 or 2h30",
    "hours.and_minutes": "give hours or minutes, not both",
    "hours.over_day": (
        "{hours} hours for one person in one day is more than 24: is this the total for "
        "everyone at the activity?"
    ),
    "hours.total_too_many": (
        "{hours} hours for {count} volunteers is more than 24 hours each in one day: check "
        "the hours and the headcount"
    ),
    "hours.total_without_count": (
        "{hours} hours in all, but no volunteers counted: how many volunteers gave them?"
    ),
    "place.unknown_type": (
        "“{value}” is not a place type: use a code such as community_hall, or its name in "
        "English or Welsh"
    ),
    "place.type_conflict": (
        "“{place}” is a place of type {existing} already, not {wanted}: change the file, or "
        "the place's type in Edit > Places"
    ),
    "pulse.cards_range": "the number of cards is out of range",
    "pulse.answers_above_cards": "{answers} cards agreed, but only {cards} were handed in",
    "pulse.all_three_above_agree": (
        "{all_three} cards agreed with all three, more than the fewest agreeing with one of "
        "the first three statements ({lowest})"
    ),
}
PROBLEM_TEXT.update(FILE_PROBLEM_TEXT)


@dataclass(frozen=True)
class RowProblem:
    line: int  # row of the file (header = its own row); 0 = about the whole file
    column: str  # the template field, or "" for the whole row or file
    code: str
    params: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, line: int, column: str, code: str, /, **params: object) -> RowProblem:
        return cls(line, column, code, tuple((k, str(v)) for k, v in params.items()))

    @property
    def values(self) -> dict[str, str]:
        return dict(self.params)

    @property
    def message(self) -> str:
        return PROBLEM_TEXT[self.code].format(**self.values)

    def __str__(self) -> str:
        if self.line == 0:
            return self.message
        where = f"row {self.line}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.message}"
