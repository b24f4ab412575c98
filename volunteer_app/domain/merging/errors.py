"""Why a co-coordinator's file was refused: each a code the window and command line word."""

from __future__ import annotations

from volunteer_app.domain.errors import AppError


class ChangeFileError(AppError):
    """A change file refused whole: nothing was written."""
