"""Start-up probe, loaded as ``sitecustomize`` (through PYTHONPATH) into the app and into
the floor programs alike, so that both are timed by the same rule from outside.

``STARTUP_PROBE=first-window`` prints ``PROBE first-window <monotonic ns> <CPU ns>`` on the first
turn of the event loop after the first paint of a shown QMainWindow, then ends the process
at once (``os._exit``: teardown is never timed). ``STARTUP_PROBE=ready`` prints that mark
and goes on until a label reading "On this laptop: ..." with real counts has been painted,
prints ``PROBE ready <ns>`` and ends the process there.

Nothing is imported until PySide6.QtWidgets is: the probe adds no work before that.
"""

from __future__ import annotations

import os
import sys
import time
from importlib.machinery import ModuleSpec, PathFinder

TYPE_CHECKING = False  # typing itself is not imported: the probe must add no work
if TYPE_CHECKING:
    from types import ModuleType
    from typing import Any

WANT = os.environ.get("STARTUP_PROBE", "")
COUNTS_PREFIX = "On this laptop:"


def _mark(event: str, end: bool) -> None:
    # The monotonic clock is shared with the parent; CPU time (all threads) is the process's
    # own, and varies less than wall time when the machine is busy.
    os.write(1, f"PROBE {event} {time.monotonic_ns()} {time.process_time_ns()}\n".encode())
    if end:
        os._exit(0)


def _after_first_paint(widget: Any, event_name: str, end: bool) -> None:
    """Mark on the event loop's turn just after the widget's first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, lambda: _mark(event_name, end))
            return False

    probe = FirstPaint(widget)
    widget.installEventFilter(probe)


def _instrument(widgets: ModuleType) -> None:
    main_window, label = widgets.QMainWindow, widgets.QLabel
    show, set_text = main_window.show, label.setText
    state = {"window": False, "counts": False}

    def probed_show(self: Any) -> None:
        if not state["window"]:
            state["window"] = True
            _after_first_paint(self, "first-window", WANT == "first-window")
        show(self)

    def probed_set_text(self: Any, text: str) -> None:
        set_text(self, text)
        if (
            WANT == "ready"
            and not state["counts"]
            and text.startswith(COUNTS_PREFIX)
            and any(ch.isdigit() for ch in text)
        ):
            state["counts"] = True
            _after_first_paint(self, "ready", True)

    main_window.show = probed_show
    label.setText = probed_set_text


class _Loader:
    """Runs the real loader, then instruments the module it made."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self.real.create_module(spec)  # type: ignore[no-any-return]

    def exec_module(self, module: ModuleType) -> None:
        self.real.exec_module(module)
        _instrument(module)


class _Finder:
    """Waits for the import of PySide6.QtWidgets, then steps aside."""

    @classmethod
    def find_spec(cls, name: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(cls)  # type: ignore[arg-type]
        spec = PathFinder.find_spec(name, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loader(spec.loader)  # type: ignore[assignment]
        return spec


if WANT:
    sys.meta_path.insert(0, _Finder)  # type: ignore[arg-type]
