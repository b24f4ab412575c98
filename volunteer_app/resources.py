"""The one place that finds files shipped with the app, installed or frozen by PyInstaller."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def package_dir() -> Path:
    # PyInstaller unpacks data beside the frozen modules under sys._MEIPASS.
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "volunteer_app"
    return _PACKAGE_DIR


def translations_dir() -> Path:
    return package_dir() / "i18n"


def shared_resources_dir() -> Path:
    """The project's resources/ folder (schema, import template, icons): beside the package
    in a checkout, inside the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return _PACKAGE_DIR.parent / "resources"


def template_text(name: str, language: str) -> str:
    """A shipped template (privacy notice, complaints procedure) in the chosen language."""
    folder = package_dir() / "templates"
    path = folder / f"{name}_{language}.md"
    if not path.exists():
        path = folder / f"{name}_en.md"
    return path.read_text(encoding="utf-8")
