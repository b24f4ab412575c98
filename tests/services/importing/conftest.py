"""The services with the importer's "today" fixed, so that "a year ahead" never moves."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from volunteer_app.paths import AppPaths
from volunteer_app.services.context import AppServices, open_services
from volunteer_app.services.importing.importer import ImportService

TODAY = date(2026, 11, 1)


@pytest.fixture
def app(paths: AppPaths) -> Iterator[AppServices]:
    services = open_services(paths)
    services.importer = ImportService(services.database, today=lambda: TODAY)
    yield services
    services.close()
