"""The one write path: every change a page or dialog makes goes through ``Ops.run``.

``ctx.ops.run(action, changes=..., undo=..., success=..., failure=..., busy_text=...)``
runs ``action`` (a call into a service) off the GUI thread through the context's runner,
then, back on the GUI thread:

- on success, pushes the undo step ``undo(result)`` (if any; the change is already saved,
  see shell/undo.py), calls ``success(result)`` (the caller's own follow-up: a message, a
  form cleared), then announces ``changes`` once on ``bus.changed``;
- on a known failure (a typed ``AppError`` or an ``OSError``), words it in one place
  (``failure_text``: kit/messages.error_text for codes) and gives the sentence to
  ``failure``, or to the status bar when no ``failure`` is given (a feature whose
  errors carry more than a code, such as an import's totals, gives its own ``explain``,
  which falls back on error_text; a form gives ``failure_at`` to be told the field a
  ``ValidationError`` names, "" for any other failure); nothing is announced,
  as a failed write changed nothing (one transaction). Anything else is a bug and goes
  to the crash handler.

Pages listen to ``bus.changed`` through kit/page.py (a page hidden behind another one
refreshes when next shown). Undo and redo announce the same ``changes`` again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Flag, auto
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication

from volunteer_app.domain.errors import AppError
from volunteer_app.ui.kit.messages import error_text
from volunteer_app.ui.shell.after_the_fact import AfterTheFact

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoCommand, QUndoStack

    from volunteer_app.ui.kit.worker import Runner
    from volunteer_app.ui.shell.bus import AppBus

log = logging.getLogger(__name__)
T = TypeVar("T")


class Changes(Flag):
    """What a write changed, so that each page reloads only what it shows."""

    NONE = 0
    ACTIVITIES = auto()  # activities, their people, hours and headcounts
    PEOPLE = auto()  # people's details, merges, erasures
    TYPES = auto()  # the group's activity types and their outputs
    SERIES = auto()  # regular activities and their skipped sessions
    GROUP = auto()  # the group's profile (name, local authority, CVC reference)
    PLACES = auto()  # places and the community pulse
    FUNDING = auto()  # funding records
    EXPORTS = auto()  # summaries saved for the CVC
    IMPORTS = auto()  # spreadsheet imports and their removal
    ALL = ACTIVITIES | PEOPLE | TYPES | SERIES | GROUP | PLACES | FUNDING | EXPORTS | IMPORTS


def failure_text(exc: AppError | OSError) -> str:
    """One sentence saying what went wrong and what to do, in the app's language."""
    if isinstance(exc, AppError):
        return error_text(exc)
    return QCoreApplication.translate(
        "Ops",
        "The file or folder could not be used: %1. Nothing was changed: check the disk, or "
        "choose another folder.",
    ).replace("%1", exc.strerror or type(exc).__name__)


class Ops:
    """Runs writes for the pages: off the GUI thread, errors worded once, undo pushed,
    one ``changed`` announcement."""

    def __init__(
        self, bus: AppBus, runner: Runner, undo_stack: Callable[[], QUndoStack | None]
    ) -> None:
        self._bus, self._runner, self._undo_stack = bus, runner, undo_stack

    def run(
        self,
        action: Callable[[], T],
        *,
        changes: Changes,
        undo: Callable[[T], QUndoCommand | None] | None = None,
        success: Callable[[T], None] | None = None,
        failure: Callable[[str], None] | None = None,
        failure_at: Callable[[str, str], None] | None = None,
        busy_text: str = "",
        explain: Callable[[AppError], str] = error_text,
    ) -> None:
        if busy_text:
            self._bus.status_message.emit(busy_text)

        def done(result: Any) -> None:
            command = undo(result) if undo is not None else None
            if command is not None:
                self.push_undo(command, changes)
            if success is not None:
                success(result)
            self.announce(changes)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, AppError | OSError):
                raise exc  # a bug: the crash handler shows and logs it
            log.info("a change was refused: %s", getattr(exc, "code", type(exc).__name__))
            text = explain(exc) if isinstance(exc, AppError) else failure_text(exc)
            if failure_at is not None:
                failure_at(getattr(exc, "field", ""), text)
            elif failure is not None:
                failure(text)
            else:
                self._bus.status_message.emit(text)

        self._runner.run(action, done, failed)

    def announce(self, changes: Changes) -> None:
        """Tell the pages what changed (also after undo and redo)."""
        if changes:
            self._bus.changed.emit(changes)

    def push_undo(self, command: QUndoCommand, changes: Changes) -> None:
        """Record a change already saved, so Ctrl+Z can take it back; undoing or redoing it
        announces ``changes`` again."""
        if isinstance(command, AfterTheFact):
            command.changed = lambda: self.announce(changes)
        stack = self._undo_stack()
        if stack is not None:
            stack.push(command)
