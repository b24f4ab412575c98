"""Standard codes shared with County Voluntary Councils (the CVC contract, which ships with
the app: resources/schema/vcs-summary-1.0-dictionary.md).

Codes are stored as text with CHECK constraints; their order here is the order the summary
export uses, so never reorder them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    VOLUNTEER = "volunteer"
    ORGANISER = "organiser"
    PARTICIPANT = "participant"


VOLUNTEERING_ROLES = (Role.VOLUNTEER, Role.ORGANISER)


class ActivityKind(StrEnum):
    GROUP_ACTIVITY = "group_activity"
    INDIVIDUAL_HELP = "individual_help"


class AgeBand(StrEnum):
    UNDER_16 = "under_16"
    AGE_16_24 = "16_24"
    AGE_25_44 = "25_44"
    AGE_45_64 = "45_64"
    AGE_65_74 = "65_74"
    AGE_75_PLUS = "75_plus"
    NOT_KNOWN = "not_known"


class WelshSpeaker(StrEnum):
    YES = "yes"
    LEARNING = "learning"
    NO = "no"
    NOT_KNOWN = "not_known"


class VolunteerStatus(StrEnum):
    NEW = "new"
    RETURNING = "returning"


class ActivityTypeCode(StrEnum):
    ORGANISING_RUNNING = "organising_running"
    RAISING_MONEY = "raising_money"
    PRACTICAL_HELP = "practical_help"
    BEFRIENDING_VISITING = "befriending_visiting"
    TRANSPORT = "transport"
    COMMITTEE_ADMIN = "committee_admin"
    CAMPAIGNING = "campaigning"
    OTHER = "other"


class Frequency(StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"


@dataclass(frozen=True)
class LocalAuthority:
    code: str
    name_en: str
    name_cy: str

    def name(self, language: str) -> str:
        return self.name_cy if language == "cy" else self.name_en


# ONS GSS codes. W06000007 and W06000017 are not in use.
LOCAL_AUTHORITIES: tuple[LocalAuthority, ...] = (
    LocalAuthority("W06000001", "Isle of Anglesey", "Ynys Môn"),
    LocalAuthority("W06000002", "Gwynedd", "Gwynedd"),
    LocalAuthority("W06000003", "Conwy", "Conwy"),
    LocalAuthority("W06000004", "Denbighshire", "Sir Ddinbych"),
    LocalAuthority("W06000005", "Flintshire", "Sir y Fflint"),
    LocalAuthority("W06000006", "Wrexham", "Wrecsam"),
    LocalAuthority("W06000008", "Ceredigion", "Ceredigion"),
    LocalAuthority("W06000009", "Pembrokeshire", "Sir Benfro"),
    LocalAuthority("W06000010", "Carmarthenshire", "Sir Gaerfyrddin"),
    LocalAuthority("W06000011", "Swansea", "Abertawe"),
    LocalAuthority("W06000012", "Neath Port Talbot", "Castell-nedd Port Talbot"),
    LocalAuthority("W06000013", "Bridgend", "Pen-y-bont ar Ogwr"),
    LocalAuthority("W06000014", "Vale of Glamorgan", "Bro Morgannwg"),
    LocalAuthority("W06000015", "Cardiff", "Caerdydd"),
    LocalAuthority("W06000016", "Rhondda Cynon Taf", "Rhondda Cynon Taf"),
    LocalAuthority("W06000018", "Caerphilly", "Caerffili"),
    LocalAuthority("W06000019", "Blaenau Gwent", "Blaenau Gwent"),
    LocalAuthority("W06000020", "Torfaen", "Tor-faen"),
    LocalAuthority("W06000021", "Monmouthshire", "Sir Fynwy"),
    LocalAuthority("W06000022", "Newport", "Casnewydd"),
    LocalAuthority("W06000023", "Powys", "Powys"),
    LocalAuthority("W06000024", "Merthyr Tydfil", "Merthyr Tudful"),
)

_LA_BY_CODE = {la.code: la for la in LOCAL_AUTHORITIES}


def local_authority(code: str) -> LocalAuthority | None:
    return _LA_BY_CODE.get(code.strip().upper())


def sorted_local_authorities(language: str) -> list[LocalAuthority]:
    """Alphabetical in the chosen language, as people look for their own area by name."""
    return sorted(LOCAL_AUTHORITIES, key=lambda la: la.name(language).casefold())
