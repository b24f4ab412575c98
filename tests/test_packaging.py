"""The bundle's recipe: every data file it lists exists, and the icons can be drawn."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

from bundle_files import DATA_FILES, EXCLUDED_MODULES  # noqa: E402


def test_every_data_file_listed_exists() -> None:
    missing = [source for source, _target in DATA_FILES if not (ROOT / source).is_file()]
    assert missing == []


def test_every_qm_and_template_is_listed() -> None:
    listed = {source for source, _ in DATA_FILES}
    for folder in ("volunteer_app/i18n", "volunteer_app/templates"):
        for path in (ROOT / folder).iterdir():
            if path.suffix in (".qm", ".md"):
                assert str(path.relative_to(ROOT)) in listed, path


def test_the_app_s_own_modules_are_not_excluded() -> None:
    for needed in (
        "PySide6.QtCore",
        "PySide6.QtGui",
        "PySide6.QtWidgets",
        "PySide6.QtSvg",
        "sqlite3",
        "sqlalchemy",
    ):
        assert needed not in EXCLUDED_MODULES


def test_icons_are_drawn_and_packed(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    # qapp first: the build script would otherwise make a QGuiApplication of its own.
    import build

    pngs = build.render_pngs(tmp_path)
    assert pngs[256].startswith(b"\x89PNG")
    build.write_ico(pngs, tmp_path / "a.ico")
    build.write_icns(pngs, tmp_path / "a.icns")
    assert (tmp_path / "a.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (tmp_path / "a.icns").read_bytes()[:4] == b"icns"


def test_desktop_integration_files() -> None:
    desktop = (ROOT / "packaging/linux/wales.community.volunteerlog.desktop").read_text("utf-8")
    assert "Name[cy]=" in desktop and "Exec=volunteer-app" in desktop
    ET.parse(ROOT / "packaging/linux/wales.community.volunteerlog.metainfo.xml")
