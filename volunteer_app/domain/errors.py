"""Typed errors with stable codes. Services raise them; only the UI and CLI word them."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INPUT_REJECTED = 1
    USAGE = 2
    STORAGE = 3


class AppError(Exception):
    """Base of every error the user can be told about. ``code`` is stable; ``params`` fill it."""

    exit_code = ExitCode.INPUT_REJECTED

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params


class ValidationError(AppError):
    """Input rejected before anything was written. ``field`` names what to fix."""

    def __init__(self, code: str, message: str, field: str = "", **params: object) -> None:
        super().__init__(code, message, **params)
        self.field = field


class StorageError(AppError):
    """A known problem with the database file: locked, read-only, full, damaged, too new."""

    exit_code = ExitCode.STORAGE
