"""Importing the layers below the window without PySide's look at each new module.

Once PySide is loaded, it looks at every module imported afterwards to see whether that module
uses PySide: it reads the module's whole source file and searches it for "PySide6" (its
``__feature__`` support needs to know). For the storage layer (SQLAlchemy, SQLModel,
pydantic: some 400 modules) that is about 80 ms of the data's opening, a fifth of it.

The layers below ``ui`` never import PySide (an import-linter contract), nor do the libraries
they use, so a module imported by the thread that opens the data is marked "does not use
PySide" without the look. Other threads' imports are looked at as before. If PySide's
internals change, this does nothing and the look simply happens.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType

_FEATURE_MODULE = "PySide6.support.feature"
_CHECK = "_mod_uses_pyside"

_lock = threading.Lock()
_threads: set[int] = set()
_original: Callable[[ModuleType], bool] | None = None


def _quick(module: ModuleType) -> bool:
    if threading.get_ident() in _threads or _original is None:
        return False
    return _original(module)


@contextmanager
def without_pyside_check() -> Iterator[None]:
    """Within the block, modules first imported by this thread skip PySide's look."""
    global _original
    feature = sys.modules.get(_FEATURE_MODULE)
    with _lock:
        check = getattr(feature, _CHECK, None)
        if feature is None or not callable(check):
            active = False
        else:
            active = True
            if check is not _quick:
                _original = check
                setattr(feature, _CHECK, _quick)
            _threads.add(threading.get_ident())
    try:
        yield
    finally:
        if active:
            with _lock:
                _threads.discard(threading.get_ident())
                if not _threads and _original is not None:
                    setattr(feature, _CHECK, _original)  # kept: a late call still works
