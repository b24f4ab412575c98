"""Translation workflow in one command.

    python packaging/i18n.py update    # refresh resources/translations/*.ts from the code
    python packaging/i18n.py compile   # build the .qm files shipped inside the package
    python packaging/i18n.py check     # fail if a .ts is stale or unfinished, or a .qm is stale

Translators edit the .ts files with Qt Linguist (`pyside6-linguist FILE.ts`).
"""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "volunteer_app"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = SOURCES / "i18n"
LANGUAGES = ("cy", "en")
# English needs only the plural forms of counts ("1 activity", "2 activities"): its file holds
# just the messages with %n, made with lupdate's -pluralonly.
PLURAL_ONLY = ("en",)
# Qt ships no Welsh for its own widgets (context menus, standard buttons, file dialog):
# these hand-written sources cover the ones the app shows.
QT_SOURCES = ("qtbase_cy",)


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


def ts_file(language: str) -> Path:
    return TS_DIR / f"volunteer_app_{language}.ts"


def python_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def update(target_dir: Path = TS_DIR) -> None:
    target_dir.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = target_dir / f"volunteer_app_{language}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *python_sources(),
                "-no-obsolete",
                *(["-pluralonly"] if language in PLURAL_ONLY else []),
                "-locations",
                "none",
                "-target-language",
                f"{language}_GB",
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def compile_qm(target_dir: Path = QM_DIR) -> None:
    target_dir.mkdir(parents=True, exist_ok=True)
    names = [f"volunteer_app_{language}" for language in LANGUAGES] + list(QT_SOURCES)
    for name in names:
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                str(TS_DIR / f"{name}.ts"),
                "-qm",
                str(target_dir / f"{name}.qm"),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )


def _messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name", ""), msg.findtext("source", ""))
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    return [
        msg.findtext("source", "")
        for msg in root.iter("message")
        if (
            msg.find("translation") is None
            or msg.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        )
    ]  # type: ignore[union-attr]


def check() -> int:
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh_dir = Path(tmp)
        for language in LANGUAGES:
            shutil.copy(ts_file(language), fresh_dir / ts_file(language).name)
        update(fresh_dir)
        for language in LANGUAGES:
            committed, fresh = ts_file(language), fresh_dir / ts_file(language).name
            missing = _messages(fresh) - _messages(committed)
            extra = _messages(committed) - _messages(fresh)
            if missing or extra:
                problems.append(
                    f"{committed.name} is out of date with the code "
                    f"({len(missing)} new, {len(extra)} gone): run 'update'."
                )
            todo = unfinished(committed) + [
                t for qt in QT_SOURCES for t in unfinished(TS_DIR / f"{qt}.ts")
            ]
            if todo:
                problems.append(f"{committed.name}: {len(todo)} unfinished, e.g. {todo[0]!r}")
        qm_dir = fresh_dir / "qm"
        compile_qm(qm_dir)
        for name in [f"volunteer_app_{lang}.qm" for lang in LANGUAGES] + [
            f"{qt}.qm" for qt in QT_SOURCES
        ]:
            shipped = QM_DIR / name
            if not shipped.exists() or not filecmp.cmp(shipped, qm_dir / name, shallow=False):
                problems.append(f"{name} is stale: run 'compile'.")
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print("translations: up to date and complete")
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "update":
        update()
    elif command == "compile":
        compile_qm()
    elif command == "check":
        return check()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
