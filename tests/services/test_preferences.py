from pathlib import Path

import pytest

from volunteer_app.services.preferences import (
    Preferences,
    load_preferences,
    system_language,
    update_preferences,
)


def test_missing_or_damaged_file_gives_defaults(tmp_path: Path) -> None:
    assert load_preferences(tmp_path / "none.json") == Preferences()
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\xff{not json")
    assert load_preferences(bad) == Preferences()


def test_update_keeps_other_values(tmp_path: Path) -> None:
    path = tmp_path / "config" / "prefs.json"
    update_preferences(path, language="cy")
    update_preferences(path, welcome_done=True)
    assert load_preferences(path) == Preferences(language="cy", welcome_done=True)
    assert not list(path.parent.glob("*.tmp"))  # atomic write left no temporary file


@pytest.mark.parametrize(
    ("lang", "expected"), [("cy_GB.UTF-8", "cy"), ("en_GB.UTF-8", "en"), ("fr_FR.UTF-8", "en")]
)
def test_language_defaults_to_the_system_locale(
    monkeypatch: pytest.MonkeyPatch, lang: str, expected: str
) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", lang)
    assert system_language() == expected
    assert Preferences().effective_language() == expected
