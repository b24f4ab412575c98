"""Community Volunteering Log: offline-first volunteering records for small groups in Wales."""

from volunteer_app.about import __version__

__all__ = ["__version__"]
