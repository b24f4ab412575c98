"""Combining 1,000 groups' returns (22 authorities, 4 quarters) against reading the same
files with the csv module and summing them in plain Python, in the same run.

    python -m tests.benchmarks.cvc [--runs N]
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import time
from pathlib import Path

GOAL = 2.0


def floor_sum(folder: Path) -> int:
    """The least any tool must do: read every file and add up its values by row."""
    totals: dict[tuple[str, ...], int] = {}
    for path in sorted(folder.rglob("*.csv")):
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            next(reader)
            for row in reader:
                key = (row[6], row[8], row[12], row[14], row[15])
                totals[key] = totals.get(key, 0) + (int(row[16]) if row[16] else 0)
    return len(totals)


def cvc_figure(runs: int) -> dict[str, object]:
    from tests.cvc_thousand import make_returns
    from volunteer_app.services.cvc.combining import combine_paths

    with tempfile.TemporaryDirectory() as tmp:
        paths = make_returns(Path(tmp))
        folder = paths[0].parent
        floor_sum(folder)  # warm the file cache once
        samples: dict[str, list[float]] = {"floor": [], "app": []}
        for _ in range(runs):  # in turn, so a busy moment weighs on both alike
            start = time.perf_counter()
            floor_sum(folder)
            samples["floor"].append(time.perf_counter() - start)
            start = time.perf_counter()
            result = combine_paths([folder])
            samples["app"].append(time.perf_counter() - start)
            assert result.used == 1000
    value = statistics.median(samples["app"])
    floor_value = statistics.median(samples["floor"])
    return {
        "figure": "combine 1,000 returns (CVC)",
        "seconds": value,
        "floor_seconds": floor_value,
        "ratio": value / floor_value,
        "goal": GOAL,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    f = cvc_figure(parser.parse_args().runs)
    print(
        f"{f['figure']}: {f['seconds']:.3f} s, floor {f['floor_seconds']:.3f} s, "
        f"ratio {f['ratio']:.2f}x (goal {GOAL:.1f}x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
