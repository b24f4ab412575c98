"""The check page's summary: what the file will add, figure by figure, before anything is
written; the rows set aside as totals or notes; the columns left out; or the problems."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from volunteer_app.domain.errors import AppError
from volunteer_app.domain.importing.skips import NOBODY, NOTE, TOTAL
from volunteer_app.domain.importing.totals import ImportTotals
from volunteer_app.ui.importing.import_texts import field_label, problem_text
from volunteer_app.ui.kit.dates import short_date
from volunteer_app.ui.kit.labels import activity_code_label
from volunteer_app.ui.kit.messages import error_text

if TYPE_CHECKING:
    from volunteer_app.services.importing.importer import ImportCheck

translate = QCoreApplication.translate
MAX_ROWS_LISTED = 12


def _rows(lines: list[int]) -> str:
    shown = ", ".join(str(n) for n in lines[:MAX_ROWS_LISTED])
    return shown + (" …" if len(lines) > MAX_ROWS_LISTED else "")


def hours_text(minutes: int) -> str:
    decimals = 0 if minutes % 60 == 0 else 1 if minutes % 6 == 0 else 2  # tenths are exact
    return QLocale().toString(minutes / 60, "f", decimals)


def totals_lines(totals: ImportTotals) -> list[str]:
    """Each figure on a line of its own, in the app's language."""
    locale = QLocale()
    number = locale.toString
    lines = [
        translate("ImportCheck", "Activities: %1").replace("%1", number(totals.activities)),
        translate("ImportCheck", "Named attendances: %1").replace("%1", number(totals.attendances)),
        translate("ImportCheck", "New people: %1").replace("%1", number(totals.new_people)),
        translate("ImportCheck", "Volunteer hours: %1").replace(
            "%1", hours_text(totals.volunteer_minutes)
        ),
        translate("ImportCheck", "Unnamed volunteers (headcount): %1").replace(
            "%1", number(totals.volunteers_count)
        ),
        translate("ImportCheck", "Participants: %1").replace("%1", number(totals.participants)),
    ]
    if totals.first_date and totals.last_date:
        lines.append(
            translate("ImportCheck", "Dates: %1 to %2")
            .replace("%1", short_date(totals.first_date, locale))
            .replace("%2", short_date(totals.last_date, locale))
        )
    return lines


def _skipped_lines(skipped: list[tuple[int, str]]) -> list[str]:
    texts = {
        TOTAL: translate("ImportCheck", "Skipped, looks like a total: rows %1."),
        NOTE: translate("ImportCheck", "Skipped, looks like a note: rows %1."),
        NOBODY: translate("ImportCheck", "Skipped, nobody came (every count is 0): rows %1."),
    }
    lines = []
    for reason, text in texts.items():
        rows = [line for line, why in skipped if why == reason]
        if rows:
            lines.append(text.replace("%1", _rows(rows)))
    return lines


def check_summary(checked: ImportCheck) -> str:
    locale = QLocale()
    lines: list[str] = []
    if not checked.ok:
        lines.append(
            translate(
                "ImportCheck",
                "Problems found: %1. Nothing will be imported until every row is right: "
                "correct the file in your spreadsheet, save it, then read it again.",
            ).replace("%1", locale.toString(len(checked.problems)))
        )
        lines += [problem_text(p) for p in checked.problems if not p.line]
        lines += _skipped_lines(checked.plan.skipped)
        return "\n".join(lines)
    tables = checked.tables
    assert tables is not None
    lines.append(
        translate("ImportCheck", "%1 rows read. This file will add:").replace(
            "%1", locale.toString(checked.plan.rows_read)
        )
    )
    lines += ["    " + line for line in totals_lines(tables.totals)]
    for field, value in checked.options.fixed.items():
        lines.append(
            translate("ImportCheck", "Every row: %1 “%2”.")
            .replace("%1", field_label(field))
            .replace("%2", value)
        )
    lines += _skipped_lines(checked.plan.skipped)
    if tables.skipped_rows:
        lines.append(
            translate(
                "ImportCheck", "Rows already in your data, which will be skipped: %1."
            ).replace("%1", locale.toString(tables.skipped_rows))
        )
    if tables.kept_headcounts:
        lines.append(
            translate(
                "ImportCheck",
                "Where the file's headcounts differ from those saved (rows %1), the saved "
                "ones are kept.",
            ).replace("%1", _rows(tables.kept_headcounts))
        )
    if tables.kept_extras:
        lines.append(
            translate(
                "ImportCheck",
                "Activities already saved (rows %1) keep their own place type, pulse, projects "
                "and outputs.",
            ).replace("%1", _rows(tables.kept_extras))
        )
    lines += _added_lines(checked)
    unread = checked.source.unread_columns(checked.mapping)
    if unread:
        lines.append(
            translate("ImportCheck", "Columns not imported: %1.").replace("%1", ", ".join(unread))
        )
    if not tables.has_changes:
        lines.append(translate("ImportCheck", "Everything in this file is already in your data."))
    return "\n".join(lines)


def _added_lines(checked: ImportCheck) -> list[str]:
    """What the import adds besides activities, and why (services/importing/extras.py)."""
    extras, lines = checked.extras, []
    added = checked.tables.new_types if checked.tables is not None else ()
    if added:
        lines.append(
            translate(
                "ImportCheck",
                "New activity types, with their kind (a kind the file does not give is "
                "“Other”, unless the name is one of the starter types; change it in Edit > "
                "Activity types): %1.",
            ).replace(
                "%1", "; ".join(f"{name}: {activity_code_label(code)}" for name, code in added)
            )
        )
    if extras.new_places:
        lines.append(
            translate("ImportCheck", "New places, with the type the file gives: %1.").replace(
                "%1", ", ".join(extras.new_places)
            )
        )
    if extras.new_projects:
        lines.append(
            translate(
                "ImportCheck",
                "New projects, starting on the first day they are used (add the funder and "
                "dates in Projects and outputs): %1.",
            ).replace("%1", ", ".join(extras.new_projects))
        )
    if extras.new_outputs:
        lines.append(
            translate(
                "ImportCheck",
                "New outputs (choose which activity types show them in Projects and "
                "outputs): %1.",
            ).replace("%1", ", ".join(extras.new_outputs))
        )
    if extras.rows.pulses:
        lines.append(
            translate("ImportCheck", "Activities with an event pulse: %1.").replace(
                "%1", QLocale().toString(len(extras.rows.pulses))
            )
        )
    return lines


def import_error_text(error: AppError) -> str:
    """An import's own errors in the app's language; the others as everywhere else."""
    if error.code == "import.totals_differ":
        expected: ImportTotals = getattr(error, "expected", ImportTotals())
        held: ImportTotals = getattr(error, "held", ImportTotals())
        return "\n".join(
            [
                translate(
                    "ImportCheck",
                    "The import was undone and nothing was saved: the data written did not add "
                    "up to what the file said. The file said:",
                ),
                *totals_lines(expected),
                translate("ImportCheck", "The data would have held:"),
                *totals_lines(held),
            ]
        )
    if error.code == "import.not_found":
        return translate("ImportCheck", "That import is no longer there, or was removed already.")
    return error_text(error)
