"""Fixtures of the Activities page's tests."""

from tests.ui.activities.threaded_page import services, threaded

__all__ = ["services", "threaded"]
