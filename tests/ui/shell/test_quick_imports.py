"""Opening the data imports the storage layer without PySide's look at each new module; other
threads' imports, and imports after the opening, are looked at as before."""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from volunteer_app.ui.shell.quick_imports import without_pyside_check

feature = pytest.importorskip("PySide6.support.feature")
FEATURES = feature.pyside_feature_dict  # PySide's record: 0 uses PySide, -1 does not


@pytest.fixture
def modules(tmp_path: Path) -> Iterator[Path]:
    """A folder on sys.path for throwaway modules, each of which mentions PySide6."""
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in [n for n in sys.modules if n.startswith("quick_probe_")]:
        del sys.modules[name]
        FEATURES.pop(name, None)


def _module(folder: Path, name: str) -> str:
    folder.joinpath(f"{name}.py").write_text('WHO = "PySide6"\n', encoding="utf-8")
    importlib.invalidate_caches()
    return name


def test_this_threads_imports_skip_the_look(modules: Path) -> None:
    inside = _module(modules, "quick_probe_inside")
    outside = _module(modules, "quick_probe_outside")
    with without_pyside_check():
        __import__(inside)  # as an import statement does
    __import__(outside)  # as an import statement does
    assert FEATURES[inside] == -1  # not read: taken as not using PySide
    assert FEATURES[outside] == 0  # read, and found to mention PySide6


def test_other_threads_are_looked_at_as_before(modules: Path) -> None:
    other = _module(modules, "quick_probe_other")
    inside = threading.Event()
    done = threading.Event()

    def import_elsewhere() -> None:
        inside.wait(5)
        __import__(other)  # as an import statement does
        done.set()

    thread = threading.Thread(target=import_elsewhere)
    thread.start()
    with without_pyside_check():
        inside.set()
        assert done.wait(5)
    thread.join()
    assert FEATURES[other] == 0


def test_nested_and_left_by_an_error(modules: Path) -> None:
    after = _module(modules, "quick_probe_after")
    with pytest.raises(RuntimeError), without_pyside_check():
        with without_pyside_check():
            pass
        raise RuntimeError("the opening failed")
    __import__(after)  # as an import statement does
    assert FEATURES[after] == 0  # the look is back once the block is left


def test_the_quick_look_answers_as_pysides_own(modules: Path) -> None:
    from volunteer_app.ui.shell import quick_imports

    assert quick_imports.install()
    assert feature._mod_uses_pyside is quick_imports._uses_pyside
    original = quick_imports._original
    assert original is not None
    plain = modules / "quick_probe_plain.py"
    plain.write_text("WHO = 'Qt for Python'\n", encoding="utf-8")
    importlib.invalidate_caches()
    __import__("quick_probe_plain")  # as an import statement does
    assert FEATURES["quick_probe_plain"] == -1
    compared = [m for m in list(sys.modules.values()) if getattr(m, "__file__", None)]
    assert len(compared) > 100
    ours = 0
    for module in compared:  # the standard library's, PySide's own and compiled ones
        if module.__name__.startswith("volunteer_app."):
            continue
        assert quick_imports._uses_pyside(module) == original(module), module.__name__
    for module in compared:  # ours: by layer, without reading; never "no" to one that uses it
        if not module.__name__.startswith("volunteer_app."):
            continue
        ours += 1
        quick = quick_imports._uses_pyside(module)
        assert quick == module.__name__.startswith(("volunteer_app.ui", "volunteer_app.app"))
        assert quick or not original(module), module.__name__
    assert ours > 20
