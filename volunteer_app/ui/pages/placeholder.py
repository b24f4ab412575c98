"""Pages whose full screens come in later versions: they say what will be there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from volunteer_app.ui.context import UiContext
from volunteer_app.ui.pages.base import Page, heading

translate = QCoreApplication.translate


def _page_texts(key: str) -> tuple[str, str, list[str]]:
    """Title, summary and planned features of each page, translated at call time."""
    if key == "log":
        return (
            translate("Pages", "Log"),
            translate(
                "Pages",
                "Record an activity in seconds: a session, an event or one "
                "person's help. A headcount alone is enough.",
            ),
            [
                translate("Pages", "Date, type, place and times, filled in from last time"),
                translate("Pages", "Named people with their hours, or just how many came"),
                translate("Pages", "Upcoming sessions of a regular activity, ready to confirm"),
                translate("Pages", "A sign-in screen for the laptop at the door"),
            ],
        )
    if key == "activities":
        return (
            translate("Pages", "Activities"),
            translate("Pages", "Every activity the group has logged, newest first."),
            [
                translate("Pages", "Search by text and filter by date range and type"),
                translate("Pages", "Open an activity to correct it, duplicate it or delete it"),
                translate("Pages", "Undo any change with Ctrl+Z"),
            ],
        )
    if key == "people":
        return (
            translate("Pages", "People"),
            translate("Pages", "The people your group chose to name. Only a name is needed."),
            [
                translate("Pages", "First and last seen, sessions and hours in a period"),
                translate("Pages", "Optional details: contact, age band, Welsh speaker, consents"),
                translate("Pages", "Merge two records of the same person, or archive one"),
            ],
        )
    if key == "reports":
        return (
            translate("Pages", "Reports"),
            translate("Pages", "Totals and charts for your committee or a funder."),
            [
                translate("Pages", "Activities, distinct volunteers, hours and participants"),
                translate("Pages", "Charts of hours and volunteers by month"),
                translate("Pages", "A one-page A4 summary to print"),
            ],
        )
    raise KeyError(key)


class PlaceholderPage(Page):
    def __init__(self, key: str, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.key = key
        self.setObjectName(f"page_{key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        self.heading = heading(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.planned_title = QLabel(self)
        self.planned = QLabel(self)
        self.planned.setWordWrap(True)
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        inner.addWidget(self.planned_title)
        inner.addWidget(self.planned)
        for widget in (self.heading, self.summary, frame):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return _page_texts(self.key)[0]

    def retranslate(self) -> None:
        title, summary, planned = _page_texts(self.key)
        self.heading.setText(title)
        self.summary.setText(summary)
        self.planned_title.setText(self.tr("Coming to this page:"))
        self.planned.setText("<ul>" + "".join(f"<li>{item}</li>" for item in planned) + "</ul>")
