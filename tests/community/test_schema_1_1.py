"""The shipped 1.1 schema and dictionary agree with the code that writes 1.1 files, and a
1.1 export from the app passes the schema and the CVC reader."""

from __future__ import annotations

import json
from pathlib import Path

from volunteer_app.domain.cvc.versions import VERSIONS
from volunteer_app.domain.summary_community import BREAKDOWN_CODES_1_1, MEASURES_1_1
from volunteer_app.domain.summary_csv import COLUMNS

SCHEMA = Path(__file__).parent.parent.parent / "resources" / "schema"


def test_the_1_1_schema_matches_the_writer() -> None:
    schema = json.loads((SCHEMA / "vcs-summary-1.1.schema.json").read_text(encoding="utf-8"))
    assert tuple(f["name"] for f in schema["fields"]) == COLUMNS
    assert schema["categories"] == {k: list(v) for k, v in BREAKDOWN_CODES_1_1.items()}
    assert {
        m: (v["unit"], tuple(v["breakdowns"])) for m, v in schema["measures"].items()
    } == MEASURES_1_1
    # The CVC reader expects exactly the rows the app writes, in the same order.
    assert VERSIONS["1.1"].measures == MEASURES_1_1
    assert VERSIONS["1.1"].breakdowns == BREAKDOWN_CODES_1_1


def test_the_1_1_dictionary_is_bilingual_and_complete() -> None:
    text = (SCHEMA / "vcs-summary-1.1-dictionary.md").read_text(encoding="utf-8")
    assert "## English" in text and "## Cymraeg" in text
    for column in COLUMNS:
        assert text.count(f"`{column}`") >= 2, column
    for codes in (BREAKDOWN_CODES_1_1["place_type"], BREAKDOWN_CODES_1_1["pulse_statement"]):
        for code in codes:
            assert text.count(f"`{code}`") >= 2, code
    assert text.count("**Rule 8**") == 1 and text.count("**Rheol 8**") == 1
