"""What a co-coordinator's file brings, in words, with the counts' plurals."""

from __future__ import annotations

from PySide6.QtCore import QObject

from volunteer_app.domain.merging.summary import MergeSummary


def summary_lines(summary: MergeSummary) -> list[str]:
    return MergeWords().lines(summary)


class MergeWords(QObject):
    """A QObject only for ``self.tr``, whose plurals the translation tools find."""

    def lines(self, s: MergeSummary) -> list[str]:
        if s.nothing_new:
            return [self.tr("Nothing new: this laptop already holds everything in the file.")]
        lines = [
            ", ".join(
                (
                    self.tr("%n new activities", "", s.new_activities),
                    self.tr("%n changed", "", s.changed_activities),
                    self.tr("%n deleted", "", s.deleted_activities),
                )
            ),
            ", ".join(
                (
                    self.tr("%n new people", "", s.new_people),
                    self.tr("%n changed", "", s.changed_people),
                    self.tr("%n deleted", "", s.deleted_people),
                )
            ),
        ]
        if s.other_changes:
            lines.append(
                self.tr(
                    "%n other changes (attendance, types, places, settings)",
                    "",
                    s.other_changes,
                )
            )
        if s.both_changed_people:
            lines.append(
                self.tr(
                    "%n people that both laptops changed: the later change is kept.",
                    "",
                    s.both_changed_people,
                )
            )
        if s.both_changed_activities:
            lines.append(
                self.tr(
                    "%n activities that both laptops changed: the later change is kept.",
                    "",
                    s.both_changed_activities,
                )
            )
        if s.conflicts:
            lines.append(
                self.tr(
                    "%n records were edited after the other laptop deleted them: they stay "
                    "deleted. Look at them afterwards.",
                    "",
                    len(s.conflicts),
                )
            )
        return lines
