"""A type's kind (the standard code the CVC summary counts it under) can be changed, and
only to a code of the summary; a type imported under a starter type's name, in English or
Welsh, takes that starter's kind, any other name "other"."""

from __future__ import annotations

import uuid

import pytest

from volunteer_app.domain.errors import AppError, ValidationError
from volunteer_app.domain.starter_types import STARTER_TYPES, starter_code
from volunteer_app.paths import AppPaths
from volunteer_app.services.context import AppServices, open_services


@pytest.fixture
def app(paths: AppPaths):  # type: ignore[no-untyped-def]
    services = open_services(paths)
    yield services
    services.close()


def test_a_kind_is_changed_and_the_old_one_returned(app: AppServices) -> None:
    garden = app.activities.add_type("Gardening", "other")
    assert app.activities.set_type_code(garden.id, "practical_help") == "other"
    assert [t.code for t in app.activities.types()] == ["practical_help"]
    assert app.activities.set_type_code(garden.id, "practical_help") == "practical_help"


def test_only_the_summary_s_codes_and_only_live_types(app: AppServices) -> None:
    garden = app.activities.add_type("Gardening", "other")
    with pytest.raises(ValidationError) as refused:
        app.activities.set_type_code(garden.id, "gardening")
    assert refused.value.code == "type.bad_code"
    with pytest.raises(AppError) as gone:
        app.activities.set_type_code(uuid.uuid4(), "transport")
    assert gone.value.code == "type.gone"
    assert [t.code for t in app.activities.types()] == ["other"]


def test_starter_names_in_either_language_and_no_guessing() -> None:
    for starter in STARTER_TYPES:
        assert starter_code(starter.english.upper()) == starter.code
        assert starter_code(f"  {starter.welsh} ") == starter.code
    assert starter_code("Gardening") is None  # the starter is "Community gardening"
    assert starter_code("Litter picking") is None
