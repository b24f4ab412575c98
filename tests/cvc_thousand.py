"""1,000 returns (250 groups in the 22 authorities, 4 quarters of 2026) for the CVC's
benchmark, tests and screenshots, made from the demo generator's data by the export's code.

A few demo databases (each its own seed) give the real facts of each quarter; every group
takes one of them, so the returns have genuine shapes, suppressions and rounding.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from tests.cvc_returns import header
from volunteer_app.domain.codes import LOCAL_AUTHORITIES
from volunteer_app.domain.periods import quarter
from volunteer_app.domain.summary import build_rows
from volunteer_app.domain.summary_csv import csv_records, file_name, render_csv
from volunteer_app.services.demo_data import add_demo_data
from volunteer_app.storage.database import Database
from volunteer_app.storage.summary_query import summary_facts

QUARTERS = [quarter(2026, n) for n in (1, 2, 3, 4)]


def make_returns(folder: Path, groups: int = 250, seeds: int = 6) -> list[Path]:
    """Write ``groups`` x 4 return files into ``folder``; returns their paths."""
    facts = []
    for seed in range(1, seeds + 1):
        db = Database.open(folder / f".demo-{seed}.sqlite3", folder / f".demo-{seed}-backups")
        try:
            add_demo_data(db, seed=seed, until=date(2026, 12, 31))
            facts.append([summary_facts(db, q) for q in QUARTERS])
        finally:
            db.close()
    chooser = random.Random(19)  # the same files on every run
    out = folder / "returns"
    out.mkdir()
    paths = []
    for number in range(groups):
        group = uuid.UUID(int=chooser.getrandbits(128), version=4)
        la = LOCAL_AUTHORITIES[number % len(LOCAL_AUTHORITIES)].code
        own = chooser.choice(facts)
        for q, period in enumerate(QUARTERS):
            at = datetime(
                period.end.year + (period.end.month == 12),
                period.end.month % 12 + 1,
                2,
                9,
                15,
                tzinfo=UTC,
            )
            head = header(group, la, period, at, name=f"Group {number + 1}")
            content = render_csv(csv_records(head, build_rows(own[q])))
            path = out / file_name(group, period)
            path.write_bytes(content)
            paths.append(path)
    return paths
