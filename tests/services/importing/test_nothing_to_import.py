"""A sheet whose every row is skipped (a totals row alone, sessions when nobody came) is
refused with the reason, nothing written and the command's exit code 1: "Imported 0
activities" with exit 0 read as a success to a hurried coordinator and to a script."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.services.importing.import_lookalikes import write_csv, write_xlsx
from volunteer_app.cli import main
from volunteer_app.paths import AppPaths

SHEETS = {
    "only_total.csv": [["Date", "Name", "Activity", "Hours"], ["", "", "Total", "0"]],
    "nobody_came.csv": [
        ["Date", "Activity", "Volunteers", "Participants"],
        ["01/05/2025", "Community café", "0", "0"],
        ["08/05/2025", "Community café", "0", "0"],
    ],
    "title_and_totals.xlsx": [
        ["Repair café – volunteer hours 2025", "", ""],
        ["", "", ""],
        ["Date", "Activity", "Volunteers"],
        ["TOTAL", "", "0"],
    ],
}


@pytest.mark.parametrize("name", sorted(SHEETS))
def test_a_sheet_with_nothing_to_import_is_refused(
    name: str, paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write = write_xlsx if name.endswith(".xlsx") else write_csv
    path = write(tmp_path / name, SHEETS[name])
    home = ["--data-dir", str(paths.data_dir)]
    for dry_run in ([], ["--dry-run"]):
        assert main([*home, "import", str(path), *dry_run]) == 1
        err = capsys.readouterr().err
        assert "not imported, nothing was written" in err
        assert "there is nothing to import" in err
    assert main([*home, "imports"]) == 0
    assert "No imports yet." in capsys.readouterr().out  # no empty import recorded


def test_a_sheet_with_one_real_row_among_them_still_imports(
    paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [*SHEETS["nobody_came.csv"], ["15/05/2025", "Community café", "3", "12"]]
    path = write_csv(tmp_path / "one_day.csv", rows)
    assert main(["--data-dir", str(paths.data_dir), "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Imported 1 activities" in out and "nobody came" in out
