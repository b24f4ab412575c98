"""The community services together, made once per open database."""

from __future__ import annotations

from volunteer_app.services.community.places import PlacesService
from volunteer_app.services.community.pulse import PulseService
from volunteer_app.services.community.report import CommunityReportService
from volunteer_app.storage.database import Database


class CommunityServices:
    def __init__(self, db: Database) -> None:
        self.places = PlacesService(db)
        self.pulse = PulseService(db)
        self.report = CommunityReportService(db)
