"""Opening the app's data: the one place that wires storage to the services."""

from __future__ import annotations

import logging
from functools import cached_property
from typing import TYPE_CHECKING

from volunteer_app.paths import AppPaths
from volunteer_app.services.group import GroupService
from volunteer_app.storage.database import Database

if TYPE_CHECKING:
    from volunteer_app.services.activities import ActivityService
    from volunteer_app.services.importer import ImportService
    from volunteer_app.services.people import PeopleService
    from volunteer_app.services.reports import ReportService
    from volunteer_app.services.series import SeriesService
    from volunteer_app.services.summary_export import SummaryExportService

log = logging.getLogger(__name__)


class AppServices:
    """The use cases over one open database. Those not needed to show the first page are
    imported when first used, to keep start-up short."""

    def __init__(self, paths: AppPaths, database: Database) -> None:
        self.paths = paths
        self.database = database
        self.group = GroupService(database)

    @cached_property
    def activities(self) -> ActivityService:
        from volunteer_app.services.activities import ActivityService

        return ActivityService(self.database)

    @cached_property
    def series(self) -> SeriesService:
        from volunteer_app.services.series import SeriesService

        return SeriesService(self.database, self.activities)

    @cached_property
    def people(self) -> PeopleService:
        from volunteer_app.services.people import PeopleService

        return PeopleService(self.database)

    @cached_property
    def reports(self) -> ReportService:
        from volunteer_app.services.reports import ReportService

        return ReportService(self.database)

    @cached_property
    def summary(self) -> SummaryExportService:
        from volunteer_app.services.summary_export import SummaryExportService

        return SummaryExportService(self.database, self.group)

    @cached_property
    def importer(self) -> ImportService:
        from volunteer_app.services.importer import ImportService

        return ImportService(self.database, before_write=self._copy_before_import)

    def _copy_before_import(self) -> None:
        """The safety copy before an import; a full disk while making it is a known
        failure (a message, exit 3 on the command line), as it is for the import itself."""
        import sqlite3

        from volunteer_app.services.backups import safety_backup
        from volunteer_app.storage.database import storage_error_from

        try:
            safety_backup(self.paths, "import")
        except sqlite3.Error as exc:
            raise storage_error_from(exc) or exc from exc

    def close(self) -> None:
        self.database.close()


def open_services(paths: AppPaths) -> AppServices:
    """Create folders, open (create or migrate) the database and build the services.

    Raises StorageError for a file that is too new, damaged or not writable.
    """
    paths.ensure()
    database = Database.open(paths.database, paths.backup_dir)
    log.info("database open, schema v%d", database.schema_version())
    return AppServices(paths, database)
