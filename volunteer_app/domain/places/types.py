"""Place types: the codes the CVC receives, in the order the summary export uses them.

The English and Welsh labels live here (not only in the translations) because an imported
spreadsheet may give a place type by its label in either language.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from volunteer_app.domain.errors import ValidationError


class PlaceType(StrEnum):
    COMMUNITY_HALL = "community_hall"
    FAITH_BUILDING = "faith_building"
    LIBRARY = "library"
    SCHOOL_COLLEGE = "school_college"
    SPORTS_LEISURE = "sports_leisure"
    PUB_CAFE_SHOP = "pub_cafe_shop"
    HEALTH_CARE = "health_care"
    OUTDOORS = "outdoors"
    HOME_VISIT = "home_visit"
    ONLINE_PHONE = "online_phone"
    OTHER = "other"
    NOT_KNOWN = "not_known"


# code -> (English, Cymraeg)
PLACE_TYPE_LABELS: dict[PlaceType, tuple[str, str]] = {
    PlaceType.COMMUNITY_HALL: ("Community hall", "Neuadd gymunedol"),
    PlaceType.FAITH_BUILDING: ("Faith building", "Adeilad ffydd"),
    PlaceType.LIBRARY: ("Library", "Llyfrgell"),
    PlaceType.SCHOOL_COLLEGE: ("School or college", "Ysgol neu goleg"),
    PlaceType.SPORTS_LEISURE: ("Sports or leisure centre", "Canolfan chwaraeon neu hamdden"),
    PlaceType.PUB_CAFE_SHOP: ("Pub, café or shop", "Tafarn, caffi neu siop"),
    PlaceType.HEALTH_CARE: ("Health or care setting", "Lleoliad iechyd neu ofal"),
    PlaceType.OUTDOORS: ("Outdoors", "Yn yr awyr agored"),
    PlaceType.HOME_VISIT: ("Someone's home", "Cartref rhywun"),
    PlaceType.ONLINE_PHONE: ("Online or by phone", "Ar-lein neu dros y ffôn"),
    PlaceType.OTHER: ("Other", "Arall"),
    PlaceType.NOT_KNOWN: ("Not known", "Ddim yn hysbys"),
}


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").casefold().split())


_BY_TEXT: dict[str, PlaceType] = {}
for _code, (_en, _cy) in PLACE_TYPE_LABELS.items():
    for _text in (_code.value, _code.value.replace("_", " "), _en, _cy):
        _BY_TEXT[_fold(_text)] = _code


def parse_place_type(text: str) -> PlaceType:
    """A code, or its English or Welsh label (any case); empty means not known."""
    if not text.strip():
        return PlaceType.NOT_KNOWN
    found = _BY_TEXT.get(_fold(text))
    if found is None:
        raise ValidationError(
            "place.unknown_type",
            f"'{text}' is not a place type: use a code such as community_hall, or its label.",
            field="place_type",
            value=text,
        )
    return found


def place_key(name: str) -> str:
    """A place's name as stored: spaces trimmed and collapsed (case is kept)."""
    return " ".join(name.split())


@dataclass(frozen=True)
class PlaceRow:
    name: str
    place_type: PlaceType
    activities: int  # activities (not deleted) held there


@dataclass(frozen=True)
class PlaceSnapshot:
    """What a change to places is about to alter, taken in its transaction, so that undo
    can put it back: each place's type (None: no place row), and the activities moved with
    the place they were at."""

    rows: tuple[tuple[str, PlaceType | None], ...]
    moved: tuple[str, ...] = ()  # activity ids (hex)
    moved_from: str = ""


@dataclass(frozen=True)
class PlaceEdit:
    """A change made: how many activities it moved, and how things were before it."""

    moved: int
    before: PlaceSnapshot
