"""The merge rule, per field: the later clock stamp wins; the stamp's site breaks ties.

A field with no stamp of its own still holds the value its row was made with, which is
older than any edit (stamp ""). Two rows can only both be unstamped and differ when two
laptops made the same row apart (the same id): the larger value then wins, so that both
laptops choose alike. A deletion is a field like any other: it wins over edits made
before it; an edit made after a deletion on another laptop is kept on the deleted row
and reported as a conflict to look at.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

Value = str | int | float | None


@dataclass(frozen=True)
class RowState:
    """One row as a laptop holds it: its shared fields and their stamps (only the stamped)."""

    row_id: str
    values: Mapping[str, Value]
    stamps: Mapping[str, str]
    hlc: str = ""
    latest: Mapping[str, Value] = field(default_factory=dict)  # kept as the larger (times)


@dataclass(frozen=True)
class RowOutcome:
    """What merging the other laptop's row into this one's does."""

    new: bool = False
    changed: Mapping[str, Value] = field(default_factory=dict)  # fields taken from theirs
    stamps: Mapping[str, str] = field(default_factory=dict)  # the taken fields' stamps
    latest: Mapping[str, Value] = field(default_factory=dict)  # times moved forward
    hlc: str = ""  # the row's stamp after the merge ("" if it does not move)
    both_changed: bool = False  # both laptops edited a field: the later edit is kept
    deleted: bool = False  # the merge deletes a row this laptop had live
    conflict: bool = False  # an edit made after the row was deleted elsewhere

    @property
    def writes(self) -> bool:
        return self.new or bool(self.changed or self.latest or self.hlc)


def _order(value: Value) -> tuple[int, str]:
    return (0, "") if value is None else (1, f"{type(value).__name__}:{value!r}")


def theirs_wins(mine: Value, my_stamp: str, theirs: Value, their_stamp: str) -> bool:
    """True if the other laptop's value of a field replaces this laptop's."""
    if their_stamp != my_stamp:
        return their_stamp > my_stamp
    return _order(theirs) > _order(mine)


def _edited_after_deletion(values: Mapping[str, Value], stamps: Mapping[str, str]) -> bool:
    if values.get("deleted_at") is None:
        return False
    deleted = stamps.get("deleted_at", "")
    return any(stamp > deleted for name, stamp in stamps.items() if name != "deleted_at")


def merge_row(mine: RowState | None, theirs: RowState) -> RowOutcome:
    """The outcome of bringing ``theirs`` into ``mine`` (None: a row this laptop lacks)."""
    if mine is None:
        return RowOutcome(
            new=True,
            changed=dict(theirs.values),
            stamps={k: v for k, v in theirs.stamps.items() if k in theirs.values},
            latest=dict(theirs.latest),
            hlc=theirs.hlc,
            conflict=_edited_after_deletion(theirs.values, theirs.stamps),
        )
    changed: dict[str, Value] = {}
    stamps: dict[str, str] = {}
    both = False
    for name, value in theirs.values.items():
        if name not in mine.values:
            continue  # a field this version does not share
        my_value, my_stamp = mine.values[name], mine.stamps.get(name, "")
        their_stamp = theirs.stamps.get(name, "")
        if value != my_value and my_stamp and their_stamp and my_stamp != their_stamp:
            both = True
        if value != my_value and theirs_wins(my_value, my_stamp, value, their_stamp):
            changed[name] = value
            if their_stamp:  # unstamped stays unstamped: as the row was made
                stamps[name] = their_stamp
        elif their_stamp > my_stamp:  # the same value, stamped later: keep the later stamp
            stamps[name] = their_stamp
    latest = {
        name: value
        for name, value in theirs.latest.items()
        if value is not None and (mine.latest.get(name) is None or value > mine.latest[name])  # type: ignore[operator]
    }
    merged_values = {**mine.values, **changed}
    merged_stamps = {**mine.stamps, **stamps}
    return RowOutcome(
        changed=changed,
        stamps=stamps,
        latest=latest,
        hlc=theirs.hlc if theirs.hlc > mine.hlc else "",
        both_changed=both,
        deleted=mine.values.get("deleted_at") is None
        and merged_values.get("deleted_at") is not None,
        conflict=_edited_after_deletion(merged_values, merged_stamps)
        and not _edited_after_deletion(mine.values, mine.stamps),
    )


def keyed_row_wins(mine: tuple[Value, ...] | None, theirs: tuple[Value, ...], when: int) -> bool:
    """For the tables kept by a natural key with no stamps (places, pulse tallies): the row
    saved later wins whole; the same moment is settled by the rows' values."""
    if mine is None:
        return True
    if theirs[when] != mine[when]:
        return str(theirs[when]) > str(mine[when])
    return tuple(map(_order, theirs)) > tuple(map(_order, mine))
