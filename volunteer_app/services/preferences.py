"""This laptop's preferences (language, first-run state), in a small JSON file.

Kept out of the database on purpose: the window reads them before the database is opened,
so start-up does not wait for SQLAlchemy.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import NamedTuple

log = logging.getLogger(__name__)

# Months unseen before people are suggested for erasing: the one home of the option's
# default and bounds (the file, the Settings page and the People page all use these).
RETENTION_MONTHS_DEFAULT, RETENTION_MONTHS_MIN, RETENTION_MONTHS_MAX = 24, 1, 240


class Preferences(NamedTuple):
    """What this laptop remembers between starts. (A named tuple, not a dataclass: read
    before the first window, and made in a tenth of the time.)"""

    language: str = ""  # empty until chosen: the OS locale decides
    welcome_done: bool = False
    retention_months: int = RETENTION_MONTHS_DEFAULT  # then suggested for erasing
    # "Value of volunteering" on the A4 summary: the group's own rate, never a built-in one.
    value_rate_pence: int = 0  # per hour; 0 = not shown
    value_source: str = ""  # where the rate comes from, printed beside it
    value_year: int = 0
    cvc_page: bool = False  # the CVC's page for combining groups' returns (Settings)

    def effective_language(self) -> str:
        return self.language or system_language()


def system_language() -> str:
    """``cy`` when the operating system is set to Welsh, else ``en``."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "cy" if value.lower().startswith("cy") else "en"
    import locale  # Windows and macOS only get here; a millisecond off every other start

    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "cy" if loc.lower().startswith(("cy", "welsh")) else "en"


def load_preferences(path: Path) -> Preferences:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError) as exc:
        # A damaged preferences file must not stop the app: fall back to defaults.
        log.warning("preferences unreadable, using defaults: %s", type(exc).__name__)
        return Preferences()
    language = raw.get("language", "")
    if language not in ("", "en", "cy"):
        language = ""
    try:
        retention = int(raw.get("retention_months", RETENTION_MONTHS_DEFAULT))
        retention = min(max(retention, RETENTION_MONTHS_MIN), RETENTION_MONTHS_MAX)
    except (TypeError, ValueError):
        retention = RETENTION_MONTHS_DEFAULT
    try:
        rate = min(max(int(raw.get("value_rate_pence", 0)), 0), 100_000)
        year = min(max(int(raw.get("value_year", 0)), 0), 2200)
    except (TypeError, ValueError):
        rate, year = 0, 0
    return Preferences(
        language=language,
        welcome_done=bool(raw.get("welcome_done", False)),
        retention_months=retention,
        value_rate_pence=rate,
        value_source=str(raw.get("value_source", ""))[:200],
        value_year=year,
        cvc_page=raw.get("cvc_page", False) is True,
    )


def save_preferences(path: Path, prefs: Preferences) -> None:
    # Kept off the start, which only reads preferences.
    from volunteer_app.domain.validation import validate_language
    from volunteer_app.services.files import atomic_write_text

    if prefs.language:
        validate_language(prefs.language)
    atomic_write_text(path, json.dumps(prefs._asdict(), indent=2) + "\n")


def update_preferences(path: Path, **changes: object) -> Preferences:
    before = load_preferences(path)
    prefs = before._replace(**changes)  # type: ignore[arg-type]
    if prefs != before or not path.exists():  # saved as they were: the file is left alone
        save_preferences(path, prefs)
    return prefs
