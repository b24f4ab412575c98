"""The shipped schema agrees with the code that writes the files."""

from __future__ import annotations

import json
from pathlib import Path

from volunteer_app.domain.codes import LOCAL_AUTHORITIES
from volunteer_app.domain.summary import BREAKDOWN_CODES, MEASURES
from volunteer_app.domain.summary_csv import COLUMNS

SCHEMA = Path(__file__).parent.parent / "resources" / "schema" / "vcs-summary-1.0.schema.json"


def test_schema_matches_the_writer() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert tuple(f["name"] for f in schema["fields"]) == COLUMNS
    assert schema["categories"] == {k: list(v) for k, v in BREAKDOWN_CODES.items()}
    assert {
        m: (v["unit"], tuple(v["breakdowns"])) for m, v in schema["measures"].items()
    } == MEASURES
    la_field = next(f for f in schema["fields"] if f["name"] == "group_la_code")
    assert la_field["constraints"]["enum"] == [la.code for la in LOCAL_AUTHORITIES]


def test_dictionary_is_bilingual_and_covers_every_column() -> None:
    text = (SCHEMA.parent / "vcs-summary-1.0-dictionary.md").read_text(encoding="utf-8")
    assert "## English" in text and "## Cymraeg" in text
    for column in COLUMNS:
        assert text.count(f"`{column}`") >= 2, column
