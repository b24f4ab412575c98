"""The paper sign-in sheet for the door, laid out like the sign-in screen: the regulars'
names first (as the names to tap), blank rows for newcomers, time in and out, a tick for
"new", and tallies for unnamed helpers and participants (the screen's "+1" buttons)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPdfWriter, QPen

from volunteer_app.ui.pdf_page import a4_pdf, font, mm

translate = QCoreApplication.translate
ROW_MM = 9.0
MAX_BLANK_ROWS = 200


@dataclass(frozen=True)
class SheetDetails:
    group_name: str
    activity: str
    day: date
    start: time | None
    location: str
    names: list[str]  # the regulars, in sign-in screen order
    blank_rows: int


def sign_in_sheet_pdf_bytes(details: SheetDetails) -> bytes:
    return a4_pdf(
        translate("SignInSheet", "Sign-in sheet"),
        lambda writer, painter: _draw(writer, painter, details),
    )


def _draw(writer: QPdfWriter, painter: QPainter, details: SheetDetails) -> None:
    rows: list[str] = list(details.names) + [""] * details.blank_rows
    margin = mm(12)
    inner = writer.width() - 2 * margin
    page, first = 1, True
    while first or rows:
        if not first:
            writer.newPage()
            page += 1
        first = False
        top = _header(painter, margin, inner, details, page)
        bottom = writer.height() - margin - mm(22)
        fit = max(1, int((bottom - top - mm(ROW_MM)) // mm(ROW_MM)))
        chunk, rows = rows[:fit], rows[fit:]
        end = _table(painter, margin, top, inner, chunk)
        if not rows:
            _tallies(painter, margin, end + mm(6), inner)


def _header(painter: QPainter, x: float, inner: float, d: SheetDetails, page: int) -> float:
    y = mm(12)
    painter.setPen(QColor("black"))
    painter.setFont(font(18, bold=True))
    line = painter.fontMetrics().height()
    title = translate("SignInSheet", "Sign-in sheet: %1").replace("%1", d.activity)
    painter.drawText(QRectF(x, y, inner, line), Qt.AlignmentFlag.AlignLeft, title)
    y += line + mm(1)
    painter.setFont(font(11))
    locale = QLocale()
    when = locale.toString(d.day, QLocale.FormatType.LongFormat)
    if d.start is not None:
        when += " · " + d.start.strftime("%H:%M")
    parts = [when] + [p for p in (d.location, d.group_name) if p]
    if page > 1:
        parts.append(translate("SignInSheet", "page %1").replace("%1", str(page)))
    line = painter.fontMetrics().height()
    painter.drawText(QRectF(x, y, inner, line), Qt.AlignmentFlag.AlignLeft, " · ".join(parts))
    y += line + mm(1.5)
    painter.setFont(font(9))
    painter.setPen(QColor("#333333"))
    note = translate(
        "SignInSheet",
        "Find your name, or write it in a blank row. Write the time you arrive and leave, "
        "and tick “New” if this is your first time with us.",
    )
    painter.drawText(QRectF(x, y, inner, mm(10)), Qt.TextFlag.TextWordWrap, note)
    return y + mm(11)


def _columns(x: float, inner: float) -> list[tuple[float, float]]:
    widths = (0.52, 0.18, 0.18, 0.12)
    found, left = [], x
    for share in widths:
        found.append((left, inner * share))
        left += inner * share
    return found


def _table(painter: QPainter, x: float, y: float, inner: float, rows: list[str]) -> float:
    columns = _columns(x, inner)
    row_h = mm(ROW_MM)
    titles = (
        translate("SignInSheet", "Name"),
        translate("SignInSheet", "Time in"),
        translate("SignInSheet", "Time out"),
        translate("SignInSheet", "New"),
    )
    painter.setPen(QPen(QColor("black"), mm(0.3)))
    painter.setFont(font(10, bold=True))
    pad = mm(2)
    painter.fillRect(QRectF(x, y, inner, row_h), QColor("#e8e8e8"))
    for (left, width), title in zip(columns, titles, strict=True):
        painter.drawText(
            QRectF(left + pad, y, width - 2 * pad, row_h), Qt.AlignmentFlag.AlignVCenter, title
        )
    # Every box of the page in one call: the sheet's cost no longer grows with its rows in
    # calls to the Qt binding (see _draw_boxes).
    boxes = [QRectF(left, y, width, row_h) for left, width in columns]
    y += row_h
    painter.setFont(font(11))
    box = mm(4.5)
    new_left, new_width = columns[3]
    for name in rows:
        boxes.extend(QRectF(left, y, width, row_h) for left, width in columns)
        boxes.append(QRectF(new_left + (new_width - box) / 2, y + (row_h - box) / 2, box, box))
        if name:
            left, width = columns[0]
            painter.drawText(
                QRectF(left + pad, y, width - 2 * pad, row_h), Qt.AlignmentFlag.AlignVCenter, name
            )
        y += row_h
    _draw_boxes(painter, boxes)
    return y


def _draw_boxes(painter: QPainter, boxes: list[QRectF]) -> None:
    """Draw outlines with one call. PySide6 6.12.0 took a reference from None on every call
    of a method returning nothing (drawRect, setPen...); a sheet of many rows drew a few
    hundred of them and the 25th sheet in one run aborted the app (``none_dealloc``). That
    release is excluded in pyproject.toml; fewer calls also keep the page quick to draw."""
    painter.drawRects(boxes)


def _tallies(painter: QPainter, x: float, y: float, inner: float) -> None:
    painter.setFont(font(11))
    painter.setPen(QColor("black"))
    half = inner / 2
    for index, text in enumerate(
        (
            translate("SignInSheet", "Unnamed helpers (tally):"),
            translate("SignInSheet", "Participants (tally):"),
        )
    ):
        left = x + index * half
        painter.drawText(QRectF(left, y, half, mm(8)), Qt.AlignmentFlag.AlignLeft, text)
    _draw_boxes(painter, [QRectF(x + i * half, y + mm(7), half - mm(6), mm(12)) for i in (0, 1)])
