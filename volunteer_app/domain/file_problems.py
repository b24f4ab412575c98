"""What can be wrong with a spreadsheet file as a whole before its rows are read (a
hostile or broken workbook, a CSV that is not what it seems), and a row's value outside
the limits in limits.py, in English for the command line and the log; the window's
translated copy is in ui/file_problem_texts.py."""

from __future__ import annotations

FILE_PROBLEM_TEXT: dict[str, str] = {
    "file.no_sheets": "the workbook has no sheets",
    "file.no_such_sheet": "the workbook has no sheet called “{sheet}”; its sheets are: {sheets}",
    "file.unsafe_xml": (
        "the workbook holds XML declarations ({part}) that spreadsheet programs never write "
        "and that can harm a computer: it was not read"
    ),
    "file.part_too_large": (
        "a part of the workbook ({part}) unpacks to more than {limit} MB: it was not read"
    ),
    "file.damaged_part": (
        "the workbook is damaged ({part} cannot be read): open it in your spreadsheet "
        "program, save it again and import that"
    ),
    "file.bad_string_ref": (
        "cell {cell} points to text the workbook does not hold: the workbook is damaged"
    ),
    "file.text_in_number": "cell {cell} is marked as a number but holds text: the workbook "
    "is damaged",
    "file.bad_cell": "cell {cell} cannot be read: the workbook is damaged",
    "file.too_wide": "a value in column {column} is beyond the {limit} columns the "
    "importer reads: remove the columns you do not need",
    "file.too_many_cells": "the file has more than {limit} cells: split it into smaller files",
    "file.cell_too_long": "a cell holds more than {limit} characters, more than a "
    "spreadsheet cell can",
    "file.csv_cell_too_long": "a cell holds more than {limit} characters: is a quote opened "
    "on this line and never closed?",
    "file.open_quote": "a quote opened on this line is never closed, so the rest of the "
    "file would be read as one cell",
    "date.too_early": "{value} is before 1900",
    "file.mixed_encoding": "this line is not UTF-8 although other lines are: the file mixes "
    "two text encodings; save it again as “CSV UTF-8” and import that",
}
