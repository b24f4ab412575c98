"""PySide's look at each newly imported module, made cheap.

Once PySide is loaded, it looks at every module imported afterwards to see whether that module
uses PySide (its ``__feature__`` support needs to know): ``inspect.getsource`` reads and splits
the whole file into lines, keeps them in ``linecache``, and the text is searched for "PySide6".
For the window's own modules that is about a quarter of a millisecond each, before the first
paint; for the storage layer (SQLAlchemy, SQLModel, pydantic: some 400 modules) about 80 ms of
the data's opening, a fifth of it.

:func:`install` answers the same question by searching the file's bytes, without the lines or
the cache. The app's own modules are answered by their layer without being read (PySide is
allowed only in ``ui`` and ``app``: an import-linter contract; the answer matters only to a
module that asks for a ``__feature__``, which none of ours does): reading each file again cost
some 5 ms before the first paint, on the slow disks of old laptops more. The layers below
``ui`` never import PySide, nor do the libraries they use, so within
:func:`without_pyside_check` a module imported by the thread that opens the data is marked
"does not use PySide" without reading it at all. If PySide's internals change, this does
nothing and the look simply happens as before.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType

_FEATURE_MODULE = "PySide6.support.feature"
_CHECK = "_mod_uses_pyside"
_OWN = "volunteer_app."
_OWN_UI = _OWN + "ui."
_OWN_WITH_PYSIDE = {_OWN + "app", _OWN + "ui"}

_lock = threading.Lock()
_threads: set[int] = set()
_original: Callable[[ModuleType], bool] | None = None


def _uses_pyside(module: ModuleType) -> bool:
    if threading.get_ident() in _threads:
        return False
    name = getattr(module, "__name__", "")
    if name.startswith(_OWN):
        return name in _OWN_WITH_PYSIDE or name.startswith(_OWN_UI)
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass  # no source beside it (a bundle): PySide's own answer
    assert _original is not None
    return _original(module)


def install() -> bool:
    """Put the quick look in place of PySide's; True if it is (once is enough)."""
    global _original
    feature = sys.modules.get(_FEATURE_MODULE)
    with _lock:
        check = getattr(feature, _CHECK, None)
        if feature is None or not callable(check):
            return False
        if check is not _uses_pyside:
            _original = check
            setattr(feature, _CHECK, _uses_pyside)
        return True


@contextmanager
def without_pyside_check() -> Iterator[None]:
    """Within the block, modules first imported by this thread skip PySide's look."""
    active = install()
    if active:
        with _lock:
            _threads.add(threading.get_ident())
    try:
        yield
    finally:
        if active:
            with _lock:
                _threads.discard(threading.get_ident())
