"""Run by the crash-safety test: writes until it is killed, reporting each commit."""

from __future__ import annotations

import sys
from datetime import date, time
from pathlib import Path

from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.paths import AppPaths
from volunteer_app.services.context import open_services


def main() -> None:
    home = Path(sys.argv[1])
    mode = sys.argv[2] if len(sys.argv) > 2 else "writes"
    services = open_services(AppPaths.under(home))
    if mode == "merge":  # a co-coordinator's file, with the passphrase after it
        print("start", flush=True)
        services.merging.bring_in(Path(sys.argv[3]), sys.argv[4])
        print("merged", flush=True)
        return
    if mode == "import":
        print("start", flush=True)
        result = services.importer.import_file(Path(sys.argv[3]))
        print(f"imported {result.activities}", flush=True)
        return
    walk = services.activities.add_type("Walk", "practical_help")
    for n in range(100_000):
        people = tuple(PersonEntry(f"Person {n}-{i}", minutes=60) for i in range(3))
        activity_id = services.activities.log(
            ActivityDraft(
                activity_date=date(2026, 1, 1),
                activity_type_id=walk.id,
                start_time=time(10),
                end_time=time(11),
                title=f"write {n}",
                people=people,
                volunteers_count=2,
            )
        )
        print(f"committed {activity_id.hex}", flush=True)


if __name__ == "__main__":
    main()
