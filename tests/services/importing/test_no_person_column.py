"""Hours read from a column with no column read as the person (one volunteer's own log,
their name only in the title; an events sheet whose "Duration" is the session's length): said
once, for the file, with both ways out, instead of "need a person's name" on every row."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tests.services.importing.import_lookalikes import write_csv, write_xlsx
from volunteer_app.cli import main
from volunteer_app.paths import AppPaths

GWEN = [
    ["Gwen Morgan – my volunteering 2025", "", ""],
    ["", "", ""],
    ["Date", "Activity", "Hours"],
    [datetime(2025, 4, 5), "Litter pick", "2"],
    [datetime(2025, 4, 12), "Repair café", "3.5"],
    [datetime(2025, 4, 19), "Litter pick", "1.5 hrs"],
]


def test_one_person_s_log_is_asked_for_the_name_once(
    paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(tmp_path / "gwen.xlsx", GWEN)
    home = ["--data-dir", str(paths.data_dir)]
    assert main([*home, "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("no column is read as the person") == 1
    assert "need a person's name" not in err and "--set person=NAME" in err
    assert main([*home, "import", str(path), "--set", "person=Gwen Morgan"]) == 0
    out = capsys.readouterr().out
    assert "named attendances: 3" in out and "volunteer hours: 7" in out


def test_an_events_sheet_gets_both_ways_out(
    paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(
        tmp_path / "events.csv",
        [["Event", "Date", "Number of volunteers", "Duration", "Activity"],
         ["Summer fair", "26/07/2025", "14", "4", "Fundraising"]],
    )  # fmt: skip
    assert main(["--data-dir", str(paths.data_dir), "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "all the volunteers' hours together, or the activity's length" in err
    assert "HEADING=total_volunteer_hours" in err and "HEADING=duration_minutes" in err
