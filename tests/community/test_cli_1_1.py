"""A 1.1 export made by the command line, with places and pulses, is accepted whole by
cvc-combine beside a 1.0 export of another group."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.test_cli import run


def _group(capsys: pytest.CaptureFixture[str], home: Path, out: Path, version: str) -> None:
    data = ["--data-dir", str(home)]
    assert (
        run(capsys, *data, "setup", "--group-name", "Grŵp", "--local-authority", "W06000023")[0]
        == 0
    )
    assert run(capsys, *data, "demo-data", "--until", "2026-06-30")[0] == 0
    code, _, err = run(
        capsys, *data, "export-summary", "--period", "2026-Q1", "--out", str(out),
        "--schema-version", version,
    )  # fmt: skip
    assert code == 0, err


def test_cvc_combine_takes_1_1_and_1_0_together(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "returns"
    out.mkdir()
    _group(capsys, tmp_path / "a", out, "1.1")
    _group(capsys, tmp_path / "b", out, "1.0")
    assert sorted(p.name[:16] for p in out.glob("*.csv")) == [
        "vcs-summary_1.0_",
        "vcs-summary_1.1_",
    ]
    combined = tmp_path / "combined.csv"
    code, said, err = run(capsys, "cvc-combine", "--out", str(combined), str(out))
    assert code == 0, err
    assert "2 returns combined, 0 rejected" in said
    with open(combined, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    cards = next(r for r in rows if r["measure"] == "pulse_responses")
    assert cards["groups_reporting"] == "1" and int(cards["published_sum"]) >= 10


def test_places_typed_renamed_and_merged_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "g")]
    assert run(capsys, *data, "demo-data", "--until", "2026-06-30")[0] == 0
    code, said, _ = run(capsys, *data, "places")
    assert code == 0 and "Village hall\tcommunity_hall\t" in said
    assert run(capsys, *data, "place-type", "Village hall", "Neuadd gymunedol")[0] == 0
    code, _, err = run(capsys, *data, "place-type", "Village hall", "castle")
    assert code == 1 and "not a place type" in err
    assert run(capsys, *data, "place-merge", "Community centre", "Village hall")[0] == 0
    assert run(capsys, *data, "place-rename", "Village hall", "Neuadd Llan")[0] == 0
    said = run(capsys, *data, "places")[1]
    assert "Community centre" not in said and "Neuadd Llan\tcommunity_hall\t" in said
    code, said, _ = run(capsys, *data, "community", "--period", "2026-Q1")
    assert code == 0 and "Pulse cards:" in said and "% (" in said
