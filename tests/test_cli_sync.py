"""sync-export and sync-import on the command line: a second laptop starts from a file;
every refusal is a clear message, exit 1, and nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.canonical import canonical_dump
from tests.test_cli import run
from volunteer_app.paths import AppPaths
from volunteer_app.services.merging.file_format import seal
from volunteer_app.storage.migrations import LATEST_VERSION

PASS = "Bara brith 1987"


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASS + "\n", encoding="utf-8")
    return path


def setup_laptop(
    capsys: pytest.CaptureFixture[str], home: Path, name: str, demo: bool = True
) -> None:
    code, _, err = run(
        capsys, "setup", "--data-dir", str(home), "--group-name", name,
        "--local-authority", "W06000015", "--starter-types",
    )  # fmt: skip
    assert code == 0, err
    if demo:  # seeded: the same rows on every laptop it is run on
        assert run(capsys, "demo-data", "--data-dir", str(home), "--scale", "small")[0] == 0


def share(capsys: pytest.CaptureFixture[str], home: Path, out: Path, secret: Path) -> None:
    code, text, err = run(
        capsys, "sync-export", "--data-dir", str(home), "--out", str(out),
        "--passphrase-file", str(secret),
    )  # fmt: skip
    assert code == 0, err
    assert "Shared" in text and out.is_file()


def test_a_new_laptop_starts_from_a_file_and_a_second_import_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, secret: Path
) -> None:
    setup_laptop(capsys, tmp_path / "a", "Caffi Trwsio")
    share(capsys, tmp_path / "a", tmp_path / "a.changes", secret)
    args = ("sync-import", str(tmp_path / "a.changes"), "--data-dir", str(tmp_path / "b"))
    code, out, err = run(capsys, *args, "--passphrase-file", str(secret))
    assert code == 0, err
    assert "Caffi Trwsio" in out and "new activities" in out
    before = canonical_dump(AppPaths.under(tmp_path / "b").database, {"merge_record"})
    code, out, _ = run(capsys, *args, "--passphrase-file", str(secret))
    assert code == 0 and "Nothing new" in out
    assert canonical_dump(AppPaths.under(tmp_path / "b").database, {"merge_record"}) == before


def _refused(
    capsys: pytest.CaptureFixture[str], home: Path, file: Path, secret: Path, words: str
) -> None:
    database = AppPaths.under(home).database
    before = canonical_dump(database)
    code, _, err = run(
        capsys, "sync-import", str(file), "--data-dir", str(home), "--passphrase-file", str(secret)
    )
    assert code == 1
    assert words in err
    assert canonical_dump(database) == before
    assert not list((home / "backups").glob("before-merge-*"))


def test_refusals_write_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, secret: Path
) -> None:
    setup_laptop(capsys, tmp_path / "a", "Caffi Trwsio")
    good = tmp_path / "a.changes"
    share(capsys, tmp_path / "a", good, secret)
    home = tmp_path / "b"
    setup_laptop(capsys, home, "Another group", demo=False)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    _refused(capsys, home, good, wrong, "passphrase does not open")
    truncated = tmp_path / "truncated.changes"
    truncated.write_bytes(good.read_bytes()[:-100])
    _refused(capsys, home, truncated, secret, "damaged or incomplete")
    edited = bytearray(good.read_bytes())
    edited[-50] ^= 1
    (tmp_path / "edited.changes").write_bytes(bytes(edited))
    _refused(capsys, home, tmp_path / "edited.changes", secret, "damaged or incomplete")
    foreign = tmp_path / "summary.csv"
    foreign.write_text("schema_version,group_id\n1.1,x\n", encoding="utf-8")
    _refused(capsys, home, foreign, secret, "not a co-coordinator's file")
    newer = tmp_path / "newer.changes"
    newer.write_bytes(
        seal({"schema": LATEST_VERSION + 1, "group_id": "x", "site_id": "y"}, {"tables": {}}, PASS)
    )
    _refused(capsys, home, newer, secret, "newer version of the app")
    _refused(capsys, home, good, secret, "--join-as-one-group")


def test_two_groups_join_once_keeping_one_identity(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, secret: Path
) -> None:
    setup_laptop(capsys, tmp_path / "a", "Caffi Trwsio")
    setup_laptop(capsys, tmp_path / "b", "Repair Café Llan", demo=False)
    share(capsys, tmp_path / "a", tmp_path / "a.changes", secret)
    code, _, err = run(
        capsys, "sync-import", str(tmp_path / "a.changes"), "--data-dir", str(tmp_path / "b"),
        "--passphrase-file", str(secret), "--join-as-one-group",
    )  # fmt: skip
    assert code == 0, err
    share(capsys, tmp_path / "b", tmp_path / "b.changes", secret)
    code, _, err = run(
        capsys, "sync-import", str(tmp_path / "b.changes"), "--data-dir", str(tmp_path / "a"),
        "--passphrase-file", str(secret),
    )  # fmt: skip
    assert code == 0, err  # a's own identity is named in b's file: no question this time
    share(capsys, tmp_path / "a", tmp_path / "a2.changes", secret)
    run(
        capsys, "sync-import", str(tmp_path / "a2.changes"), "--data-dir", str(tmp_path / "b"),
        "--passphrase-file", str(secret),
    )  # fmt: skip
    for home in ("a", "b"):
        database = AppPaths.under(tmp_path / home).database
        rows = canonical_dump(database)["group_settings"]
        live = [r for r in rows if r[7] is None]  # deleted_at
        assert len(live) == 1 and "Repair Café Llan" in live[0]
    dumps = [canonical_dump(AppPaths.under(tmp_path / h).database, _LOCAL) for h in ("a", "b")]
    assert dumps[0] == dumps[1]


_LOCAL = {"meta", "schema_info", "export_record", "import_record", "merge_record"}


def test_preview_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, secret: Path
) -> None:
    setup_laptop(capsys, tmp_path / "a", "Caffi Trwsio")
    share(capsys, tmp_path / "a", tmp_path / "a.changes", secret)
    home = tmp_path / "b"
    run(capsys, "check", "--data-dir", str(home))
    code, out, err = run(
        capsys, "sync-import", str(tmp_path / "a.changes"), "--data-dir", str(home),
        "--passphrase-file", str(secret), "--preview",
    )  # fmt: skip
    assert code == 0, err
    assert "new activities" in out
    assert json.dumps(canonical_dump(AppPaths.under(home).database)["activity"]) == "[]"
