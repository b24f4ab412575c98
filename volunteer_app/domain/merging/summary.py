"""What a co-coordinator's file brings, in numbers the window and command line put in words."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MergeSummary:
    from_laptop: str = ""
    group_name: str = ""  # the group named in the file
    other_group: bool = False  # the file is another group's: joining needs a choice
    new_laptop: bool = False  # this laptop has nothing yet: it takes the group from the file
    new_activities: int = 0
    changed_activities: int = 0
    deleted_activities: int = 0
    new_people: int = 0
    changed_people: int = 0
    deleted_people: int = 0
    both_changed_people: int = 0  # both laptops changed them: the later change is kept
    both_changed_activities: int = 0
    other_changes: int = 0  # attendance lines, types, regular activities, settings...
    conflicts: tuple[tuple[str, str], ...] = ()  # (table, id): edited after a deletion

    @property
    def nothing_new(self) -> bool:
        return not (
            self.new_activities or self.changed_activities or self.deleted_activities
            or self.new_people or self.changed_people or self.deleted_people
            or self.other_changes
        )  # fmt: skip

    def counts(self) -> dict[str, int]:
        return {
            "new_activities": self.new_activities,
            "changed_activities": self.changed_activities,
            "deleted_activities": self.deleted_activities,
            "new_people": self.new_people,
            "changed_people": self.changed_people,
            "deleted_people": self.deleted_people,
            "both_changed": self.both_changed_people + self.both_changed_activities,
            "other_changes": self.other_changes,
        }


@dataclass(frozen=True)
class MergeResult:
    summary: MergeSummary
    record_id: str = ""
    backup_path: str = ""
    write_mark: str = ""  # the data just after the merge: taking it back checks it


@dataclass(frozen=True)
class MergeHistoryRow:
    record_id: str
    merged_at: str
    from_laptop: str
    file_name: str
    counts: dict[str, int]
    conflicts: int
    backup_path: str


@dataclass(frozen=True)
class ConflictRow:
    """A record edited on one laptop after it was deleted on another: it stays deleted
    until the coordinator brings it back (activities) or dismisses the note."""

    record_id: str  # the merge that found it
    table: str
    row_id: str
    label: str  # an activity's type, a person's name ("" when there is none to show)
    day: str  # an activity's date (ISO), else ""
    from_laptop: str
    merged_at: str
