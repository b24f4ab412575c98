"""Projects (grants) and output counters as plain values, and their validation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.limits import clean_line

NAME_LIMIT = 120


@dataclass(frozen=True)
class ProjectInfo:
    id: str  # hex, as item data and in the file
    name: str
    funder: str
    start: date
    end: date | None
    type_ids: tuple[str, ...] = ()  # hex: activities of these types join it when logged

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class OutputInfo:
    id: str
    name: str
    name_cy: str  # the Welsh name, '' when the group gave none
    type_ids: tuple[str, ...]  # the activity types whose Log form shows it

    def shown_name(self, language: str) -> str:
        return self.name_cy if language == "cy" and self.name_cy else self.name


def _name(value: str, field: str, what: str) -> str:
    name = clean_line(value)
    if not name:
        raise ValidationError(f"{field}.empty", f"Give the {what} a name.", field=field)
    if len(name) > NAME_LIMIT:
        raise ValidationError(
            f"{field}.too_long",
            f"The {what}'s name is longer than {NAME_LIMIT} characters.",
            field=field,
        )
    return name


def validate_project(name: str, funder: str, start: date, end: date | None) -> tuple[str, str]:
    """The project's cleaned name and funder; its end may not come before its start."""
    if end is not None and end < start:
        raise ValidationError(
            "project.backwards", "The project ends before it starts.", field="end_date"
        )
    return _name(name, "project", "project"), clean_line(funder)[:NAME_LIMIT]


def validate_output_names(name: str, name_cy: str) -> tuple[str, str]:
    cleaned_cy = clean_line(name_cy)
    if len(cleaned_cy) > NAME_LIMIT:
        raise ValidationError(
            "output.too_long",
            f"The output's Welsh name is longer than {NAME_LIMIT} characters.",
            field="output",
        )
    return _name(name, "output", "output"), cleaned_cy


def validate_amount(value: int) -> int:
    if not 0 <= value <= 10_000_000:
        raise ValidationError(
            "output.bad_amount",
            "An output's count is a whole number from 0 to 10,000,000.",
            field="output",
            value=value,
        )
    return value
