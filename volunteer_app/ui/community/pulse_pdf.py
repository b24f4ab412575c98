"""The printable pulse card (A4, four cards a page, English and Welsh side by side, one row
of tick boxes per statement) and the A4 tally sheet the coordinator counts the cards into."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPdfWriter, QPen

from volunteer_app.domain.pulse import ANSWERS, CARD_STATEMENTS, STATEMENT_TEXTS
from volunteer_app.domain.pulse.tally import ANSWER_TEXTS
from volunteer_app.ui.kit.community_words import answer_label, statement_short
from volunteer_app.ui.kit.pdf_page import a4_pdf, font, mm

translate = QCoreApplication.translate
CARDS_PER_PAGE = 4
WRAP = Qt.TextFlag.TextWordWrap
# The card is always in both languages, whatever the app's language: the words are the
# policy's own (domain/pulse), not translations.
CARD_TITLE = ("How do you feel about this area?", "Sut ydych chi'n teimlo am yr ardal hon?")
CARD_NOTE = (
    "Anonymous: do not write your name. Tick one box for each line.",
    "Dienw: peidiwch ag ysgrifennu'ch enw. Ticiwch un blwch ar bob llinell.",
)


def pulse_cards_pdf_bytes(pages: int = 1) -> bytes:
    return a4_pdf(CARD_TITLE[0], lambda writer, painter: _cards(writer, painter, pages))


def _cards(writer: QPdfWriter, painter: QPainter, pages: int) -> None:
    height = writer.height() / CARDS_PER_PAGE
    for page in range(max(pages, 1)):
        if page:
            writer.newPage()
        for number in range(CARDS_PER_PAGE):
            top = number * height
            _card(painter, QRectF(mm(8), top + mm(5), writer.width() - mm(16), height - mm(10)))
            if number:  # a dashed line to cut along
                painter.setPen(QPen(QColor("#888888"), mm(0.2), Qt.PenStyle.DashLine))
                painter.drawLine(0, int(top), writer.width(), int(top))


def _card(painter: QPainter, box: QRectF) -> None:
    box_w = mm(17)
    text_w = (box.width() - 3 * box_w - mm(6)) / 2
    en_x, boxes_x = box.left(), box.left() + text_w + mm(3)
    cy_x = boxes_x + 3 * box_w + mm(3)
    painter.setPen(QColor("black"))
    painter.setFont(font(8.5, bold=True))
    line = painter.fontMetrics().height()
    painter.drawText(QRectF(en_x, box.top(), text_w, line), WRAP, CARD_TITLE[0])
    painter.drawText(QRectF(cy_x, box.top(), text_w, line), WRAP, CARD_TITLE[1])
    y = box.top() + line
    painter.setFont(font(7))
    small = painter.fontMetrics().height()
    painter.drawText(QRectF(en_x, y, text_w, small * 2), WRAP, CARD_NOTE[0])
    painter.drawText(QRectF(cy_x, y, text_w, small * 2), WRAP, CARD_NOTE[1])
    for column, answer in enumerate(ANSWERS):
        en, cy = ANSWER_TEXTS[answer]
        cell = QRectF(boxes_x + column * box_w, y - small, box_w, small * 3)
        painter.drawText(cell, Qt.AlignmentFlag.AlignHCenter | WRAP, f"{en}\n{cy}")
    y += small * 2 + mm(1)
    row_h = (box.bottom() - y) / len(CARD_STATEMENTS)
    painter.setFont(font(7.5))
    for statement in CARD_STATEMENTS:
        en, cy = STATEMENT_TEXTS[statement]
        flags = WRAP | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(en_x, y, text_w, row_h), flags, en)
        painter.drawText(QRectF(cy_x, y, text_w, row_h), flags, cy)
        side = min(mm(5), row_h - mm(1))
        painter.setPen(QPen(QColor("black"), mm(0.3)))
        for column in range(len(ANSWERS)):
            left = boxes_x + column * box_w + (box_w - side) / 2
            painter.drawRect(QRectF(left, y + (row_h - side) / 2, side, side))
        y += row_h


def tally_sheet_pdf_bytes() -> bytes:
    return a4_pdf(translate("PulsePdf", "Pulse tally sheet"), _tally)


def _tally(writer: QPdfWriter, painter: QPainter) -> None:
    x, inner = mm(14), writer.width() - mm(28)
    y = mm(14)
    painter.setPen(QColor("black"))
    painter.setFont(font(18, bold=True))
    line = painter.fontMetrics().height()
    painter.drawText(QRectF(x, y, inner, line), 0, translate("PulsePdf", "Pulse tally sheet"))
    y += line + mm(2)
    painter.setFont(font(10))
    line = painter.fontMetrics().height()
    for label in (translate("PulsePdf", "Activity:"), translate("PulsePdf", "Date:")):
        painter.drawText(QRectF(x, y, inner, line), 0, label)
        painter.drawLine(int(x + mm(28)), int(y + line), int(x + inner), int(y + line))
        y += line + mm(3)
    note = translate(
        "PulsePdf",
        "Take one card at a time and make a mark in the box of each answer it ticked. Then "
        "type the totals into the activity's pulse grid. Throw the cards away once counted.",
    )
    painter.drawText(QRectF(x, y, inner, line * 3), WRAP, note)
    y += line * 3 + mm(2)
    label_w, col_w = inner * 0.34, inner * 0.22
    row_h = mm(26)
    painter.setFont(font(10, bold=True))
    for column, answer in enumerate(ANSWERS):
        cell = QRectF(x + label_w + column * col_w, y, col_w, line)
        painter.drawText(cell, Qt.AlignmentFlag.AlignHCenter, answer_label(answer.value))
    y += line + mm(1)
    rows = [statement_short(s) for s in CARD_STATEMENTS]
    rows += [translate("PulsePdf", "Cards handed in"), statement_short("sense_of_community")]
    painter.setPen(QPen(QColor("black"), mm(0.3)))
    for number, label in enumerate(rows):
        painter.setFont(font(10, bold=number >= len(CARD_STATEMENTS)))
        painter.drawText(
            QRectF(x, y, label_w - mm(2), row_h), WRAP | Qt.AlignmentFlag.AlignVCenter, label
        )
        columns = len(ANSWERS) if number < len(CARD_STATEMENTS) else 1
        for column in range(columns):
            painter.drawRect(QRectF(x + label_w + column * col_w, y, col_w - mm(1), row_h - mm(1)))
        y += row_h
