"""Benchmarks, each a ratio against a floor measured in the same run.

    python -m tests.benchmarks.run [--runs N] [--startup-runs N] [--out DIR]

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
from typing import Any

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


def interleaved(
    runs: int, measure: Callable[[], float], floor: Callable[[], float]
) -> tuple[float, float]:
    """Medians of a figure and of its floor, measured in turn in each round so that a busy
    moment on the machine weighs on both alike."""
    measure(), floor()  # warm the caches once
    values, floors = [], []
    for _ in range(runs):
        values.append(measure())
        floors.append(floor())
    return statistics.median(values), statistics.median(floors)


PROBE_DIR = Path(__file__).with_name("probe")


def probe_marks(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawning a whole process to each 'PROBE <event> <ns> <cpu ns>' line
    printed by the start-up probe (probe/sitecustomize.py), which ends the process at its
    last mark; and the process's CPU seconds at each mark, as '<event> cpu'."""
    path = os.pathsep.join(p for p in (str(PROBE_DIR), env.get("PYTHONPATH", "")) if p)
    env = {**env, "PYTHONPATH": path, "STARTUP_PROBE": "ready"}
    start = time.monotonic_ns()
    result = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120, check=True)
    marks = {}
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0] == "PROBE":
            marks[parts[1]] = (int(parts[2]) - start) / 1e9
            marks[f"{parts[1]} cpu"] = int(parts[3]) / 1e9
    if not {"first-window", "ready"} <= set(marks):
        raise RuntimeError(f"marks missing from {argv}: {result.stdout} {result.stderr}")
    return marks


def startup_figures(runs: int, empty_home: Path, large_home: Path) -> list[dict[str, object]]:
    """Whole processes timed from outside: spawn to the first event-loop turn after the main
    window's first paint, and spawn to the counts line painted with real numbers. The app and
    its floor take turns within each round, so a busy moment weighs on both alike."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("VOLUNTEER_APP_BENCH", None)
    floor = [sys.executable, str(Path(__file__).with_name("floors.py")), "window+query"]
    app = [sys.executable, "-m", "volunteer_app", "--lang", "en", "--data-dir"]
    homes = {"empty": empty_home, "large": large_home}
    measures: dict[str, Callable[[], dict[str, float]]] = {}
    for name, home in homes.items():
        db = str(home / "volunteering.sqlite3")
        measures[f"floor-{name}"] = lambda db=db: probe_marks(floor, {**env, "FLOOR_DB": db})
        measures[f"app-{name}"] = lambda home=home: probe_marks([*app, str(home)], env)
    for measure in measures.values():
        measure()  # warm the file cache once
    samples: dict[tuple[str, str], list[float]] = {}
    for _ in range(runs):
        for key, measure in measures.items():
            for event, seconds in measure().items():
                samples.setdefault((key, event), []).append(seconds)
    med = {key: statistics.median(values) for key, values in samples.items()}
    figures: list[dict[str, object]] = []
    for name in homes:
        for event, label, floor_label in (
            ("first-window", "start to first window", "bare window"),
            ("ready", "start to counts shown", "bare window + sqlmodel + count"),
        ):
            value, floor_value = med[(f"app-{name}", event)], med[(f"floor-{name}", event)]
            cpu, floor_cpu = (
                med[(f"app-{name}", f"{event} cpu")],
                med[(f"floor-{name}", f"{event} cpu")],
            )
            app_samples, floor_samples = (
                samples[(f"app-{name}", event)],
                samples[(f"floor-{name}", event)],
            )
            figures.append(
                {
                    "figure": f"{label}, {name} database",
                    "seconds": value,
                    "floor_seconds": floor_value,
                    "floor": floor_label,
                    # Each round's own ratio, then their median: the machine's speed drifts
                    # over a run (here by a fifth), which moves the two medians apart.
                    "ratio": _paired(app_samples, floor_samples),
                    "ratio_of_medians": value / floor_value,
                    "goal": 1.2,
                    "samples": app_samples,
                    "floor_samples": floor_samples,
                    "cpu_seconds": cpu,
                    "floor_cpu_seconds": floor_cpu,
                    "cpu_ratio": _paired(
                        samples[(f"app-{name}", f"{event} cpu")],
                        samples[(f"floor-{name}", f"{event} cpu")],
                    ),
                }
            )
    return figures


def _paired(values: list[float], floors: list[float]) -> float:
    """The median of the rounds' own ratios (the app's and its floor's, taken in turn)."""
    return statistics.median(v / f for v, f in zip(values, floors, strict=True))


def sqlite_floor(large_home: Path, queries: list[object], period: object) -> Callable[[], float]:
    """The floor for a page of aggregates: the same SQL straight through sqlite3."""
    params = {"start": period.start.isoformat(), "end": period.end.isoformat()}  # type: ignore[attr-defined]
    texts = [str(q) for q in queries]

    def floor() -> float:
        conn = sqlite3.connect(large_home / "volunteering.sqlite3")
        start = time.perf_counter()
        for sql in texts:
            conn.execute(sql, params).fetchall()
        elapsed = time.perf_counter() - start
        conn.close()
        return elapsed

    return floor


