"""Turning typed errors into translated sentences that say what to fix: one table per
area, each code worded once in English and Welsh (tests/ui/kit/test_error_wording.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from volunteer_app.domain.errors import AppError

translate = QCoreApplication.translate


def error_text(error: AppError) -> str:
    from volunteer_app.ui.kit.community_words import community_error_texts
    from volunteer_app.ui.kit.merging_words import merging_error_texts

    p = error.params
    text = next(
        (
            found
            for table in (*TABLES, lambda: community_error_texts(p), merging_error_texts)
            if (found := table().get(error.code))
        ),
        error.message,
    )
    if "differences" in p:  # the names of tables and rules, as SQLite spells them
        text = text.replace("%1", str(p["differences"]))
    elif "limit" in p:
        text = text.replace("%1", str(p["limit"]))
    elif "name" in p:
        text = text.replace("%1", str(p["name"]))
    return text


def _group_texts() -> dict[str, str]:
    """The group's profile, the language, and text a spreadsheet could run."""
    return {
        "text.formula_prefix": translate(
            "Messages",
            "This must not start with = + - @ | % or a tab, because spreadsheets could run it "
            "as a formula. Remove the first character.",
        ),
        "group.name_too_long": translate(
            "Messages", "The group name is too long: use at most %1 characters."
        ),
        "group.unknown_la": translate("Messages", "Choose a Welsh local authority from the list."),
        "group.cvc_ref_too_long": translate(
            "Messages", "The CVC reference is too long: use at most %1 characters."
        ),
        "language.unknown": translate("Messages", "Choose Cymraeg or English."),
    }


def _data_file_texts() -> dict[str, str]:
    """The data file: busy, read only, full, moved, damaged, too new."""
    return {
        "db.locked": translate(
            "Messages", "The data is busy in another program. Close it and try again."
        ),
        "db.read_only": translate(
            "Messages",
            "The data folder cannot be written to. Nothing was changed. Check that the disk "
            "is not full or read-only, or move the data with --data-dir.",
        ),
        "db.disk_full": translate(
            "Messages", "The disk is full, so nothing was saved. Free some space and try again."
        ),
        "db.io_error": translate(
            "Messages", "The disk could not be read or written. Nothing was changed."
        ),
        "db.moved": translate(
            "Messages",
            "The data file was moved, replaced or deleted while the app had it "
            "open. Nothing was saved: close the app and open it again.",
        ),
        "db.damaged": translate("Messages", "The data file is damaged. Nothing was overwritten."),
        "db.cannot_open": translate(
            "Messages",
            "The data file cannot be opened. Check the data folder exists and is yours to write.",
        ),
        "db.not_a_database": translate(
            "Messages", "The file in the data folder is not this app's data. It was left as it is."
        ),
        "db.too_new": translate(
            "Messages",
            "This data was saved by a newer version of the app. Install the newer "
            "version to open it; the data was left untouched.",
        ),
    }


def _export_texts() -> dict[str, str]:
    """The summary for the CVC, periods, starter types and imports."""
    return {
        "export.no_local_authority": translate(
            "Messages", "Set your group's local authority first, in Settings."
        ),
        "export.overlap": translate(
            "Messages", "This period overlaps one already sent on a different grid."
        ),
        "period.bad_form": translate(
            "Messages",
            "Use a month like 2026-03, a quarter like 2026-Q1 or a financial year like FY2025.",
        ),
        "period.backwards": translate(
            "Messages", "The end of the range is before its start: check the dates."
        ),
        "type.unknown_starter": translate("Messages", "There is no such starter activity type."),
        "cvc.no_schema": translate(
            "Messages", "This version of the app has no schema for that summary version."
        ),
        "import.rejected": translate(
            "Messages", "The file was not imported: fix the problems listed, then try again."
        ),
    }


def limit_texts() -> dict[str, str]:
    """What is over a limit of domain/limits.py, in the Log form and the edit dialogs."""
    return {
        "activity.too_early": translate("Messages", "The date is before 1900: check the year."),
        "activity.title_too_long": translate(
            "Messages", "The title is too long: use at most %1 characters."
        ),
        "activity.location_too_long": translate(
            "Messages", "The place is too long: use at most %1 characters."
        ),
        "activity.notes_too_long": translate(
            "Messages", "The notes are too long: use at most %1 characters."
        ),
        "activity.name_too_long": translate(
            "Messages", "A name is too long: use at most %1 characters."
        ),
    }


