"""One activity's pulse: how many cards, and per statement how many agreed, were not sure or
disagreed, and how many cards agreed with all three "sense of community" statements."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from volunteer_app.domain.errors import ValidationError

# The statements printed on the card, in card order (export-policy.md, version 1.1). The
# export's ``sense_of_community`` is not a statement of its own: it is ``all_three``.
CARD_STATEMENTS = (
    "belong",
    "get_on_well",
    "respect",
    "trust_people",
    "trust_institutions",
    "met_someone_new",
)
SENSE_OF_COMMUNITY = ("belong", "get_on_well", "respect")
MAX_CARDS = 100_000  # far above any one activity; keeps a typing slip out of the totals

# code -> (English, Cymraeg), word for word as the policy prints them.
STATEMENT_TEXTS: dict[str, tuple[str, str]] = {
    "belong": (
        "I feel I belong to this area.",
        "Rwy'n teimlo fy mod i'n perthyn i'r ardal hon.",
    ),
    "get_on_well": (
        "This area is a place where people from different backgrounds get on well together.",
        "Mae'r ardal hon yn lle mae pobl o gefndiroedd gwahanol yn cyd-dynnu'n dda.",
    ),
    "respect": (
        "People in this area treat each other with respect.",
        "Mae pobl yn yr ardal hon yn trin ei gilydd â pharch.",
    ),
    "trust_people": (
        "Many of the people in this area can be trusted.",
        "Gellir ymddiried yn llawer o'r bobl yn yr ardal hon.",
    ),
    "trust_institutions": (
        "I trust the local council and public services here to act in this community's interest.",
        "Rwy'n ymddiried yn y cyngor lleol a'r gwasanaethau cyhoeddus yma i weithredu er lles "
        "y gymuned hon.",
    ),
    "met_someone_new": (
        "Today I met or talked with someone I didn't know.",
        "Heddiw, fe wnes i gyfarfod neu siarad â rhywun nad oeddwn i'n ei adnabod.",
    ),
}


class Answer(StrEnum):
    AGREE = "agree"
    NOT_SURE = "not_sure"
    DISAGREE = "disagree"


ANSWERS = tuple(Answer)
ANSWER_TEXTS: dict[Answer, tuple[str, str]] = {
    Answer.AGREE: ("Agree", "Cytuno"),
    Answer.NOT_SURE: ("Not sure", "Ddim yn siŵr"),
    Answer.DISAGREE: ("Disagree", "Anghytuno"),
}


def _zeros() -> dict[str, dict[Answer, int]]:
    return {s: dict.fromkeys(ANSWERS, 0) for s in CARD_STATEMENTS}


@dataclass(frozen=True)
class PulseTally:
    """Counts only. ``counts[statement][answer]``; a card may leave a statement blank."""

    cards: int = 0
    counts: dict[str, dict[Answer, int]] = field(default_factory=_zeros)
    all_three: int = 0

    def count(self, statement: str, answer: Answer) -> int:
        return self.counts.get(statement, {}).get(answer, 0)

    def agree(self, statement: str) -> int:
        return self.count(statement, Answer.AGREE)

    @property
    def is_empty(self) -> bool:
        return self.cards == 0

    def with_count(self, statement: str, answer: Answer, value: int) -> PulseTally:
        counts = {s: dict(a) for s, a in self.counts.items()}
        counts.setdefault(statement, dict.fromkeys(ANSWERS, 0))[answer] = value
        return replace(self, counts=counts)

    def with_card(self, answers: dict[str, Answer]) -> PulseTally:
        """One more card handed in at the door, with these answers (blanks allowed)."""
        counts = {s: dict(a) for s, a in self.counts.items()}
        for statement, answer in answers.items():
            counts[statement][answer] += 1
        agreed_all = all(answers.get(s) is Answer.AGREE for s in SENSE_OF_COMMUNITY)
        return PulseTally(self.cards + 1, counts, self.all_three + int(agreed_all))


def validate_tally(tally: PulseTally) -> None:
    """Refuses counts no stack of cards could give, naming what to fix."""
    if not 0 <= tally.cards <= MAX_CARDS:
        raise ValidationError(
            "pulse.cards_range", f"Cards must be 0 to {MAX_CARDS}.", field="cards"
        )
    if set(tally.counts) - set(CARD_STATEMENTS):
        raise ValidationError("pulse.unknown_statement", "Unknown statement.", field="counts")
    for statement in CARD_STATEMENTS:
        values = [tally.count(statement, a) for a in ANSWERS]
        if any(v < 0 for v in values):
            raise ValidationError("pulse.negative", "Counts are never negative.", field=statement)
        if sum(values) > tally.cards:
            raise ValidationError(
                "pulse.answers_above_cards",
                f"More answers to '{statement}' ({sum(values)}) than cards ({tally.cards}).",
                field=statement,
                statement=statement,
                answers=sum(values),
                cards=tally.cards,
            )
    lowest = min(tally.agree(s) for s in SENSE_OF_COMMUNITY)
    if not 0 <= tally.all_three <= lowest:
        raise ValidationError(
            "pulse.all_three_above_agree",
            f"'Agreed with all three' ({tally.all_three}) cannot be more than the fewest "
            f"agrees among the first three statements ({lowest}).",
            field="all_three",
            all_three=tally.all_three,
            lowest=lowest,
        )
