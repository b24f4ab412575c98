"""cvc-combine over returns made by the app's own export-summary on generated data."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import openpyxl
import pytest

from tests.test_cli import run

AREAS = ("W06000015", "W06000015", "W06000022")


@pytest.fixture(scope="module")
def returns(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three groups (two in Cardiff, one in Newport), each with demo data, each exporting
    2026-Q1 and FY2025 with export-summary."""
    base = tmp_path_factory.mktemp("groups")
    folder = base / "q1"
    folder.mkdir()
    capsys = _Quiet()
    for number, area in enumerate(AREAS, start=1):
        home = base / f"group{number}"
        main = ["--data-dir", str(home)]
        assert (
            run(
                capsys, *main, "setup", "--group-name", f"Grŵp {number}", "--local-authority", area
            )[0]
            == 0
        )
        assert (
            run(capsys, *main, "demo-data", "--seed", str(number), "--until", "2026-06-30")[0] == 0
        )
        assert (
            run(capsys, *main, "export-summary", "--period", "2026-Q1", "--out", str(folder))[0]
            == 0
        )
        assert (
            run(
                capsys,
                *main,
                "export-summary",
                "--period",
                "FY2025",
                "--allow-overlap",
                "--out",
                str(base / f"year{number}.csv"),
            )[0]
            == 0
        )
    return folder


class _Quiet:
    """capsys is function-scoped; a module fixture's CLI output is simply dropped."""

    def readouterr(self) -> tuple[str, str]:
        return "", ""


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _value_sum(folder: Path, measure: str) -> int:
    total = 0
    for path in folder.glob("vcs-summary_*.csv"):
        row = next(r for r in _read(path) if r["measure"] == measure and r["breakdown"] == "none")
        total += int(row["value"] or 0)
    return total


def test_combine_a_folder_with_damage_and_a_duplicate(
    returns: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = tmp_path / "inbox"
    shutil.copytree(returns, inbox)
    one = sorted(inbox.glob("vcs-summary_*.csv"))[0]
    shutil.copy(one, inbox / "sent-twice.csv")
    (inbox / "no-bom.csv").write_bytes(one.read_bytes()[3:])
    (inbox / "volunteers.csv").write_text("Name,Hours\r\nAnn,2\r\n", encoding="utf-8")
    out = tmp_path / "combined.csv"
    code, said, err = run(capsys, "cvc-combine", str(inbox), "--out", str(out))
    assert code == 0, err
    assert "3 returns combined, 2 rejected" in said and "1 duplicates" in said
    assert "no-bom.csv" in err and "byte-order mark" in err
    assert "volunteers.csv" in err and "not a vcs-summary file" in err
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\n") == raw.count(b"\r\n")
    rows = _read(out)
    total = next(
        r
        for r in rows
        if (r["area_code"], r["measure"], r["breakdown"]) == ("ALL", "events_held", "none")
    )
    assert int(total["published_sum"]) == _value_sum(returns, "events_held")
    assert total["groups_returned"] == "3"
    cardiff = [r for r in rows if r["area_code"] == "W06000015"]
    assert {r["groups_returned"] for r in cardiff} == {"2"}
    # Two groups only: nothing for Cardiff may be published onward.
    assert {r["publication"] for r in cardiff} == {"not_for_publication"}


def test_filters_and_xlsx(
    returns: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "newport.xlsx"
    code, said, _ = run(
        capsys,
        "cvc-combine",
        str(returns),
        "--la",
        "W06000022",
        "--period",
        "2026-Q1",
        "--out",
        str(out),
    )
    assert code == 0 and "1 returns combined" in said
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == ["Combined", "Returns"]
    areas = {row[0] for row in book["Combined"].iter_rows(min_row=4, values_only=True)}
    assert areas == {"W06000022", "ALL"}


def test_refusals_write_nothing(
    returns: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "combined.csv"
    year = returns.parent / "year1.csv"
    code, _, err = run(capsys, "cvc-combine", str(returns), str(year), "--out", str(out))
    assert code == 1 and "year1.csv" in err and "overlapping periods" in err
    assert not out.exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = run(capsys, "cvc-combine", str(empty), "--out", str(out))
    assert code == 1 and "No CSV files" in err and not out.exists()
    junk = tmp_path / "junk.csv"
    junk.write_text("a,b\r\n", encoding="utf-8")
    code, _, err = run(capsys, "cvc-combine", str(junk), "--out", str(out))
    assert code == 1 and "nothing was written" in err and not out.exists()
