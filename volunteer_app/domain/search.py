"""The text an activity is found by in the Activities page's search box."""

from __future__ import annotations


def activity_search_text(title: str, location: str, notes: str) -> str:
    """One line, single spaces, casefolded: Python's casefold, not SQLite's lower(), which
    leaves Ŵ and Ŷ as they are."""
    return " ".join(f"{title} {location} {notes}".split()).casefold()
