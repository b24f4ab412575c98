"""Lookalikes of the files groups really keep, built here (never copied), each with the
totals it holds worked out independently of the importer.

Each builder returns the rows as the file shows them (header first) and the reference
totals: activities, named attendances, volunteer minutes, unnamed volunteers, participants.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl


@dataclass(frozen=True)
class Reference:
    activities: int
    attendances: int
    minutes: int
    volunteers: int
    participants: int


@dataclass
class Lookalike:
    name: str
    rows: list[list[Any]]  # header first; title rows may come above it
    reference: Reference
    options: list[str]  # what a user gives on the command line


def _hours_text(minutes: int, decimal: str = ".") -> str:
    return f"{minutes / 60:g}".replace(".", decimal)


def shift_export(rng: random.Random, shifts: int = 20, decimal: str = ".") -> Lookalike:
    """A city-of-culture shift export: one row per shift with its headcount and the
    shift's total volunteer hours, no names; event ids and event names."""
    rows: list[list[Any]] = [
        ["event_id", "event_name", "date", "venue", "attended", "volunteer_hours"]
    ]
    events = ["Gŵyl y Gaeaf", "Caffi Trwsio", "Parade rehearsal", "Beach clean – Barry"]
    if decimal == ",":  # Windows-1252 has no ŵ
        events[0] = "Fête d'hiver"
    minutes_total = volunteers = 0
    day = date(2025, 9, 1)
    for number in range(shifts):
        day += timedelta(days=rng.randint(0, 3))
        attended = rng.randint(1, 70)
        per_head = rng.choice([60, 90, 120, 180, 210, 420])
        total = attended * per_head if rng.random() < 0.7 else rng.randint(1, 500) * 15
        total = min(total, attended * 24 * 60)  # at most a day each, as the importer holds
        rows.append(
            [
                f"EV-{1000 + number}",
                rng.choice(events),
                day.strftime("%d/%m/%Y"),
                "Neuadd y Dref",
                str(attended),
                _hours_text(total, decimal),
            ]
        )
        minutes_total += total
        volunteers += attended
    # one obviously day-first date, as real exports from UK systems show
    rows[1][2] = "28/08/2025"
    return Lookalike(
        "shift export",
        rows,
        Reference(shifts, 0, minutes_total, volunteers, 0),
        ["--set", "activity=Festival shifts"],
    )


def daily_summary(rng: random.Random, days: int = 14) -> Lookalike:
    """A food bank's daily summary: headcount, total hours, visitors; days nobody came;
    an ALL row at the foot adding it all up."""
    rows: list[list[Any]] = [
        ["Foodbank daily summary – Ebbw Vale", "", "", ""],
        ["Date", "Headcount", "Total hours", "Participants"],
    ]
    minutes_total = volunteers = participants = activities = 0
    day = date(2025, 10, 1)
    for _ in range(days):
        day += timedelta(days=1)
        if rng.random() < 0.25:
            rows.append([day.isoformat(), "0", "0", "0"])
            continue
        count = rng.randint(1, 12)
        total = count * rng.choice([120, 150, 180, 240])
        visitors = rng.randint(0, 60)
        rows.append([day.isoformat(), str(count), _hours_text(total), str(visitors)])
        minutes_total += total
        volunteers += count
        participants += visitors
        activities += 1
    rows.append(["ALL", str(volunteers), _hours_text(minutes_total), str(participants)])
    return Lookalike(
        "daily summary",
        rows,
        Reference(activities, 0, minutes_total, volunteers, participants),
        ["--set", "activity=Food bank"],
    )


def one_person_log(rng: random.Random, entries: int = 12) -> Lookalike:
    """One volunteer's own log: no name column; activities with en dashes, notes with
    commas (quoted in the CSV)."""
    rows: list[list[Any]] = [["Date", "Activity", "Hours", "Notes"]]
    minutes_total = 0
    seen: set[tuple[str, str]] = set()
    day = date(2025, 1, 12)  # the first is the 13th or later: the column shows day first
    for _ in range(entries):
        day += timedelta(days=rng.randint(1, 9))
        what = rng.choice(["Litter pick – Parc Bute", "Repair café – Grangetown", "Befriending"])
        if (day.isoformat(), what) in seen:
            continue
        seen.add((day.isoformat(), what))
        minutes = rng.choice([30, 45, 60, 90, 150, 240])
        note = rng.choice(["cans, bottles, and glass", "", "toaster, lamp; a bike – fixed"])
        rows.append([day.strftime("%d/%m/%Y"), what, _hours_text(minutes), note])
        minutes_total += minutes
    activities = len(rows) - 1
    return Lookalike(
        "one-person log",
        rows,
        Reference(activities, activities, minutes_total, 0, 0),
        ["--set", "person=Sam Jones"],
    )


def us_hand_typed_log(rng: random.Random) -> Lookalike:
    """A hand-typed log with US dates (10/22/19 and 11/02/19 in one column), trailing
    spaces and a subtotal comment row mid-file."""
    rows: list[list[Any]] = [["Name ", "Date ", "Hours", "Activity "]]
    people = ["Ann Lee ", "Bob Diaz", " Cat Wong", "Dev Patel "]
    minutes_total = attendances = 0
    days = ["10/22/19 ", "10/29/19", "11/02/19", "11/09/19 ", "11/16/19", "12/07/19"]
    activities = set()
    for index, day in enumerate(days):
        for person in rng.sample(people, rng.randint(1, 4)):
            minutes = rng.choice([60, 90, 120, 150])
            rows.append([person, day, f"{_hours_text(minutes)} ", "Pantry "])
            minutes_total += minutes
            attendances += 1
            activities.add(day.strip())
        if index == 2:
            rows.append(["", "", "", "Subtotal October/early Nov: see sheet 2"])
    return Lookalike(
        "US hand-typed log",
        rows,
        Reference(len(activities), attendances, minutes_total, 0, 0),
        [],  # the column shows its order: 10/22/19 is month first
    )


def yearless_minutes(rng: random.Random) -> Lookalike:
    """A committee's log with dates like 19-Sep and no year anywhere."""
    rows: list[list[Any]] = [["Date", "Name", "Hours"]]
    minutes_total = attendances = 0
    dates = ["19-Sep", "17-Oct", "21-Nov", "12-Dec"]
    for day in dates:
        for person in rng.sample(["Eira", "Gethin", "Nia", "Owain", "Siôn"], rng.randint(1, 5)):
            minutes = rng.choice([60, 90, 120])
            rows.append([day, person, _hours_text(minutes)])
            minutes_total += minutes
            attendances += 1
    rows.append(["", "No meeting in August: the hall was being painted", ""])
    return Lookalike(
        "year-less minutes",
        rows,
        Reference(len(dates), attendances, minutes_total, 0, 0),
        ["--set", "activity=Committee", "--year", "2025"],
    )


BUILDERS = (shift_export, daily_summary, one_person_log, us_hand_typed_log, yearless_minutes)


def write_csv(
    path: Path, rows: list[list[Any]], delimiter: str = ",", encoding: str = "utf-8"
) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    """Numbers as number cells and ISO dates as date cells, as Excel keeps them."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        cells: list[Any] = []
        for value in row:
            text = str(value)
            if text.strip().replace(".", "", 1).isdigit() and text == text.strip():
                cells.append(float(text) if "." in text else int(text))
            elif len(text) == 10 and text[4] == "-" and text[:4].isdigit():
                cells.append(datetime.fromisoformat(text))
            else:
                cells.append(value)
        sheet.append(cells)
    book.save(path)
    return path
