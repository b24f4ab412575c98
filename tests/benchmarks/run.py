"""Benchmarks, each a ratio against a floor measured in the same run.

    python -m tests.benchmarks.run [--runs N] [--out DIR]

Prints a table and writes benchmark-results/latest.json. Not part of the default test run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
UNTIL = date(2026, 3, 31)


def _spawn_until(argv: list[str], event: str, env: dict[str, str]) -> float:
    """Seconds from spawning a process to it printing 'BENCH <event> <ns>'."""
    start = time.monotonic_ns()
    result = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120, check=True)
    for line in result.stdout.splitlines():
        parts = line.split()
        if parts[:2] == ["BENCH", event]:
            return (int(parts[2]) - start) / 1e9
    raise RuntimeError(f"{event} not reported by {argv}: {result.stdout} {result.stderr}")


def median_of(runs: int, measure: Callable[[], float]) -> float:
    measure()  # warm the file cache once
    return statistics.median(measure() for _ in range(runs))


def startup_figures(runs: int, empty_home: Path, large_home: Path) -> list[dict[str, object]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    floor_script = [sys.executable, str(Path(__file__).with_name("floors.py"))]
    app = [sys.executable, "-m", "volunteer_app", "--lang", "en"]
    large_db = large_home / "volunteering.sqlite3"
    bare = median_of(runs, lambda: _spawn_until([*floor_script, "window"], "first-window", env))
    floor_query = median_of(
        runs,
        lambda: _spawn_until(
            [*floor_script, "window+query"], "ready", {**env, "FLOOR_DB": str(large_db)}
        ),
    )
    figures = []
    for label, home, event, floor, goal in (
        ("start to first window, empty database", empty_home, "first-window", bare, 1.5),
        ("start to first window, large database", large_home, "first-window", bare, 1.5),
        ("start to data loaded, large database", large_home, "ready", floor_query, 1.3),
    ):
        env_app = {**env, "VOLUNTEER_APP_BENCH": event}
        value = median_of(
            runs,
            lambda h=home, e=event, en=env_app: _spawn_until([*app, "--data-dir", str(h)], e, en),
        )
        figures.append(
            {
                "figure": label,
                "seconds": value,
                "floor_seconds": floor,
                "ratio": value / floor,
                "goal": goal,
            }
        )
    return figures


def export_figure(runs: int, large_home: Path) -> dict[str, object]:
    from volunteer_app.domain.periods import financial_year
    from volunteer_app.paths import AppPaths
    from volunteer_app.services.context import open_services
    from volunteer_app.storage import summary_query

    period = financial_year(UNTIL.year - 1)
    services = open_services(AppPaths.under(large_home))
    try:

        def app_export() -> float:
            start = time.perf_counter()
            preview = services.summary.preview(period)
            assert len(preview.rows) == 42
            return time.perf_counter() - start

        value = median_of(runs, app_export)
    finally:
        services.close()
    params = {"start": period.start.isoformat(), "end": period.end.isoformat()}
    queries = [
        str(q)
        for q in (
            summary_query._EVENTS,
            summary_query._HEADCOUNTS,
            summary_query._NAMED,
            summary_query._VOLUNTEERS,
        )
    ]

    def floor() -> float:
        conn = sqlite3.connect(large_home / "volunteering.sqlite3")
        start = time.perf_counter()
        for sql in queries:
            conn.execute(sql, params).fetchall()
        elapsed = time.perf_counter() - start
        conn.close()
        return elapsed

    floor_value = median_of(runs, floor)
    return {
        "figure": "export one financial year summary (large)",
        "seconds": value,
        "floor_seconds": floor_value,
        "ratio": value / floor_value,
        "goal": 1.5,
    }


def build_homes(base: Path) -> tuple[Path, Path]:
    empty, large = base / "empty", base / "large"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "volunteer_app",
            "--data-dir",
            str(empty),
            "setup",
            "--group-name",
            "Bench",
            "--local-authority",
            "W06000015",
        ],
        check=True,
        env=env,
        capture_output=True,
    )
    for home in (large,):
        subprocess.run(
            [
                sys.executable,
                "-m",
                "volunteer_app",
                "--data-dir",
                str(home),
                "setup",
                "--group-name",
                "Bench",
                "--local-authority",
                "W06000015",
            ],
            check=True,
            env=env,
            capture_output=True,
        )
        subprocess.run(
            [
                sys.executable,
                "-m",
                "volunteer_app",
                "--data-dir",
                str(home),
                "demo-data",
                "--scale",
                "large",
                "--until",
                UNTIL.isoformat(),
            ],
            check=True,
            env=env,
            capture_output=True,
        )
    return empty, large


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmark-results")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        empty, large = build_homes(Path(tmp))
        figures = startup_figures(args.runs, empty, large)
        figures.append(export_figure(args.runs, large))
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(f"\nBenchmarks (median of {args.runs} runs) on {machine}\n")
    print(f"| {'figure':<45} | {'value':>8} | {'floor':>8} | {'ratio':>6} | {'goal':>6} | ok |")
    print(f"|{'-' * 47}|{'-' * 10}|{'-' * 10}|{'-' * 8}|{'-' * 8}|----|")
    for f in figures:
        ok = "yes" if f["ratio"] <= f["goal"] else "NO"  # type: ignore[operator]
        print(
            f"| {f['figure']:<45} | {f['seconds']:>7.3f}s | {f['floor_seconds']:>7.3f}s | "
            f"{f['ratio']:>5.2f}x | {f['goal']:>5.2f}x | {ok:<2} |"
        )
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "latest.json").write_text(
        json.dumps({"machine": machine, "runs": args.runs, "figures": figures}, indent=2) + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