def activity_texts() -> dict[str, str]:
    """An activity and its types, as logged or edited."""
    return {
        "activity.no_type": translate("Messages", "Choose the type of activity."),
        "activity.far_future": translate(
            "Messages", "The date is more than a year ahead: check the year."
        ),
        "activity.end_before_start": translate(
            "Messages", "The end time is not after the start time."
        ),
        "activity.end_without_start": translate(
            "Messages", "Give a start time too, or just a duration."
        ),
        "activity.too_long": translate(
            "Messages", "An activity lasts at most 24 hours in one day."
        ),
        "activity.bad_headcount": translate(
            "Messages", "A headcount is a whole number from 0 upwards."
        ),
        "activity.person_twice": translate("Messages", "%1 is listed twice."),
        "activity.bad_role": translate("Messages", "Choose volunteer, organiser or participant."),
        "activity.person_too_long": translate(
            "Messages", "%1 has more than 24 hours in one day: check their hours."
        ),
        "activity.bad_total": translate(
            "Messages", "The unnamed volunteers' hours in total are a number from 0 upwards."
        ),
        "activity.total_too_many": translate(
            "Messages",
            "The unnamed volunteers' hours in total are more than 24 hours each in one day: "
            "check their hours and how many there were.",
        ),
        "activity.total_without_count": translate(
            "Messages",
            "There are hours for unnamed volunteers but no unnamed volunteers: give how many "
            "there were, or set their hours to 0.",
        ),
        "activity.empty": translate("Messages", "Add at least one person or a headcount."),
        "activity.gone": translate("Messages", "That activity no longer exists."),
        "type.no_label": translate("Messages", "Give the activity type a name."),
        "type.label_too_long": translate(
            "Messages", "The name is too long: use at most %1 characters."
        ),
        "type.bad_code": translate("Messages", "Choose what kind of activity this is."),
        "type.gone": translate("Messages", "That activity type no longer exists."),
        "person.no_name": translate("Messages", "A name is needed."),
    }


def backup_texts() -> dict[str, str]:
    """Backups and restoring one."""
    return {
        "backup.no_data": translate("Messages", "There is no data to back up yet."),
        "restore.missing": translate("Messages", "That file cannot be found."),
        "restore.not_ours": translate("Messages", "That file is not a backup of this app's data."),
        "restore.too_new": translate(
            "Messages", "That backup was made by a newer version of the app: update the app first."
        ),
        "restore.damaged": translate(
            "Messages", "That backup file is damaged. Try an older one; nothing was changed."
        ),
        "restore.same_file": translate("Messages", "That is the data file itself."),
    }


def funding_texts() -> dict[str, str]:
    """Outputs, projects (grants) and the reports over the years."""
    return {
        "output.bad_amount": translate(
            "Messages", "An output's count is a whole number from 0 to 10,000,000."
        ),
        "output.duplicate": translate(
            "Messages", "There is already an output with that name: choose another name."
        ),
        "output.too_long": translate("Messages", "The output's name is too long: shorten it."),
        "output.unknown": translate(
            "Messages", "That output no longer exists. Close this and open it again."
        ),
        "project.backwards": translate(
            "Messages", "The project ends before it starts: check the two dates."
        ),
        "project.duplicate": translate(
            "Messages", "There is already a project with that name: choose another name."
        ),
        "project.unknown": translate(
            "Messages", "That project no longer exists: choose one from the list."
        ),
        "report.not_csv": translate("Messages", "Give a file name ending in .csv."),
        "years.bad_count": translate("Messages", "Show between 1 and 5 years."),
        "years.bad_kind": translate(
            "Messages", "Choose a kind of year: financial, calendar, or a grant year."
        ),
    }


def restore_failed_text() -> dict[str, str]:
    """A restore that could not be put in place."""
    return {
        "restore.failed": translate(
            "Messages",
            "The backup could not be put in place. Your data was not changed; "
            "check that the disk has space.",
        ),
    }


def series_texts() -> dict[str, str]:
    """Regular activities."""
    return {
        "series.bad_frequency": translate("Messages", "Choose how often it happens."),
        "series.missing": translate(
            "Messages", "That regular activity no longer exists. Close this and look again."
        ),
        "series.end_before_start": translate(
            "Messages", "The last session is before the first: check the dates."
        ),
        "series.bad_count": translate("Messages", "The number of sessions must be from 1 to %1."),
    }


def people_texts() -> dict[str, str]:
    """A person's details, merging and erasing."""
    return {
        "person.name_too_long": translate(
            "Messages", "The name is too long: use at most %1 characters."
        ),
        "person.contact_too_long": translate(
            "Messages", "The contact is too long: use at most %1 characters."
        ),
        "person.notes_too_long": translate(
            "Messages", "The notes are too long: use at most %1 characters."
        ),
        "person.bad_age_band": translate("Messages", "Choose an age band."),
        "person.bad_welsh": translate("Messages", "Choose whether they speak Welsh."),
        "person.merge_same": translate("Messages", "Choose two different people."),
        "person.gone": translate("Messages", "That person is no longer on file."),
    }


def safety_texts() -> dict[str, str]:
    """Outputs that would replace the data, the data folder's lock, backups refused."""
    return {
        "output.is_data": translate(
            "Messages",
            "That file is the app's own data or one of its backups: saving there would "
            "destroy it. Nothing was saved; choose another name or folder.",
        ),
        "restore.not_our_schema": translate(
            "Messages",
            "That file is not laid out as this app's data (it may have been changed by "
            "another program), so it was not used and nothing was changed. What differs: %1",
        ),
        "db.not_our_schema": translate(
            "Messages",
            "The data file is not laid out as this app's data (it may have been changed by "
            "another program), so it was left as it is. What differs: %1",
        ),
    }


TABLES: tuple[Callable[[], dict[str, str]], ...] = (
    _group_texts,
    _data_file_texts,
    _export_texts,
    safety_texts,
    limit_texts,
    activity_texts,
    backup_texts,
    funding_texts,
    restore_failed_text,
    series_texts,
    people_texts,
)
