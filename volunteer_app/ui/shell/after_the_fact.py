"""The base of every undo step: a change already saved, which Ctrl+Z takes back.

Apart from undo.py's commands so that the shell's write path (ops.py), built before the
first window, does not import the activity and people rules the commands need."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class AfterTheFact(QUndoCommand):
    """A change already made: ``revert`` takes it back, ``apply`` makes it again."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        # Set by the shell's Ops when pushed: tells the pages what changed again.
        self.changed: Callable[[], None] = lambda: None
        self._done = True  # Qt calls redo() on push: the change is already saved

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.apply()
        self.changed()

    def undo(self) -> None:
        self.revert()
        self.changed()
