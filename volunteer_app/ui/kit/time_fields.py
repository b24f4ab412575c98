"""Minutes shown as H:mm in a QTimeEdit (a duration of up to 23:59)."""

from __future__ import annotations

from PySide6.QtCore import QTime


def time_of(minutes: int) -> QTime:
    minutes = max(0, min(minutes, 23 * 60 + 59))
    return QTime(minutes // 60, minutes % 60)


def minutes_of(value: QTime) -> int:
    return value.hour() * 60 + value.minute()
