"""A Frictionless Data Package descriptor beside an export, so that standard open-data tools
(``frictionless validate``) can check a return against the shipped Table Schema."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from volunteer_app.domain.errors import ValidationError
from volunteer_app.resources import shared_resources_dir
from volunteer_app.services.files import atomic_write_bytes

# Frictionless keys a Table Schema carries; the shipped files add documentation keys
# (measures, categories, rowOrder, disclosureControl) that tools ignore.
SUFFIX = ".datapackage.json"


def table_schema(version: str) -> dict[str, Any]:
    path = shared_resources_dir() / "schema" / f"vcs-summary-{version}.schema.json"
    try:
        schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValidationError(
            "cvc.no_schema", f"No schema is shipped for vcs-summary {version}.", version=version
        ) from None
    return schema


def descriptor(csv_name: str, content: bytes, version: str) -> dict[str, Any]:
    schema = table_schema(version)
    return {
        "profile": "tabular-data-package",
        "name": "vcs-summary-return",
        "title": f"vcs-summary {version} return",
        "resources": [
            {
                "name": "vcs-summary",
                "path": csv_name,
                "profile": "tabular-data-resource",
                "scheme": "file",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "hash": f"sha256:{hashlib.sha256(content).hexdigest()}",
                "bytes": len(content),
                "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "header": True},
                "schema": schema,
            }
        ],
    }


def datapackage_path(csv_path: Path) -> Path:
    """``<name>.datapackage.json`` beside the CSV: a group's exports share one folder, so a
    single ``datapackage.json`` would be overwritten by the next export."""
    return csv_path.with_name(csv_path.stem + SUFFIX)


def write_datapackage(csv_path: Path, content: bytes, version: str) -> Path:
    """Describe an export already written to ``csv_path`` (its bytes are ``content``)."""
    target = datapackage_path(csv_path)
    text = json.dumps(descriptor(csv_path.name, content, version), indent=2, ensure_ascii=False)
    atomic_write_bytes(target, (text + "\n").encode("utf-8"))
    return target
