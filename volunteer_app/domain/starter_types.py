"""Activity types a new group can start from, and the likely kind of a type's name.

Each starter is already mapped to a standard code, so a coordinator ticks what the group
does and logs at once, without first learning what a "kind" is.
"""

from __future__ import annotations

from dataclasses import dataclass

from volunteer_app.domain.codes import ActivityTypeCode as Code
from volunteer_app.domain.validation import search_key


@dataclass(frozen=True)
class StarterType:
    key: str
    english: str
    welsh: str
    code: Code

    def label(self, language: str) -> str:
        return self.welsh if language == "cy" else self.english


STARTER_TYPES: tuple[StarterType, ...] = (
    StarterType("litter_pick", "Litter pick", "Casglu sbwriel", Code.PRACTICAL_HELP),
    StarterType("community_cafe", "Community café", "Caffi cymunedol", Code.PRACTICAL_HELP),
    StarterType("food_bank", "Food bank", "Banc bwyd", Code.PRACTICAL_HELP),
    StarterType("repair_cafe", "Repair café", "Caffi trwsio", Code.PRACTICAL_HELP),
    StarterType("youth_club", "Youth club", "Clwb ieuenctid", Code.ORGANISING_RUNNING),
    StarterType("befriending", "Befriending", "Cyfeillio", Code.BEFRIENDING_VISITING),
    StarterType("lifts", "Lifts to appointments", "Lifftiau i apwyntiadau", Code.TRANSPORT),
    StarterType("committee", "Committee meeting", "Cyfarfod pwyllgor", Code.COMMITTEE_ADMIN),
    StarterType("fundraising", "Fundraising", "Codi arian", Code.RAISING_MONEY),
    StarterType("gardening", "Community gardening", "Garddio cymunedol", Code.PRACTICAL_HELP),
)

STARTER_KEYS = tuple(s.key for s in STARTER_TYPES)

# Word stems, English and Welsh, that point to a kind; the first match wins.
_HINTS: tuple[tuple[Code, tuple[str, ...]], ...] = (
    (Code.RAISING_MONEY, ("fund", "quiz", "raffle", "sponsor", "arian", "cwis", "raffl")),
    (Code.COMMITTEE_ADMIN, ("committee", "meeting", "admin", "agm", "pwyllgor", "cyfarfod")),
    (Code.BEFRIENDING_VISITING, ("befriend", "visit", "cyfeill", "ymweld", "cwmni")),
    (Code.TRANSPORT, ("lift", "transport", "driv", "bus", "gyrr", "trafnidiaeth", "lifft")),
    (Code.CAMPAIGNING, ("campaign", "petition", "ymgyrch", "deiseb")),
    (Code.ORGANISING_RUNNING, ("youth", "club", "organis", "ieuenctid", "clwb", "trefnu")),
    (
        Code.PRACTICAL_HELP,
        ("litter", "pick", "clean", "garden", "repair", "food", "cafe", "café", "cook",
         "sbwriel", "glanhau", "gardd", "trwsio", "bwyd", "caffi", "coginio"),
    ),
)


def likely_code(name: str) -> Code:
    """The kind a type's name most likely means; "other" when nothing points anywhere."""
    key = search_key(name)
    for code, stems in _HINTS:
        if any(search_key(stem) in key for stem in stems):
            return code
    return Code.OTHER


def starter_code(name: str) -> Code | None:
    """The kind of the starter type of that name, in English or Welsh; None for any other
    name (an import gives such a name "other" rather than a guess)."""
    key = search_key(name)
    for starter in STARTER_TYPES:
        if key in (search_key(starter.english), search_key(starter.welsh)):
            return starter.code
    return None
