"""Opening the app's data: the one place that wires storage to the services."""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from functools import cached_property
from typing import TYPE_CHECKING

from volunteer_app.domain.errors import StorageError
from volunteer_app.paths import AppPaths, create_private, make_private
from volunteer_app.services.files import protect_data
from volunteer_app.services.group import GroupService
from volunteer_app.storage.database import Database
from volunteer_app.storage.migrations import LATEST_VERSION
from volunteer_app.storage.schema_check import stored_version, untrusted_file_problems

if TYPE_CHECKING:
    from volunteer_app.services.activities import ActivityService
    from volunteer_app.services.community.bundle import CommunityServices
    from volunteer_app.services.importing.importer import ImportService
    from volunteer_app.services.merging.service import MergeService
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
        from volunteer_app.services.backups import scrub_backups
        from volunteer_app.services.people import PeopleService

        return PeopleService(
            self.database, after_erase=lambda ids, now: scrub_backups(self.paths, ids, now)
        )

    @cached_property
    def reports(self) -> ReportService:
        from volunteer_app.services.reports import ReportService

        return ReportService(self.database)

    @cached_property
    def summary(self) -> SummaryExportService:
        from volunteer_app.services.summary_export import SummaryExportService

        return SummaryExportService(self.database, self.group)

    @cached_property
    def community(self) -> CommunityServices:
        from volunteer_app.services.community.bundle import CommunityServices

        return CommunityServices(self.database)

    @cached_property
    def merging(self) -> MergeService:
        from volunteer_app.services.merging.service import MergeService

        return MergeService(self.paths, self.database)

    @cached_property
    def importer(self) -> ImportService:
        from volunteer_app.services.importing.importer import ImportService

        return ImportService(self.database, before_write=self._copy_before_import)

    def _copy_before_import(self) -> None:
        """The safety copy before an import; a full disk while making it is a known
        failure (a message, exit 3 on the command line), as it is for the import itself."""
        from volunteer_app.services.backups import safety_backup
        from volunteer_app.storage.database import ALL_ENGINE_ERRORS, storage_error_from

        try:
            safety_backup(self.paths, "import")
        except ALL_ENGINE_ERRORS as exc:
            raise storage_error_from(exc) or exc from exc

    def close(self) -> None:
        self.database.close()


def open_services(paths: AppPaths) -> AppServices:
    """Create folders, open (create or migrate) the database and build the services.

    Raises StorageError for a file that is too new, damaged or not writable.
    """
    paths.ensure()
    protect_data(paths.database, paths.backup_dir)
    if paths.database.parent.is_dir() and os.access(paths.data_dir, os.W_OK):
        create_private(paths.database)
    _refuse_untrusted_migration(paths)
    database = Database.open(paths.database, paths.backup_dir)
    for suffix in ("", "-wal", "-shm"):  # made by an older version, or under another umask
        make_private(paths.database.with_name(paths.database.name + suffix))
    _sweep_once(paths, database)
    log.info("database open, schema v%d", database.schema_version())
    return AppServices(paths, database)


def _refuse_untrusted_migration(paths: AppPaths) -> None:
    """A file from an older version is checked against that version's own schema before
    any migration step runs on it: migrating runs statements a planted trigger would join."""
    version = stored_version(paths.database)
    if version is None or not 0 < version < LATEST_VERSION:
        return
    problems = untrusted_file_problems(paths.database, version)
    if problems:
        raise StorageError(
            "db.not_our_schema",
            "The data file is not laid out as this app's data, so it was left as it is: "
            + " ".join(problems[:5]),
            differences=" ".join(problems[:5]),
        )


def _sweep_once(paths: AppPaths, database: Database) -> None:
    """Erasure reaches what earlier versions left behind, once per data file."""
    from volunteer_app.services.backups import scrub_backups
    from volunteer_app.storage.erasure import sweep_once

    try:
        erased = sweep_once(database)
    except StorageError as exc:  # a full disk or a locked file: try again next time
        log.warning("erasure sweep not done: %s", exc.code)
        return
    if erased is not None:
        scrub_backups(paths, erased, datetime.now(UTC))
        log.info("erasure sweep: %d merged records erased", len(erased))
