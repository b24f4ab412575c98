"""The one source of the app's identity: version, names and author.

pyproject.toml (hatch), platformdirs, Qt and PyInstaller all read these. APP_NAME and
APP_AUTHOR decide where users' data lives: never rename them, or their data is stranded.
"""

__version__ = "0.1.0"

APP_NAME = "VolunteerLog"
APP_AUTHOR = "CommunityVolunteeringWales"
APP_DISPLAY_NAME = "Community Volunteering Log"
APP_BUNDLE_ID = "wales.community.volunteerlog"
DATA_HOME_ENV = "VOLUNTEER_APP_HOME"
