"""A page whose contents scroll rather than squeeze on a small screen."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scrolling_body(page: QWidget, margin: int = 24) -> QVBoxLayout:
    """The layout to fill, inside a frameless scroll area that fills ``page``: on a
    1024x640 screen the page scrolls, and its charts and tables keep the height they
    need to show their words whole."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer.addWidget(scroll)
    body = QWidget(scroll)
    scroll.setWidget(body)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(margin, margin, margin, margin)
    return layout
