import pytest
from hypothesis import given
from hypothesis import strategies as st

from volunteer_app.domain.codes import LOCAL_AUTHORITIES, local_authority, sorted_local_authorities
from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.validation import (
    FORMULA_PREFIXES,
    clean_text,
    search_key,
    validate_group_profile,
    validate_language,
)


def test_there_are_22_welsh_local_authorities_with_bilingual_names() -> None:
    assert len(LOCAL_AUTHORITIES) == 22
    assert local_authority("W06000007") is None and local_authority("W06000017") is None
    assert local_authority("w06000001").name("cy") == "Ynys Môn"  # type: ignore[union-attr]
    assert sorted_local_authorities("cy")[0].name("cy") == "Abertawe"


def test_valid_profile_is_cleaned() -> None:
    profile = validate_group_profile("  Caffi   Trwsio  ", "w06000015", " REF-1 ")
    assert profile.name == "Caffi Trwsio"
    assert profile.la_code == "W06000015"
    assert profile.cvc_ref == "REF-1"


def test_everything_is_optional() -> None:
    assert validate_group_profile("", None, None).la_code is None


@pytest.mark.parametrize("bad", ["W06000007", "E06000001", "Cardiff", "W0600001"])
def test_unknown_local_authority_is_rejected(bad: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_group_profile("Group", bad, "")
    assert info.value.field == "local_authority"


@given(prefix=st.sampled_from(FORMULA_PREFIXES), rest=st.text(max_size=30))
def test_group_names_that_a_spreadsheet_could_run_are_rejected(prefix: str, rest: str) -> None:
    name = prefix + rest
    cleaned = clean_text(name)
    if not cleaned.startswith(FORMULA_PREFIXES):
        return  # whitespace prefixes are trimmed away first, leaving safe text
    with pytest.raises(ValidationError) as info:
        validate_group_profile(name, None, "")
    assert info.value.code == "text.formula_prefix"


def test_hyperlink_formula_rejected() -> None:
    with pytest.raises(ValidationError):
        validate_group_profile('=HYPERLINK("http://x","y")', None, "")


def test_too_long_name_is_rejected() -> None:
    with pytest.raises(ValidationError) as info:
        validate_group_profile("x" * 121, None, "")
    assert info.value.params["limit"] == 120


def test_search_key_folds_welsh_letters_that_sqlite_does_not() -> None:
    assert search_key("  ŴYN  ") == search_key("ŵyn") == "ŵyn"
    assert search_key("LLŶR") == "llŷr"


@given(st.text())
def test_clean_text_is_idempotent(text: str) -> None:
    assert clean_text(clean_text(text)) == clean_text(text)


def test_language() -> None:
    assert validate_language(" CY ") == "cy"
    with pytest.raises(ValidationError):
        validate_language("fr")
