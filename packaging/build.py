"""Build the double-click app with PyInstaller, in one command.

    python packaging/build.py            # onedir bundle in dist/volunteer-app/ (starts fast)
    python packaging/build.py --onefile  # a single file in dist/

Steps: compile translations, draw the icons from resources/icons/volunteer-app.svg (PNG
sizes, .ico, .icns), write Windows version information, then run the spec.
"""

from __future__ import annotations

import argparse
import os
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
ICON_SVG = ROOT / "resources" / "icons" / "volunteer-app.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def render_pngs(target: Path) -> dict[int, bytes]:
    """Draw the SVG at each size with Qt (no extra dependency)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ICON_SVG))
    target.mkdir(parents=True, exist_ok=True)
    pngs = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        pngs[size] = bytes(data.data())
        (target / f"volunteer-app-{size}.png").write_bytes(pngs[size])
    return pngs


def write_ico(pngs: dict[int, bytes], path: Path) -> None:
    """A Windows icon holding PNG images (Vista and later read these)."""
    sizes = [s for s in (16, 24, 32, 48, 64, 128, 256) if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size == 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    path.write_bytes(header + entries + blobs)


def write_icns(pngs: dict[int, bytes], path: Path) -> None:
    """A macOS icon holding PNG images."""
    kinds = {
        16: b"icp4",
        32: b"icp5",
        64: b"icp6",
        128: b"ic07",
        256: b"ic08",
        512: b"ic09",
        1024: b"ic10",
    }
    body = b"".join(
        kind + struct.pack(">I", len(pngs[size]) + 8) + pngs[size]
        for size, kind in kinds.items()
        if size in pngs
    )
    path.write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


def write_version_info(path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from volunteer_app.about import APP_AUTHOR, APP_DISPLAY_NAME, __version__

    numbers = ([int(n) for n in __version__.split(".") if n.isdigit()] + [0, 0, 0, 0])[:4]
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple(numbers)}, prodvers={tuple(numbers)}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[StringFileInfo([StringTable('080904B0', [
      StringStruct('CompanyName', '{APP_AUTHOR}'),
      StringStruct('FileDescription', '{APP_DISPLAY_NAME}'),
      StringStruct('FileVersion', '{__version__}'),
      StringStruct('ProductName', '{APP_DISPLAY_NAME}'),
      StringStruct('ProductVersion', '{__version__}'),
      StringStruct('OriginalFilename', 'volunteer-app.exe')])]),
    VarFileInfo([VarStruct('Translation', [2057, 1200, 1106, 1200])])]
)
""",
        encoding="utf-8",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--onefile", action="store_true", help="one file instead of a folder")
    args = parser.parse_args(argv)
    subprocess.run([sys.executable, str(ROOT / "packaging" / "i18n.py"), "compile"], check=True)
    pngs = render_pngs(BUILD / "icons")
    write_ico(pngs, BUILD / "icons" / "volunteer-app.ico")
    write_icns(pngs, BUILD / "icons" / "volunteer-app.icns")
    write_version_info(BUILD / "version_info.txt")
    env = {**os.environ, "VOLUNTEER_APP_ONEFILE": "1" if args.onefile else "0"}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(ROOT / "packaging" / "volunteer_app.spec"),
        ],
        check=True,
        env=env,
    )
    print(f"built: {ROOT / 'dist'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
