"""People merged on one laptop are merged on the other, even for attendance the other
laptop logged for the merged-away record before it heard of the merge."""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import date
from pathlib import Path

from tests.services.merging.laptops import make_laptops


def _live_lines(database: Path) -> dict[str, int]:
    conn = sqlite3.connect(database)
    try:
        rows = conn.execute(
            "SELECT per.display_name, per.merged_into IS NOT NULL, count(*) FROM participation p"
            " JOIN person per ON per.id = p.person_id WHERE p.deleted_at IS NULL"
            " GROUP BY per.id"
        ).fetchall()
        return {f"{name}{' (merged)' if merged else ''}": n for name, merged, n in rows}
    finally:
        conn.close()


def test_attendance_of_a_merged_away_person_follows_the_merge() -> None:
    with tempfile.TemporaryDirectory() as folder:
        first, second = make_laptops(Path(folder), 2)
        try:
            first.log(0, "Bore coffi")  # Siân Jones, 1 May
            first.log(1, "Bore coffi")  # Dafydd ap Gwyn, 2 May
            second.bring_in(first.share())
            rows = first.services.people.rows(date(2026, 1, 1), date(2026, 12, 31))
            ids = {r.name: r.id for r in rows}
            # The first laptop finds the two are one person; the second, not knowing yet,
            # logs Dafydd again and Siân twice.
            first.services.people.merge(ids["Siân Jones"], ids["Dafydd ap Gwyn"])
            second.log(5, "Bore coffi")  # Dafydd ap Gwyn, 6 May
            second.log(4, "Bore coffi")  # Siân Jones, 5 May
            second.log(8, "Bore coffi")  # Siân Jones, 9 May
            second.bring_in(first.share())
            first.bring_in(second.share())
            for laptop in (first, second):
                lines = _live_lines(laptop.database)
                assert "Dafydd ap Gwyn (merged)" not in lines
                assert lines == {"Siân Jones": 5}
            assert first.dump() == second.dump()
        finally:
            first.close()
            second.close()
