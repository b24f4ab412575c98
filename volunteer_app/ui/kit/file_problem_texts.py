"""The window's words for what can be wrong with a spreadsheet file as a whole; the keys
match ``domain.file_problems.FILE_PROBLEM_TEXT`` (a test checks that none is missing)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def file_problem_templates() -> dict[str, str]:
    return {
        "file.no_sheets": translate("ImportProblems", "the workbook has no sheets"),
        "file.no_such_sheet": translate(
            "ImportProblems", "the workbook has no sheet called “{sheet}”; its sheets are: {sheets}"
        ),
        "file.unsafe_xml": translate(
            "ImportProblems",
            "the workbook holds XML declarations ({part}) that spreadsheet programs never "
            "write and that can harm a computer: it was not read",
        ),
        "file.part_too_large": translate(
            "ImportProblems",
            "a part of the workbook ({part}) unpacks to more than {limit} MB: it was not read",
        ),
        "file.damaged_part": translate(
            "ImportProblems",
            "the workbook is damaged ({part} cannot be read): open it in your spreadsheet "
            "program, save it again and import that",
        ),
        "file.bad_string_ref": translate(
            "ImportProblems",
            "cell {cell} points to text the workbook does not hold: the workbook is damaged",
        ),
        "file.text_in_number": translate(
            "ImportProblems",
            "cell {cell} is marked as a number but holds text: the workbook is damaged",
        ),
        "file.bad_cell": translate(
            "ImportProblems", "cell {cell} cannot be read: the workbook is damaged"
        ),
        "file.too_wide": translate(
            "ImportProblems",
            "a value in column {column} is beyond the {limit} columns the importer reads: "
            "remove the columns you do not need",
        ),
        "file.too_many_cells": translate(
            "ImportProblems", "the file has more than {limit} cells: split it into smaller files"
        ),
        "file.cell_too_long": translate(
            "ImportProblems",
            "a cell holds more than {limit} characters, more than a spreadsheet cell can",
        ),
        "file.csv_cell_too_long": translate(
            "ImportProblems",
            "a cell holds more than {limit} characters: is a quote opened on this line and "
            "never closed?",
        ),
        "file.open_quote": translate(
            "ImportProblems",
            "a quote opened on this line is never closed, so the rest of the file would be "
            "read as one cell",
        ),
        "date.too_early": translate("ImportProblems", "{value} is before 1900"),
        "file.mixed_encoding": translate(
            "ImportProblems",
            "this line is not UTF-8 although other lines are: the file mixes two text "
            "encodings; save it again as “CSV UTF-8” and import that",
        ),
    }
