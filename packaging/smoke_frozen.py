"""Smoke test of the frozen app: it starts offscreen and quits cleanly, prints nothing
unexpected, and its commands work on sample data.

    python packaging/smoke_frozen.py [dist/volunteer-app/volunteer-app]
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = (
    ROOT / "dist" / "volunteer-app" / ("volunteer-app.exe" if os.name == "nt" else "volunteer-app")
)
# Lines Qt may print on a machine without a display or a desktop session.
ALLOWED_STDERR = ("propagateSizeHints", "QStandardPaths: XDG_RUNTIME_DIR", "qt.qpa.")


def run(binary: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [str(binary), "--data-dir", str(home), *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )


def main(argv: list[str]) -> int:
    binary = Path(argv[1]) if len(argv) > 1 else DEFAULT
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "data"
        for lang in ("en", "cy"):
            result = run(binary, "--smoke-test", "--lang", lang, home=home)
            unexpected = [
                line
                for line in result.stderr.splitlines()
                if line.strip() and not line.startswith(ALLOWED_STDERR)
            ]
            if result.returncode != 0 or unexpected:
                problems.append(
                    f"--smoke-test ({lang}): exit {result.returncode}, stderr {unexpected[:5]}"
                )
        steps = [
            ("setup", "--group-name", "Smoke", "--local-authority", "W06000015"),
            ("demo-data", "--until", "2026-09-30"),
            ("check",),
            ("export-summary", "--period", "2026-Q3", "--out", str(Path(tmp) / "s.csv")),
        ]
        # The co-coordinator's file: encryption (the cryptography package) is in the bundle.
        secret = Path(tmp) / "pass.txt"
        secret.write_text("smoke passphrase\n", encoding="utf-8")
        changes = str(Path(tmp) / "shared.changes")
        steps.append(("sync-export", "--out", changes, "--passphrase-file", str(secret)))
        for step in steps:
            result = run(binary, *step, home=home)
            if result.returncode != 0:
                problems.append(f"{step[0]}: exit {result.returncode}: {result.stderr[-500:]}")
        second = ("sync-import", changes, "--passphrase-file", str(secret))
        result = run(binary, *second, home=Path(tmp) / "second")
        if result.returncode != 0 or "Smoke" not in result.stdout:
            problems.append(f"sync-import: exit {result.returncode}: {result.stderr[-500:]}")
        summary = Path(tmp) / "s.csv"
        if summary.exists():
            with open(summary, encoding="utf-8-sig", newline="") as fh:
                rows = list(csv.DictReader(fh))
            # vcs-summary 1.1, the default since community spaces and the pulse: 74 rows.
            versions = {row["schema_version"] for row in rows}
            if len(rows) != 74 or versions != {"1.1"}:
                problems.append(f"export-summary wrote {len(rows)} rows of {versions}, not 74")
        else:
            problems.append("export-summary wrote no file")
    for problem in problems:
        print(f"frozen smoke test: {problem}", file=sys.stderr)
    if not problems:
        print(f"frozen smoke test: ok ({binary})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
