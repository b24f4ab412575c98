"""Run by test_live_file: holds the data open as the window does and writes on request.

Reads commands from stdin, one a line: `write` logs an activity and prints its id;
`inspect` runs what the window runs on open data (the daily backup, the health check, a
backup to a file, reading through a read-only engine's checks).
"""

from __future__ import annotations

import sys
from datetime import date, time
from pathlib import Path

from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.paths import AppPaths
from volunteer_app.services.backups import automatic_backup, backup_to
from volunteer_app.services.context import open_services
from volunteer_app.services.health import check_database


def main() -> None:
    paths = AppPaths.under(Path(sys.argv[1]))
    services = open_services(paths)
    walk = services.activities.add_type("Walk", "practical_help")
    print("ready", flush=True)
    n = 0
    for line in sys.stdin:
        command = line.strip()
        if command == "write":
            n += 1
            activity_id = services.activities.log(
                ActivityDraft(
                    activity_date=date(2026, 1, 1),
                    activity_type_id=walk.id,
                    start_time=time(10),
                    end_time=time(11),
                    title=f"write {n}",
                    people=(PersonEntry(f"Person {n}", minutes=60),),
                )
            )
            print(f"committed {activity_id.hex}", flush=True)
        elif command == "inspect":
            automatic_backup(paths)
            check_database(paths.database)
            backup_to(paths, Path(sys.argv[1]) / "kept.sqlite3")
            print("inspected", flush=True)


if __name__ == "__main__":
    main()
