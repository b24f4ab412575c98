"""The app's own colours keep text readable (WCAG 4.5:1) in light and dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from volunteer_app.domain.disclosure import Status
from volunteer_app.domain.summary import SummaryRow
from volunteer_app.ui.cvc_export.summary_model import SummaryTableModel


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _blend(top: QColor, bottom: QColor) -> QColor:
    alpha = top.alphaF()
    return QColor.fromRgbF(
        *(
            alpha * getattr(top, c)() + (1 - alpha) * getattr(bottom, c)()
            for c in ("redF", "greenF", "blueF")
        )
    )


def _dark() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(30, 30, 30))
    palette.setColor(QPalette.ColorRole.Text, QColor(230, 230, 230))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(42, 130, 218))
    return palette


@pytest.mark.parametrize("palette_of", [lambda: QApplication.palette(), _dark])
def test_withheld_rows_keep_contrast(qapp, palette_of) -> None:  # type: ignore[no-untyped-def]
    original = QApplication.palette()
    palette = palette_of()
    QApplication.setPalette(palette)
    try:
        model = SummaryTableModel()
        row = SummaryRow(
            "volunteers_unique", "people", "age_band", "16_24", None, Status.SUPPRESSED, 3
        )
        model.set_preview([["measure"], ["volunteers_unique"]], [row])
        tint = model.index(0, 0).data(8)  # Qt.BackgroundRole
        background = _blend(tint, palette.color(QPalette.ColorRole.Base))
        assert _contrast(palette.color(QPalette.ColorRole.Text), background) >= 4.5
    finally:
        QApplication.setPalette(original)
