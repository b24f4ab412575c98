"""A4 pages drawn with Qt's PDF writer (no extra dependency), shared by the A4 summary and
the sign-in sheet: page set-up, millimetres and fonts."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from volunteer_app.ui.context import app_title

DPI = 300


def mm(value: float) -> float:
    """Millimetres in the writer's device pixels."""
    return value * DPI / 25.4


def font(points: float, bold: bool = False) -> QFont:
    """A copy of the font of that size, made once: a page sets a font many times."""
    return QFont(_font(points, bold))


@cache
def _font(points: float, bold: bool) -> QFont:
    chosen = QFont()
    chosen.setPointSizeF(points)
    chosen.setBold(bold)
    return chosen


def a4_pdf(title: str, draw: Callable[[QPdfWriter, QPainter], None]) -> bytes:
    """The PDF's bytes: A4 portrait, no printer margins (each drawing keeps its own)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(title)
    writer.setCreator(app_title())
    painter = QPainter(writer)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        draw(writer, painter)
    finally:
        painter.end()
        buffer.close()
    return bytes(data.data())
