"""Translated names for the standard codes, shown wherever a code would be."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def role_label(code: str) -> str:
    return {
        "volunteer": translate("Codes", "Volunteer"),
        "organiser": translate("Codes", "Organiser"),
        "participant": translate("Codes", "Participant"),
    }.get(code, code)


def kind_label(code: str) -> str:
    return {
        "group_activity": translate("Codes", "Group activity"),
        "individual_help": translate("Codes", "One person's individual help"),
    }.get(code, code)


def activity_code_label(code: str) -> str:
    return {
        "organising_running": translate("Codes", "Organising or running an activity or event"),
        "raising_money": translate("Codes", "Raising money"),
        "practical_help": translate("Codes", "Practical help (cleaning, repairs, gardening…)"),
        "befriending_visiting": translate("Codes", "Befriending or visiting"),
        "transport": translate("Codes", "Giving lifts or transport"),
        "committee_admin": translate("Codes", "Committee work or admin"),
        "campaigning": translate("Codes", "Campaigning"),
        "other": translate("Codes", "Other"),
    }.get(code, code)


def age_band_label(code: str) -> str:
    return {
        "under_16": translate("Codes", "Under 16"),
        "16_24": translate("Codes", "16 to 24"),
        "25_44": translate("Codes", "25 to 44"),
        "45_64": translate("Codes", "45 to 64"),
        "65_74": translate("Codes", "65 to 74"),
        "75_plus": translate("Codes", "75 or over"),
        "not_known": translate("Codes", "Not known"),
    }.get(code, code)


def welsh_label(code: str) -> str:
    return {
        "yes": translate("Codes", "Yes"),
        "learning": translate("Codes", "Learning"),
        "no": translate("Codes", "No"),
        "not_known": translate("Codes", "Not known"),
    }.get(code, code)


def frequency_label(code: str) -> str:
    return {
        "weekly": translate("Codes", "Every week"),
        "fortnightly": translate("Codes", "Every two weeks"),
        "monthly": translate("Codes", "Every month, same date"),
    }.get(code, code)
