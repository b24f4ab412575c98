"""The Community block of the A4 summary: pulse shares (from 10 cards, with the cards beside
them) and activities by type of place, in a few lines of text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from volunteer_app.ui.community.community_section import share_text
from volunteer_app.ui.kit.community_words import place_type_label, statement_short
from volunteer_app.ui.kit.pdf_page import font, mm

if TYPE_CHECKING:
    from volunteer_app.services.community.report import CommunityReport

translate = QCoreApplication.translate
BLOCK_MM = 30.0  # the room the block takes; the charts give it up


def community_lines(report: CommunityReport) -> list[str]:
    locale = QLocale()
    if report.cards:
        shares = " · ".join(
            f"{statement_short(s.code)}: {share_text(report, s.code)}" for s in report.statements
        )
        pulse = (
            translate("CommunityPdf", "Pulse cards collected: %1.").replace(
                "%1", locale.toString(report.cards)
            )
            + " "
            + shares
        )
    else:
        pulse = translate("CommunityPdf", "No pulse cards were collected in this period.")
    places = " · ".join(
        f"{place_type_label(p.place_type)} {locale.toString(p.activities)}"
        for p in report.places
        if p.activities
    )
    where = translate("CommunityPdf", "Activities by type of place: %1").replace(
        "%1", places or "—"
    )
    return [pulse, where]


def draw_community(
    painter: QPainter, x: float, y: float, inner: float, report: CommunityReport
) -> float:
    painter.setPen(QColor("black"))
    painter.setFont(font(11, bold=True))
    line = painter.fontMetrics().height()
    painter.drawText(QRectF(x, y, inner, line), 0, translate("CommunityPdf", "Community"))
    y += line + mm(1)
    painter.setFont(font(8.5))
    for text in community_lines(report):
        box = painter.boundingRect(QRectF(x, y, inner, mm(40)), Qt.TextFlag.TextWordWrap, text)
        painter.drawText(QRectF(x, y, inner, box.height()), Qt.TextFlag.TextWordWrap, text)
        y += box.height() + mm(1)
    return y + mm(2)
