"""Real exports pass the `frictionless` validator against the shipped Table Schema, and
broken files fail it (frictionless is a test extra only, never needed by the app)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cvc_returns import FACTS, return_bytes, version_1_1_bytes
from tests.test_cli import run
from volunteer_app.domain.cvc.versions import VERSIONS
from volunteer_app.services.cvc.datapackage import table_schema, write_datapackage

frictionless = pytest.importorskip("frictionless")

# Table Schema cannot say "empty unless published"; a row constraint can.
WITHHELD_EMPTY = "status == 'published' or value == None"


def errors(package: Path) -> list[str]:
    checklist = frictionless.Checklist(
        checks=[frictionless.checks.row_constraint(formula=WITHHELD_EMPTY)]
    )
    report = frictionless.validate(str(package), checklist=checklist)
    return [row[0] for row in report.flatten(["type"])]


def described(folder: Path, content: bytes, version: str = "1.0") -> Path:
    target = folder / "return.csv"
    target.write_bytes(content)
    return write_datapackage(target, content, version)


def test_export_summary_writes_a_valid_datapackage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = ["--data-dir", str(tmp_path / "data")]
    assert (
        run(capsys, *home, "setup", "--group-name", "Grŵp", "--local-authority", "W06000023")[0]
        == 0
    )
    assert run(capsys, *home, "demo-data", "--until", "2026-06-30")[0] == 0
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = run(
        capsys, *home, "export-summary", "--period", "2026-Q1", "--out", str(out), "--datapackage"
    )
    assert code == 0, err
    [package] = out.glob("*.datapackage.json")
    [csv_file] = out.glob("*.csv")
    assert json.loads(package.read_text("utf-8"))["resources"][0]["path"] == csv_file.name
    assert errors(package) == []
    # Any edit after saving (here: a spreadsheet dropping the BOM) breaks the recorded hash.
    csv_file.write_bytes(csv_file.read_bytes()[3:])
    assert "hash-count" in errors(package)


def test_broken_files_fail_and_1_1_passes(tmp_path: Path) -> None:
    good = return_bytes(FACTS)
    assert errors(described(tmp_path, good)) == []
    assert errors(described(tmp_path, version_1_1_bytes(FACTS, 40, {"belong": 30}), "1.1")) == []
    wrong_code = good.replace(b"volunteer_hours", b"volunter_hours", 1)
    assert "constraint-error" in errors(described(tmp_path, wrong_code))
    on_withheld = good.replace(b",,suppressed", b",3,suppressed", 1)
    assert on_withheld != good
    assert "row-constraint" in errors(described(tmp_path, on_withheld))
    thousands = good.replace(b",1205,published", b',"1,205",published', 1)
    assert "type-error" in errors(described(tmp_path, thousands))
    # 1.1 rows are not codes of 1.0.
    assert "constraint-error" in errors(
        described(tmp_path, version_1_1_bytes(FACTS, 0, {}).replace(b"1.1,", b"1.0,"))
    )


def test_shipped_schemas_match_the_reader() -> None:
    for version, spec in VERSIONS.items():
        schema = table_schema(version)
        fields = {f["name"]: f for f in schema["fields"]}
        assert schema["primaryKey"] == ["measure", "breakdown", "category"]
        assert fields["schema_version"]["constraints"]["enum"] == [version]
        assert fields["measure"]["constraints"]["enum"] == list(spec.measures)
        assert fields["breakdown"]["constraints"]["enum"] == list(spec.breakdowns)
        codes = {c for codes in spec.breakdowns.values() for c in codes}
        assert set(fields["category"]["constraints"]["enum"]) == codes
        assert schema["categories"] == {k: list(v) for k, v in spec.breakdowns.items()}


def test_the_dictionary_explains_the_combined_table_and_the_gate_in_both_languages() -> None:
    from volunteer_app.domain.cvc.gate import DOMINANT_GROUP, FEW_GROUPS
    from volunteer_app.resources import shared_resources_dir
    from volunteer_app.services.cvc.combined_file import COMBINED_COLUMNS

    text = (shared_resources_dir() / "schema" / "vcs-summary-1.0-dictionary.md").read_text(
        encoding="utf-8"
    )
    english, welsh = text.split("## Cymraeg")
    for part in (english, welsh):
        for word in (FEW_GROUPS, DOMINANT_GROUP, "not_for_publication", "ONS", "ICO"):
            assert word in part
        for column in COMBINED_COLUMNS[8:]:
            assert f"`{column}`" in part or column in ("publication", "gate_reason"), column