def app_and_floor(
    runs: int, large_home: Path, work: Callable[[Any], None], floor: Callable[[], float]
) -> tuple[float, float]:
    """Medians of ``work(services)`` on the large data (opened once) and of its floor."""
    from volunteer_app.paths import AppPaths
    from volunteer_app.services.context import open_services

    services = open_services(AppPaths.under(large_home))
    try:

        def measure() -> float:
            start = time.perf_counter()
            work(services)
            return time.perf_counter() - start

        return interleaved(runs, measure, floor)
    finally:
        services.close()


SUMMARY_QUERIES = ("_EVENTS", "_HEADCOUNTS", "_NAMED", "_VOLUNTEERS")


def export_figure(runs: int, large_home: Path) -> dict[str, object]:
    from volunteer_app.domain.periods import financial_year
    from volunteer_app.storage import summary_query
    from volunteer_app.storage.community import community_query

    period = financial_year(UNTIL.year - 1)

    def export(services: Any) -> None:
        assert len(services.summary.preview(period).rows) == 74  # summary 1.1

    # Summary 1.1 adds the place types and the pulse: their two queries are in the floor too.
    queries = [getattr(summary_query, name) for name in SUMMARY_QUERIES] + [
        community_query._BY_PLACE,
        community_query._PULSE,
    ]
    floor = sqlite_floor(large_home, queries, period)
    value, floor_value = app_and_floor(runs, large_home, export, floor)
    return {
        "figure": "export one financial year summary (large)",
        "seconds": value,
        "floor_seconds": floor_value,
        "ratio": value / floor_value,
        "goal": 1.5,
    }


def dashboard_figure(runs: int, large_home: Path) -> dict[str, object]:
    """The Reports page's refresh for a financial year (figures and both charts' data)
    against the same aggregate queries run straight through sqlite3."""
    from volunteer_app.domain.periods import financial_year
    from volunteer_app.storage import report_query, summary_query

    period = financial_year(UNTIL.year - 1)

    def refresh(services: Any) -> None:
        report = services.reports.report(period)
        assert len(report.monthly.months) == 12 and report.figures.activities > 0

    queries = [getattr(summary_query, name) for name in SUMMARY_QUERIES] + [
        report_query._ACTIVITIES,
        report_query._HOURS_BY_MONTH,
        report_query._VOLUNTEERS_BY_MONTH,
        report_query._OUTPUTS,  # the output sums under the tiles
    ]
    floor = sqlite_floor(large_home, queries, period)
    value, floor_value = app_and_floor(runs, large_home, refresh, floor)
    return {
        "figure": "Reports refresh, one financial year (large)",
        "seconds": value,
        "floor_seconds": floor_value,
        "ratio": value / floor_value,
        "goal": 2.0,
    }


def _folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def frozen_figures(runs: int, empty_home: Path, workdir: Path) -> list[dict[str, object]]:
    """The PyInstaller bundle against a bare PySide6 hello-window bundle built the same way."""
    sys.path.insert(0, str(ROOT / "packaging"))
    from bundle_files import EXCLUDED_MODULES

    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py")], check=True, capture_output=True
    )
    app_dir = ROOT / "dist" / "volunteer-app"
    hello_src = workdir / "hello.py"
    hello_src.write_text(
        Path(__file__).with_name("floors.py").read_text(encoding="utf-8"), encoding="utf-8"
    )
    excludes = [arg for module in EXCLUDED_MODULES for arg in ("--exclude-module", module)]
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--onedir",
            "--windowed",
            "--log-level",
            "WARN",
            "--distpath",
            str(workdir / "dist"),
            "--workpath",
            str(workdir / "build"),
            "--specpath",
            str(workdir),
            *excludes,
            str(hello_src),
        ],
        check=True,
        capture_output=True,
    )
    hello_dir = workdir / "dist" / "hello"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app_exe = app_dir / "volunteer-app"
    measures = {
        "hello": lambda: _spawn_until([str(hello_dir / "hello"), "window"], "first-window", env),
        "app": lambda: _spawn_until(
            [str(app_exe), "--data-dir", str(empty_home)],
            "first-window",
            {**env, "VOLUNTEER_APP_BENCH": "first-window"},
        ),
    }
    for measure in measures.values():
        measure()
    samples: dict[str, list[float]] = {key: [] for key in measures}
    for _ in range(runs):
        for key, measure in measures.items():
            samples[key].append(measure())
    app_start, hello_start = (statistics.median(samples[k]) for k in ("app", "hello"))
    app_size, hello_size = _folder_size(app_dir), _folder_size(hello_dir)
    return [
        {
            "figure": "frozen bundle size (MB)",
            "seconds": app_size / 1e6,
            "floor_seconds": hello_size / 1e6,
            "ratio": app_size / hello_size,
            "goal": 1.25,
        },
        {
            "figure": "frozen start to first window",
            "seconds": app_start,
            "floor_seconds": hello_start,
            "ratio": app_start / hello_start,
            "goal": 1.5,
        },
    ]


