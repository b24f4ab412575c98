"""The import's columns for what an activity carries besides its own fields: the place's
type, the event pulse (tallies counted on paper), the projects it belongs to and one column
per output ("output: Bags of litter", as the full export writes them).

All are activity-level: every row of one activity gives the same values or leaves them
blank, as for its place or headcounts."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.funding.values import NAME_LIMIT
from volunteer_app.domain.places import parse_place_type
from volunteer_app.domain.pulse import PulseTally, validate_tally
from volunteer_app.domain.pulse.tally import CARD_STATEMENTS, MAX_CARDS, Answer
from volunteer_app.domain.validation import clean_text

PLACE_TYPE_FIELD = "place_type"
PROJECT_FIELD = "project"
PULSE_CARDS = "pulse_cards"
PULSE_ALL_THREE = "pulse_all_three"
PULSE_AGREE = tuple(f"pulse_{s}_agree" for s in CARD_STATEMENTS)
PULSE_FIELDS = (PULSE_CARDS, *PULSE_AGREE, PULSE_ALL_THREE)
EXTRA_FIELDS = (PLACE_TYPE_FIELD, *PULSE_FIELDS, PROJECT_FIELD)
EXTRA_SET = frozenset(EXTRA_FIELDS)
OUTPUT_PREFIX = "output:"
PROJECT_SEPARATOR = ";"
MAX_OUTPUT_AMOUNT = 10_000_000  # as the Log form's field (domain/funding/values.py)


def output_field(name: str) -> str:
    """The field (and the full export's heading) of an output column."""
    return f"{OUTPUT_PREFIX} {name}"


def is_output_field(name: str | None) -> bool:
    return name is not None and name.casefold().startswith(OUTPUT_PREFIX)


def output_name(field_name: str) -> str:
    return clean_text(field_name[len(OUTPUT_PREFIX) :])


def output_field_of(header: str) -> str | None:
    """A heading "output: NAME" (any case, any spacing) read as that output's column."""
    text = clean_text(header)
    if not is_output_field(text):
        return None
    name = output_name(text)
    return output_field(name) if name and len(name) <= NAME_LIMIT else None


def is_extra_field(name: str | None) -> bool:
    return name in EXTRA_SET or is_output_field(name)


class ValueProblem(Exception):
    """A cell that cannot be read; the row checker words it as its own problems."""

    def __init__(self, column: str, code: str, **params: object) -> None:
        super().__init__(code)
        self.column, self.code, self.params = column, code, params


@dataclass
class ActivityExtrasPlan:
    """What the file says about an activity beyond its own fields (None: not given)."""

    place_type: str | None = None
    pulse: dict[str, int] = field(default_factory=dict)  # pulse field -> count
    projects: tuple[str, ...] | None = None  # names, as written
    outputs: dict[str, int] = field(default_factory=dict)  # output name -> amount

    @property
    def given(self) -> bool:
        return bool(self.place_type or self.pulse or self.projects or self.outputs)

    def tally(self) -> PulseTally | None:
        if not self.pulse:
            return None
        tally = PulseTally(self.pulse.get(PULSE_CARDS, 0))
        for statement, column in zip(CARD_STATEMENTS, PULSE_AGREE, strict=True):
            tally = tally.with_count(statement, Answer.AGREE, self.pulse.get(column, 0))
        return PulseTally(tally.cards, tally.counts, self.pulse.get(PULSE_ALL_THREE, 0))


def _count(raw: str, column: str, high: int) -> int:
    value = raw.strip()
    if not (value.isascii() and value.isdigit()):
        raise ValueProblem(column, "value.not_whole", value=raw.strip())
    number = int(value)
    if number > high:
        raise ValueProblem(column, "value.out_of_range", value=number, low=0, high=high)
    return number


def read_extras(row: dict[str, str], plan: ActivityExtrasPlan) -> None:
    """Read the extra columns of one row into the activity's plan (values checked for
    agreement by the caller)."""
    for column, raw in row.items():
        if not raw.strip() or not is_extra_field(column):
            continue
        if column == PLACE_TYPE_FIELD:
            try:
                plan.place_type = parse_place_type(raw).value
            except ValidationError:
                raise ValueProblem(column, "place.unknown_type", value=raw.strip()) from None
        elif column == PROJECT_FIELD:
            names = (clean_text(n) for n in raw.split(PROJECT_SEPARATOR))
            plan.projects = tuple(dict.fromkeys(n for n in names if n))
            if any(len(n) > NAME_LIMIT for n in plan.projects):
                raise ValueProblem(column, "value.too_long", limit=NAME_LIMIT)
        elif column in PULSE_FIELDS:
            plan.pulse[column] = _count(raw, column, MAX_CARDS)
        else:
            plan.outputs[output_name(column)] = _count(raw, column, MAX_OUTPUT_AMOUNT)


def apply_extras(
    values: dict[str, str], plan: ActivityExtrasPlan, row: dict[str, str], line: int
) -> None:
    """One row's extra cells into its activity's plan; ``values`` holds the activity's raw
    values so far: given twice, they must agree."""
    columns = _extra_columns(tuple(row))
    if not columns:
        return  # most files: no such column, checked once per shape of row
    given = {c: row[c].strip() for c in columns if row[c].strip()}
    for column, raw in given.items():
        before = values.get(column)
        if before is not None and before != raw:
            raise ValueProblem(column, "value.disagrees", value=raw, before=before, row=line)
        values[column] = raw
    read_extras(given, plan)


@lru_cache(maxsize=64)
def _extra_columns(columns: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(c for c in columns if c in EXTRA_SET or c.startswith(OUTPUT_PREFIX))


def check_cells(row: dict[str, str]) -> list[ValueProblem]:
    """Each extra cell of a faulty row on its own, for the preview."""
    found = []
    for column in row:
        if is_extra_field(column):
            try:
                read_extras({column: row[column]}, ActivityExtrasPlan())
            except ValueProblem as exc:
                found.append(exc)
    return found


def pulse_problem(plan: ActivityExtrasPlan) -> ValueProblem | None:
    """The grid's own check of the tallies given (no count above the cards, "all three"
    not above any of the three agree counts)."""
    tally = plan.tally()
    if tally is None:
        return None
    try:
        validate_tally(tally)
    except ValidationError as exc:
        column = {"cards": PULSE_CARDS, "all_three": PULSE_ALL_THREE}.get(
            exc.field, f"pulse_{exc.field}_agree"
        )
        return ValueProblem(column, exc.code, **exc.params)
    return None
