"""export-summary and import from the command line."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from tests.test_cli import run

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def home(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "data"
    code, _, _ = run(
        capsys,
        "--data-dir",
        str(folder),
        "setup",
        "--group-name",
        "Grŵp",
        "--local-authority",
        "W06000016",
    )
    assert code == 0
    code, _, err = run(
        capsys, "--data-dir", str(folder), "import", str(GOLDEN / "fy2025-input.csv")
    )
    assert code == 0, err
    return folder


def test_export_to_the_current_folder_with_the_schema_name(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "--data-dir", str(home), "export-summary", "--period", "FY2025")
    assert code == 0 and "74 rows" in out
    files = list(tmp_path.glob("vcs-summary_1.1_*_2025-04-01_2026-03-31.csv"))
    assert len(files) == 1
    with open(files[0], encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["group_name"] == "Grŵp" and rows[0]["group_la_code"] == "W06000016"


def test_no_group_name(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "x.csv"
    code, _, _ = run(
        capsys,
        "--data-dir",
        str(home),
        "export-summary",
        "--period",
        "2026-03",
        "--out",
        str(out_file),
        "--no-group-name",
    )
    assert code == 0
    with open(out_file, encoding="utf-8-sig", newline="") as fh:
        assert {r["group_name"] for r in csv.DictReader(fh)} == {""}


@pytest.mark.parametrize("period", ["2026-3-1", "Q1-2026", "FY25", "2026-13", "2026-Q5", ""])
def test_bad_period_is_a_usage_error(
    home: Path, capsys: pytest.CaptureFixture[str], period: str
) -> None:
    code, _, err = run(capsys, "--data-dir", str(home), "export-summary", "--period", period)
    assert code == 2
    assert "2026-03" in err and "2026-Q1" in err and "FY2025" in err


def test_overlap_needs_allow_overlap(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run(
            capsys,
            "--data-dir",
            str(home),
            "export-summary",
            "--period",
            "FY2025",
            "--out",
            str(tmp_path / "y.csv"),
        )[0]
        == 0
    )
    code, _, err = run(
        capsys,
        "--data-dir",
        str(home),
        "export-summary",
        "--period",
        "2025-Q2",
        "--out",
        str(tmp_path / "q.csv"),
    )
    assert code == 1 and "overlaps" in err and not (tmp_path / "q.csv").exists()
    code, _, _ = run(
        capsys,
        "--data-dir",
        str(home),
        "export-summary",
        "--period",
        "2025-Q2",
        "--out",
        str(tmp_path / "q.csv"),
        "--allow-overlap",
    )
    assert code == 0 and (tmp_path / "q.csv").exists()


def test_changed_numbers_are_mentioned(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(
        capsys,
        "--data-dir",
        str(home),
        "export-summary",
        "--period",
        "FY2025",
        "--out",
        str(tmp_path / "a.csv"),
    )
    extra = tmp_path / "extra.csv"
    extra.write_text("date,activity,person\n2025-06-01,New thing,Newcomer\n", encoding="utf-8")
    run(capsys, "--data-dir", str(home), "import", str(extra))
    code, _, err = run(
        capsys,
        "--data-dir",
        str(home),
        "export-summary",
        "--period",
        "FY2025",
        "--out",
        str(tmp_path / "b.csv"),
    )
    assert code == 0 and "changed since" in err


def test_export_refuses_without_local_authority(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys,
        "--data-dir",
        str(tmp_path),
        "export-summary",
        "--period",
        "2026-Q1",
        "--out",
        str(tmp_path / "x.csv"),
    )
    assert code == 1 and "local authority" in err and not (tmp_path / "x.csv").exists()


def test_import_dry_run_and_rejection(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "--data-dir", str(tmp_path), "import", "--dry-run", str(GOLDEN / "fy2025-input.csv")
    )
    assert code == 0 and out.startswith("Would import 5 activities with 11 named")
    conn = sqlite3.connect(tmp_path / "volunteering.sqlite3")
    assert conn.execute("SELECT count(*) FROM activity").fetchone() == (0,)
    conn.close()
    bad = tmp_path / "bad.csv"
    bad.write_text("date,activity,person\nyesterday,Café,Al\n", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "import", str(bad))
    assert code == 1 and "row 2, column date" in err and "nothing was written" in err