def _peak_kb(argv: list[str], env: dict[str, str]) -> int:
    """Peak resident memory of a whole process (Linux and macOS)."""
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise RuntimeError(f"{argv} ended with status {status}")
    return int(usage.ru_maxrss)


def memory_figure(runs: int, large_home: Path) -> dict[str, object]:
    """Peak memory with the large data open on the Activities page, once the pages built in
    idle time and the background checks are done, against the floor; in turn in each round."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = [sys.executable, "-m", "volunteer_app", "--lang", "en", "--data-dir", str(large_home)]
    floor = [sys.executable, str(Path(__file__).with_name("floors.py")), "window+query"]
    app_env = {**env, "VOLUNTEER_APP_BENCH": "activities"}
    floor_env = {**env, "FLOOR_DB": str(large_home / "volunteering.sqlite3")}
    app_kb: list[int] = []
    floor_kb: list[int] = []
    for _ in range(runs):
        app_kb.append(_peak_kb(app, app_env))
        floor_kb.append(_peak_kb(floor, floor_env))
    value, floor_value = statistics.median(app_kb), statistics.median(floor_kb)
    return {
        "figure": "peak memory, large data on Activities (MB)",
        "seconds": value / 1024,
        "floor_seconds": floor_value / 1024,
        "ratio": value / floor_value,
        "goal": 1.3,
        "samples": [kb / 1024 for kb in app_kb],
        "floor_samples": [kb / 1024 for kb in floor_kb],
    }


def build_homes(base: Path) -> tuple[Path, Path]:
    # An installed app has its bytecode compiled by pip or PyInstaller; a source checkout
    # run with PYTHONDONTWRITEBYTECODE=1 (as here) would recompile every module at each start.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "volunteer_app")], check=True
    )
    empty, large = base / "empty", base / "large"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def cli(home: Path, *args: str) -> None:
        command = [sys.executable, "-m", "volunteer_app", "--data-dir", str(home), *args]
        subprocess.run(command, check=True, env=env, capture_output=True)

    for home in (empty, large):
        cli(home, "setup", "--group-name", "Bench", "--local-authority", "W06000015")
    cli(large, "demo-data", "--scale", "large", "--until", UNTIL.isoformat())
    return empty, large


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    # A start takes a second and varies the most from one to the next (±15% here): more
    # rounds, so that the median does not move with a busy moment.
    parser.add_argument("--startup-runs", type=int, default=25)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmark-results")
    parser.add_argument(
        "--frozen",
        action="store_true",
        help="also build both bundles and compare size and start (~2 min)",
    )
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        empty, large = build_homes(Path(tmp))
        figures = startup_figures(args.startup_runs, empty, large)
        # Before this process loads Qt or SQLAlchemy itself: a forked child's peak memory
        # starts from its parent's.
        figures.append(memory_figure(args.runs, large))
        figures.append(export_figure(args.runs, large))
        figures.append(dashboard_figure(args.runs, large))
        from tests.benchmarks.pages import pages_figures

        figures.extend(pages_figures(args.runs, large))
        from tests.benchmarks.bulk import bulk_figures

        figures.extend(bulk_figures(3))
        from tests.benchmarks.cvc import cvc_figure

        figures.append(cvc_figure(args.runs))
        from tests.benchmarks.merging import merge_figures

        figures.extend(merge_figures(3, large))
        if args.frozen:
            figures.extend(frozen_figures(args.runs, empty, Path(tmp)))
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(f"\nBenchmarks (median of {args.runs} runs; start-up {args.startup_runs}) on {machine}\n")
    print("(memory and size rows are in MB, not seconds)")
    print(f"| {'figure':<45} | {'value':>8} | {'floor':>8} | {'ratio':>6} | {'goal':>6} | ok |")
    print(f"|{'-' * 47}|{'-' * 10}|{'-' * 10}|{'-' * 8}|{'-' * 8}|----|")
    for f in figures:
        ok = "yes" if f["ratio"] <= f["goal"] else "NO"  # type: ignore[operator]
        print(
            f"| {f['figure']:<45} | {f['seconds']:>7.3f}s | {f['floor_seconds']:>7.3f}s | "
            f"{f['ratio']:>5.2f}x | {f['goal']:>5.2f}x | {ok:<2} |"
        )
    for f in figures:
        if "cpu_ratio" in f:
            print(
                f"{f['figure']}: CPU {f['cpu_seconds']:.3f}s against {f['floor_cpu_seconds']:.3f}s"
                f" ({f['cpu_ratio']:.2f}x paired); ratio of the medians {f['ratio_of_medians']:.2f}x"
            )
        if "samples" in f:
            app_runs, floor_runs = f["samples"], f["floor_samples"]
            print(
                f"{f['figure']}: app {min(app_runs):.3f}-{max(app_runs):.3f}, "  # type: ignore[call-overload]
                f"floor {min(floor_runs):.3f}-{max(floor_runs):.3f}"  # type: ignore[call-overload]
            )
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "latest.json").write_text(
        json.dumps(
            {
                "machine": machine,
                "runs": args.runs,
                "startup_runs": args.startup_runs,
                "load_before": load_before,
                "load_after": os.getloadavg()[0],
                "figures": figures,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
