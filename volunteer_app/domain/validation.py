"""Validation of user-entered values, shared by the UI, the CLI and imports."""

from __future__ import annotations

from dataclasses import dataclass

from volunteer_app.domain.codes import local_authority
from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.limits import FORMULA_PREFIXES as FORMULA_PREFIXES  # re-exported
from volunteer_app.domain.limits import TEXT_LIMITS, clean_line

MAX_GROUP_NAME = TEXT_LIMITS["group_name"]
MAX_CVC_REF = TEXT_LIMITS["cvc_ref"]
LANGUAGES = ("en", "cy")


def clean_text(value: str | None) -> str:
    """Trim and collapse inner runs of whitespace, NUL and other control characters
    removed; ``None`` becomes empty."""
    return clean_line(value)


def search_key(value: str) -> str:
    """SQLite's lower() folds ASCII only, so ŵ and Ŵ differ there: search on this instead."""
    return clean_text(value).casefold()


def check_no_formula(value: str, field: str, label: str) -> None:
    """Reject text a spreadsheet could run as a formula once it is exported."""
    if value.startswith(FORMULA_PREFIXES):
        raise ValidationError(
            "text.formula_prefix",
            f"{label} must not start with = + - @ | % or a tab.",
            field=field,
        )


@dataclass(frozen=True)
class GroupProfile:
    """The answers to the first-run questions, validated."""

    name: str
    la_code: str | None
    cvc_ref: str


def validate_group_profile(
    name: str | None, la_code: str | None, cvc_ref: str | None
) -> GroupProfile:
    clean_name = clean_text(name)
    if len(clean_name) > MAX_GROUP_NAME:
        raise ValidationError(
            "group.name_too_long",
            f"The group name is longer than {MAX_GROUP_NAME} characters.",
            field="group_name",
            limit=MAX_GROUP_NAME,
        )
    check_no_formula(clean_name, "group_name", "The group name")
    code: str | None = None
    if la_code and la_code.strip():
        la = local_authority(la_code)
        if la is None:
            raise ValidationError(
                "group.unknown_la",
                f"{la_code!r} is not a Welsh local authority code (W06000001 to W06000024).",
                field="local_authority",
                value=la_code,
            )
        code = la.code
    ref = clean_text(cvc_ref)
    if len(ref) > MAX_CVC_REF:
        raise ValidationError(
            "group.cvc_ref_too_long",
            f"The CVC reference is longer than {MAX_CVC_REF} characters.",
            field="cvc_ref",
            limit=MAX_CVC_REF,
        )
    check_no_formula(ref, "cvc_ref", "The CVC reference")
    return GroupProfile(name=clean_name, la_code=code, cvc_ref=ref)


def validate_language(language: str) -> str:
    lang = language.strip().lower()
    if lang not in LANGUAGES:
        raise ValidationError(
            "language.unknown",
            f"Language must be one of: {', '.join(LANGUAGES)}.",
            field="language",
            value=language,
        )
    return lang
