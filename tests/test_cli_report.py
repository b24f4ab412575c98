"""``volunteer-app report``: the years side by side printed or saved as CSV."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from tests.test_cli import run
from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.paths import AppPaths
from volunteer_app.services.context import open_services
from volunteer_app.services.funding.projects import FundingService


def _world(home: Path) -> None:
    """Calendar years: two years ago Ann and Bob, last year Ann and Cai (one activity in a
    project), this year Ann once."""
    y = date.today().year
    services = open_services(AppPaths.under(home))
    try:
        acts = services.activities
        walk = acts.add_type("Litter pick", "practical_help")
        funding = FundingService(services.database)
        grant = funding.add_project("Awards for All", "National Lottery", date(2025, 1, 1), None)
        bags = funding.add_output("=SUM(A1) bags", "bagiau", (walk.id.hex,))
        for day, names, tagged in (
            (date(y - 2, 5, 1), ("Ann", "Bob"), False),
            (date(y - 1, 5, 1), ("Ann", "Cai"), True),
            (date(y - 1, 6, 1), ("Cai",), False),
            (date(y, 1, 1), ("Ann",), False),
        ):
            record = acts.log(
                ActivityDraft(
                    activity_date=day,
                    activity_type_id=walk.id,
                    duration_minutes=90,
                    people=tuple(PersonEntry(n, minutes=90) for n in names),
                )
            )
            funding.record(record.hex, {bags.id: 4})
            if tagged:
                funding.tag(record.hex, (grant.id,))
    finally:
        services.close()


def _table(path: Path) -> dict[str, list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    return {row[0]: row[1:] for row in rows}


def test_report_saves_years_side_by_side(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _world(tmp_path / "home")
    out = tmp_path / "years.csv"
    code, said, err = run(
        capsys, "--data-dir", str(tmp_path / "home"), "report", "--years", "5",
        "--year-kind", "calendar", "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    assert "Saved" in said
    table = _table(out)
    this_year = date.today().year
    assert table["figure"][:5] == [str(y) for y in range(this_year - 4, this_year)] + [
        f"{this_year} (to date)"
    ]
    before, last = this_year - 2, this_year - 1
    col = {y: table["figure"].index(str(y)) for y in (before, last)}
    assert [table["activities"][col[y]] for y in (before, last)] == ["1", "2"]
    assert [table["volunteers"][col[y]] for y in (before, last)] == ["2", "2"]
    assert table["new_volunteers"][col[last]] == "1"  # Cai
    assert table["returning_volunteers"][col[last]] == "1"  # Ann
    assert table["retained_volunteers"][col[last]] == "1"
    assert table["retention_percent"][col[last]] == "50.0"
    assert table["volunteer_hours"][col[last]] == "4.5"
    assert table["activities"][0] in ("no data", "")  # a year with nothing is not zero
    assert table["output: =SUM(A1) bags"][col[last]] == "8"
    # A fall is a plain negative number; no cell starts as a formula would.
    assert table["activities"][-4:-2] == ["-1", "-50.0%"]  # this year to date on last year
    assert table["activities"][-2:] == ["", ""]  # the first year shown had no data
    raw = out.read_text(encoding="utf-8-sig")
    assert not any(
        cell.startswith(("=", "@")) for row in csv.reader(io.StringIO(raw)) for cell in row
    )


def test_report_for_one_project_and_its_errors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _world(tmp_path / "home")
    home = str(tmp_path / "home")
    code, said, _ = run(
        capsys, "--data-dir", home, "report", "--years", "2", "--year-kind", "grant:01",
        "--project", "awards for all",
    )  # fmt: skip
    assert code == 0
    lines = {line.split()[0]: line.split()[1:] for line in said.splitlines() if line.strip()}
    assert "activities" in lines and "volunteers" in lines
    code, _, err = run(capsys, "--data-dir", home, "report", "--project", "Nobody's grant")
    assert code == 1 and "no project called" in err
    code, _, err = run(capsys, "--data-dir", home, "report", "--years", "9")
    assert code == 2 and "1 to 5" in err
    code, _, err = run(capsys, "--data-dir", home, "report", "--year-kind", "grant:13")
    assert code == 2 and "grant:MM" in err


def test_report_says_which_years_and_project_it_counts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Columns headed 2025-26 could be April to March or September to August: the command
    says which kind of year it used (the group's, from Settings) and whose activities."""
    _world(tmp_path / "home")
    services = open_services(AppPaths.under(tmp_path / "home"))
    try:
        services.group.update("Llanfair Litter Pickers", "W06000001", "", "grant:09")
    finally:
        services.close()
    home = str(tmp_path / "home")
    code, said, err = run(capsys, "--data-dir", home, "report", "--years", "2")
    assert code == 0, err
    assert "Grant years from September (September to August)" in err
    assert "all activities" in err
    assert said.splitlines()[0].startswith("figure")  # the table alone on stdout
    code, _, err = run(
        capsys, "--data-dir", home, "report", "--year-kind", "financial", "--project",
        "awards for all", "--out", str(tmp_path / "years.csv"),
    )  # fmt: skip
    assert code == 0, err
    assert "Financial years (April to March)" in err and "Awards for All" in err
