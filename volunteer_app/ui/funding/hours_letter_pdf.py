"""An hours letter on A4, on the group's behalf, for a volunteer who asks (a job or a
course application, a Duke of Edinburgh award): their hours, sessions and dates, by
activity type, with a line for the coordinator to sign. Only that person's figures."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from volunteer_app.domain.funding.letter import LetterFacts
from volunteer_app.domain.values import hours_tenths
from volunteer_app.ui.kit.pdf_page import a4_pdf, font, mm

translate = QCoreApplication.translate


def _day(value: date) -> str:
    return QLocale().toString(value, QLocale.FormatType.LongFormat)


def _hours(minutes: int) -> str:
    return QLocale().toString(hours_tenths(minutes) / 10, "f", 1)


def letter_sentence(facts: LetterFacts) -> str:
    if not facts.sessions or facts.first is None or facts.last is None:
        return (
            translate("HoursLetter", "%1 gave no recorded volunteering between %2 and %3.")
            .replace("%1", facts.name)
            .replace("%2", _day(facts.start))
            .replace("%3", _day(facts.end))
        )
    return (
        HoursLetterTexts()
        .sentence(facts.sessions)
        .replace("%1", facts.name)
        .replace("%2", _hours(facts.minutes))
        .replace("%3", _day(facts.first))
        .replace("%4", _day(facts.last))
    )


class HoursLetterTexts(QObject):
    """Plural forms are read from ``tr`` calls (the extractor does not see them elsewhere)."""

    def sentence(self, sessions: int) -> str:
        return self.tr("%1 gave %2 hours over %n session(s) between %3 and %4.", "", sessions)


def hours_letter_pdf_bytes(facts: LetterFacts, group_name: str, today: date) -> bytes:
    return a4_pdf(
        translate("HoursLetter", "Volunteering hours: %1").replace("%1", facts.name),
        lambda writer, painter: _draw(painter, writer.width(), facts, group_name, today),
    )


def _text(
    painter: QPainter, x: float, y: float, width: float, text: str, size: float, bold: bool = False
) -> float:
    """Draw wrapped text; returns the y below it."""
    painter.setFont(font(size, bold))
    flags = Qt.TextFlag.TextWordWrap
    box = painter.boundingRect(QRectF(x, y, width, mm(100)), flags, text)
    painter.drawText(QRectF(x, y, width, box.height()), flags, text)
    return y + box.height()


def _draw(painter: QPainter, width: int, facts: LetterFacts, group_name: str, today: date) -> None:
    margin = mm(20)
    x, y, inner = margin, margin, width - 2 * margin
    painter.setPen(QColor("black"))
    y = _text(painter, x, y, inner, group_name, 18, bold=True) + mm(2)
    y = _text(painter, x, y, inner, _day(today), 10) + mm(10)
    title = translate("HoursLetter", "Volunteering hours")
    y = _text(painter, x, y, inner, title, 14, bold=True) + mm(4)
    y = _text(painter, x, y, inner, letter_sentence(facts), 12) + mm(6)
    if facts.lines:
        y = _table(painter, x, y, inner, facts) + mm(8)
    thanks = translate(
        "HoursLetter",
        "These figures come from the group's own records of its volunteering. We are glad "
        "to confirm them and thank %1 for their time.",
    ).replace("%1", facts.name)
    y = _text(painter, x, y, inner, thanks, 11) + mm(22)
    painter.setPen(QPen(QColor("black"), mm(0.3)))
    painter.drawLine(int(x), int(y), int(x + mm(80)), int(y))
    y += mm(2)
    signed = translate("HoursLetter", "Signed for %1 by the volunteer coordinator").replace(
        "%1", group_name
    )
    y = _text(painter, x, y, inner, signed, 10) + mm(8)
    painter.drawLine(int(x), int(y), int(x + mm(80)), int(y))
    _text(painter, x, y + mm(2), inner, translate("HoursLetter", "Name and date"), 10)


def _table(painter: QPainter, x: float, y: float, inner: float, facts: LetterFacts) -> float:
    columns = (inner * 0.6, inner * 0.2, inner * 0.2)
    header = (
        translate("HoursLetter", "Activity"),
        translate("HoursLetter", "Sessions"),
        translate("HoursLetter", "Hours"),
    )
    rows = [(line.activity_type, str(line.sessions), _hours(line.minutes)) for line in facts.lines]
    rows.append((translate("HoursLetter", "In all"), str(facts.sessions), _hours(facts.minutes)))
    for index, row in enumerate((header, *rows)):
        bold = index == 0 or index == len(rows)
        painter.setFont(font(10.5, bold))
        height = painter.fontMetrics().height() + mm(2)
        left = x
        for column, (cell, cell_w) in enumerate(zip(row, columns, strict=True)):
            align = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
            painter.drawText(
                QRectF(left + mm(1), y, cell_w - mm(2), height),
                int(align | Qt.AlignmentFlag.AlignVCenter),
                cell,
            )
            left += cell_w
        y += height
        if index in (0, len(rows) - 1):
            painter.setPen(QPen(QColor("#777777"), mm(0.2)))
            painter.drawLine(int(x), int(y), int(x + inner), int(y))
            painter.setPen(QColor("black"))
    return y
