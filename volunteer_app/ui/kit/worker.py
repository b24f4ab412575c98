"""Running slow work off the GUI thread, with results delivered back on it by signal.

Tests swap in InlineRunner so that they need neither threads nor waiting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Runner(Protocol):
    def run(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None: ...


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, job: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._job = job
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._job()
        except BaseException as exc:  # delivered to the GUI thread, which decides
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class ThreadRunner:
    """Runs jobs on Qt's thread pool; callbacks run on the GUI thread (queued signals)."""

    def __init__(self) -> None:
        self._pool = QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def run(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        relay = _Relay()  # created on the GUI thread, so its slots run there
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            callback(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda exc: finish(on_error, exc))
        self._pool.start(_Job(job, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        return bool(self._pool.waitForDone(msecs))


class InlineRunner:
    """Runs jobs at once on the calling thread (tests)."""

    def run(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        try:
            result = job()
        except BaseException as exc:
            on_error(exc)
        else:
            on_done(result)
