"""Reports kept to one project (a grant): the choice of "All activities" or one project,
and the words that say which one a page or an A4 summary shows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from volunteer_app.domain.funding.values import OutputInfo, ProjectInfo

translate = QCoreApplication.translate


def _day(day: date) -> str:
    return QLocale().toString(day, "d MMMM yyyy")  # no weekday: a grant's dates, not a diary


def project_sentence(project: ProjectInfo | None) -> str:
    """'Project: Awards for All 2025-27, funded by the National Lottery, 1 April 2025 to
    31 March 2027: its activities only.' or 'All activities.'"""
    if project is None:
        return translate("ProjectFilter", "All activities, whichever project they belong to.")
    if project.end is None:
        dates = translate("ProjectFilter", "from %1").replace("%1", _day(project.start))
    else:
        dates = (
            translate("ProjectFilter", "%1 to %2")
            .replace("%1", _day(project.start))
            .replace("%2", _day(project.end))
        )
    if project.funder:
        text = translate("ProjectFilter", "Project: %1, funded by %2, %3: its activities only.")
        return text.replace("%1", project.name).replace("%2", project.funder).replace("%3", dates)
    text = translate("ProjectFilter", "Project: %1, %2: its activities only.")
    return text.replace("%1", project.name).replace("%2", dates)


def outputs_sentence(outputs: Sequence[tuple[OutputInfo, int]], language: str) -> str:
    """'Outputs: 120 bags of litter; 45 meals served.', or '' when the group counts none."""
    if not outputs:
        return ""
    locale = QLocale()
    parts = [f"{locale.toString(amount)} {o.shown_name(language)}" for o, amount in outputs]
    return translate("ProjectFilter", "Outputs: %1.").replace("%1", "; ".join(parts))


class ProjectFilter(QWidget):
    """'All activities' or one project; says which is shown."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsProject")
        self.projects: list[ProjectInfo] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("reportsProjectCombo")
        # A list's width, whatever the names: a grant's name can run to 120 characters, and
        # the sentence beside it says the whole name with the funder and the dates.
        fit = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        self.combo.setSizeAdjustPolicy(fit)
        self.combo.setMinimumContentsLength(24)
        self.label.setBuddy(self.combo)
        self.shown = QLabel(self)
        self.shown.setObjectName("reportsProjectShown")
        self.shown.setWordWrap(True)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addWidget(self.shown, 1)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Pro&ject:"))
        self.combo.setAccessibleName(self.tr("Project shown"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def project_id(self) -> str | None:
        return self.combo.currentData() or None

    def project(self) -> ProjectInfo | None:
        chosen = self.project_id()
        return next((p for p in self.projects if p.id == chosen), None)

    def choose(self, project_id: str | None) -> None:
        """Show one project (None: every activity), as if chosen in the list."""
        self.combo.setCurrentIndex(max(self.combo.findData(project_id or ""), 0))

    def set_projects(self, projects: list[ProjectInfo]) -> None:
        """The projects as they are now; the choice stays (a project gone: all activities)."""
        self.projects = projects
        self._fill()

    def _fill(self) -> None:
        chosen = self.combo.currentData() or ""
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("All activities"), "")
        for project in self.projects:
            self.combo.addItem(project.name, project.id)
        self.combo.setCurrentIndex(max(self.combo.findData(chosen), 0))
        self.combo.blockSignals(False)
        self.setVisible(bool(self.projects) or bool(self.project_id()))
        self.shown.setText(project_sentence(self.project()))

    def _chosen(self, _index: int) -> None:
        self.shown.setText(project_sentence(self.project()))
        self.changed.emit()
