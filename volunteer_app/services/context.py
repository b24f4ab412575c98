"""Opening the app's data: the one place that wires storage to the services."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from volunteer_app.paths import AppPaths
from volunteer_app.services.group import GroupService
from volunteer_app.services.importer import ImportService
from volunteer_app.services.summary_export import SummaryExportService
from volunteer_app.storage.database import Database

log = logging.getLogger(__name__)


@dataclass
class AppServices:
    paths: AppPaths
    database: Database
    group: GroupService
    summary: SummaryExportService
    importer: ImportService

    def close(self) -> None:
        self.database.close()


def open_services(paths: AppPaths) -> AppServices:
    """Create folders, open (create or migrate) the database and build the services.

    Raises StorageError for a file that is too new, damaged or not writable.
    """
    paths.ensure()
    database = Database.open(paths.database, paths.backup_dir)
    log.info("database open, schema v%d", database.schema_version())
    group = GroupService(database)
    return AppServices(
        paths=paths,
        database=database,
        group=group,
        summary=SummaryExportService(database, group),
        importer=ImportService(database),
    )
