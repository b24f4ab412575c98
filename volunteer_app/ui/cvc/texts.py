"""The CVC page's words: statuses, reasons for rejecting a file, measures, the gate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from volunteer_app.domain.codes import local_authority
from volunteer_app.domain.cvc.combine import ALL_WALES, CombinedRow
from volunteer_app.domain.cvc.gate import DOMINANT_GROUP, FEW_GROUPS
from volunteer_app.domain.cvc.received import ReceivedStatus
from volunteer_app.domain.errors import AppError

translate = QCoreApplication.translate


def status_text(status: ReceivedStatus) -> str:
    return {
        ReceivedStatus.OK: translate("Cvc", "OK"),
        ReceivedStatus.CORRECTED: translate("Cvc", "Corrected (replaces an earlier file)"),
        ReceivedStatus.REPLACED: translate("Cvc", "Replaced by a later file"),
        ReceivedStatus.DUPLICATE: translate("Cvc", "Sent twice: counted once"),
        ReceivedStatus.REJECTED: translate("Cvc", "Rejected"),
        ReceivedStatus.NOT_SELECTED: translate("Cvc", "Another period or authority"),
    }[status]


def reason_text(error: AppError) -> str:
    """A rejected file's reason in the interface language; the line or code it names."""
    p = error.params
    text = {**_file_reasons(), **_content_reasons()}.get(error.code, error.message)
    if error.code == "cvc.overlap":
        for mark, key in (
            ("%1", "first"),
            ("%2", "first_period"),
            ("%3", "second"),
            ("%4", "second_period"),
        ):
            text = text.replace(mark, str(p.get(key, "")))
        return text
    return text.replace("%1", str(p.get("line", ""))).replace("%2", str(p.get("value", "")))


def _file_reasons() -> dict[str, str]:
    """A file that is not a summary as the app saved it."""
    return {
        "cvc.empty": translate("Cvc", "The file is empty."),
        "cvc.not_utf8": translate(
            "Cvc",
            "Not UTF-8 text: probably saved again by a spreadsheet. Ask for the file "
            "as the app saved it.",
        ),
        "cvc.not_a_summary": translate("Cvc", "This is not a summary file from the app."),
        "cvc.no_bom": translate(
            "Cvc",
            "Opened and saved again in a spreadsheet (the byte-order mark was lost), "
            "which can change codes and Welsh letters. Ask for the file as the app saved it.",
        ),
        "cvc.no_crlf": translate(
            "Cvc",
            "Edited after the app saved it (its line ends were changed). Ask for the "
            "file as the app saved it.",
        ),
        "cvc.bad_line": translate("Cvc", "Line %1 does not have the summary's 19 columns."),
        "cvc.no_rows": translate("Cvc", "The file has a heading but no rows."),
    }


def _content_reasons() -> dict[str, str]:
    """What is wrong inside a summary, or with what was chosen."""
    return {
        "cvc.bad_value": translate("Cvc", "A value that names the file is not valid: %2."),
        "cvc.bad_period": translate(
            "Cvc", "The period is not a month, a calendar quarter or a financial year."
        ),
        "cvc.unknown_version": translate(
            "Cvc", "A version of the summary this app cannot read: %2."
        ),
        "cvc.bad_code": translate("Cvc", "A code is misspelt or changed: %2."),
        "cvc.mixed": translate("Cvc", "Line %1 belongs to another file or was edited."),
        "cvc.rows_out_of_order": translate(
            "Cvc", "Rows are missing, repeated or out of order (line %1)."
        ),
        "cvc.row_count": translate("Cvc", "Rows are missing or added."),
        "cvc.value_on_withheld": translate(
            "Cvc",
            "Line %1: a withheld figure has a number. The file was changed after it was saved.",
        ),
        "cvc.not_plain_number": translate(
            "Cvc",
            "Line %1: %2 is not a plain whole number (a spreadsheet may have added a "
            "thousands separator).",
        ),
        "cvc.pattern": translate(
            "Cvc",
            "Its numbers do not follow the rounding and withholding rule, so it was "
            "changed after it was saved.",
        ),
        "cvc.conflict": translate(
            "Cvc",
            "Two different files from this group for the same period were made at "
            "the same time. Ask the group which one is right.",
        ),
        "cvc.too_big": translate("Cvc", "Far too large to be a summary file."),
        "cvc.unreadable": translate("Cvc", "The file could not be read."),
        "cvc.no_files": translate("Cvc", "No CSV files were found in what you chose."),
        "cvc.missing": translate("Cvc", "A file or folder you chose no longer exists."),
        "cvc.overlap": translate(
            "Cvc",
            "%1 (%2) and %3 (%4) cover overlapping periods on different grids: one "
            "could be subtracted from the other. Choose one period to combine.",
        ),
    }


def measure_text(measure: str) -> str:
    return {
        "events_held": translate("Cvc", "Events held"),
        "volunteers_unique": translate("Cvc", "Volunteers (people)"),
        "volunteer_sessions": translate("Cvc", "Volunteer sessions"),
        "volunteer_hours": translate("Cvc", "Volunteer hours"),
        "participants_attendance": translate("Cvc", "Participants (attendances)"),
        "pulse_responses": translate("Cvc", "Pulse cards"),
        "pulse_agree": translate("Cvc", "Pulse cards agreeing"),
    }.get(measure, measure)


def area_text(code: str, language: str) -> str:
    if code == ALL_WALES:
        return translate("Cvc", "All returns")
    la = local_authority(code)
    return la.name(language) if la else code


def bounds_text(row: CombinedRow) -> str:
    locale = QLocale()
    low = locale.toString(row.lower_bound)
    if row.upper_bound is None:
        return translate("Cvc", "at least %1").replace("%1", low)
    if row.upper_bound == row.lower_bound:
        return low
    return (
        translate("Cvc", "%1 to %2")
        .replace("%1", low)
        .replace("%2", locale.toString(row.upper_bound))
    )


def gate_text(row: CombinedRow) -> str:
    if row.for_publication:
        return translate("Cvc", "Can be published")
    reasons = {
        FEW_GROUPS: translate("Cvc", "fewer than 3 groups"),
        DOMINANT_GROUP: translate("Cvc", "one group gives over 80%"),
    }
    return translate("Cvc", "Not for publication: %1").replace(
        "%1", "; ".join(reasons.get(r, r) for r in row.gate)
    )


def groups_text(row: CombinedRow) -> str:
    """How many groups' returns are behind a row; says so when not all of them have it."""
    locale = QLocale()
    if row.groups_reporting == row.groups_returned:
        return locale.toString(row.groups_reporting)
    return (
        translate("Cvc", "%1 of %2 (version 1.1 only)")
        .replace("%1", locale.toString(row.groups_reporting))
        .replace("%2", locale.toString(row.groups_returned))
    )
