"""Simulated laptops of one group: each a data folder made by the app's own services, the
first set up by hand, the others from its shared file (as a second laptop starts)."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tests.canonical import shared_dump
from volunteer_app.domain.activity import ActivityDraft, ActivityFilter, PersonEntry
from volunteer_app.domain.periods import financial_year
from volunteer_app.paths import AppPaths
from volunteer_app.services.context import AppServices, open_services

PASSPHRASE = "correct horse battery staple"
NAMES = ("Siân Jones", "Dafydd ap Gwyn", "Ann Evans", "Huw Morgan")
YEAR = financial_year(2026)


@dataclass
class Laptop:
    root: Path
    index: int
    services: AppServices = field(init=False)
    shared: int = 0

    def __post_init__(self) -> None:
        self.services = open_services(AppPaths.under(self.root / f"laptop{self.index}"))

    @property
    def database(self) -> Path:
        return self.services.paths.database

    def share(self) -> Path:
        self.shared += 1
        target = self.root / f"from{self.index}-{self.shared}.changes"
        self.services.merging.share(target, PASSPHRASE)
        return target

    def bring_in(self, source: Path) -> None:
        self.services.merging.bring_in(source, PASSPHRASE)

    def dump(self) -> dict[str, list[tuple[object, ...]]]:
        return shared_dump(self.database)

    def summary_rows(self) -> object:
        return self.services.summary.preview(YEAR).rows

    def live_activities(self) -> list[uuid.UUID]:
        rows = self.services.activities.page(ActivityFilter(), "date", True, 0, 10_000)
        return sorted(r.id for r in rows)

    def live_people(self) -> list[uuid.UUID]:
        rows = self.services.people.rows(date(2000, 1, 1), date(2030, 1, 1))
        return sorted(r.id for r in rows)

    def first_type(self) -> uuid.UUID:
        return sorted(self.services.activities.types(), key=lambda t: t.id)[0].id

    def log(self, pick: int, text: str) -> None:
        self.services.activities.log(
            ActivityDraft(
                activity_date=date(2026, 5, 1 + pick % 28),
                activity_type_id=self.first_type(),
                title=text,
                location="Neuadd",
                duration_minutes=60 + pick % 3 * 30,
                volunteers_count=pick % 4,
                people=(PersonEntry(NAMES[pick % len(NAMES)], "volunteer", 60),),
            )
        )

    def stamps(self) -> dict[tuple[str, str, str], tuple[str, object]]:
        """Every stamped field: (table, row, field) -> (stamp, value now)."""
        conn = sqlite3.connect(f"{self.database.as_uri()}?mode=ro", uri=True)
        try:
            found = {}
            rows = conn.execute("SELECT tbl, row_id, field, hlc FROM field_stamp").fetchall()
            assert all(row[3] for row in rows)  # every change got its stamp as it was saved
            for tbl, row_id, name, stamp in rows:
                value = conn.execute(
                    f'SELECT "{name}" FROM "{tbl}" WHERE id = ?', (row_id,)
                ).fetchone()[0]
                found[(tbl, row_id, name)] = (stamp, value)
            return found
        finally:
            conn.close()

    def close(self) -> None:
        self.services.close()


def make_laptops(root: Path, count: int) -> list[Laptop]:
    first = Laptop(root, 0)
    first.services.group.update("Caffi Trwsio", "W06000015", "CVC-12")
    first.services.activities.add_type("Repair café", "practical_help")
    laptops = [first]
    start = first.share()
    for index in range(1, count):
        laptop = Laptop(root, index)
        laptop.bring_in(start)  # a new install takes the group from the file
        laptops.append(laptop)
    return laptops
