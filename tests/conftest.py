"""Shared fixtures. Qt must be told to draw offscreen before PySide6 is first imported."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("VOLUNTEER_APP_HOME", None)

from collections.abc import Iterator
from pathlib import Path

import pytest

from volunteer_app.paths import AppPaths


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "home")


@pytest.fixture
def services(paths: AppPaths) -> Iterator[object]:
    from volunteer_app.services.context import open_services

    opened = open_services(paths)
    yield opened
    opened.close()
