"""Table columns as wide as their headings in the language shown."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QTableView


def fit_to_headings(table: QTableView, columns: Iterable[int], least: int = 0) -> None:
    """Each column at least as wide as its heading, with the header's own margins and sort
    arrow (measured by the header, so a longer Welsh heading is never cut short); run again
    after a language switch. Rows are not measured: thousands of them would be slow, and
    their numbers are narrower than the headings."""
    header = table.horizontalHeader()
    for column in columns:
        header.resizeSection(column, max(header.sectionSizeFromContents(column).width(), least))
