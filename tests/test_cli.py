"""The headless commands and their exit codes: 0 ok, 1 rejected, 2 usage, 3 storage."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from volunteer_app.__main__ import main
from volunteer_app.about import __version__


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and __version__ in out


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "setup", "--group-name", "X")
    assert code == 2 and "--local-authority" in err
    assert not tmp_path.joinpath("volunteering.sqlite3").exists()


def test_setup_saves_the_first_run_answers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(
        capsys,
        "--data-dir",
        str(tmp_path),
        "setup",
        "--group-name",
        "Caffi Trwsio",
        "--local-authority",
        "W06000023",
        "--cvc-ref",
        "PAVO-12",
        "--language",
        "cy",
    )
    assert code == 0 and "W06000023" in out
    prefs = json.loads((tmp_path / "config" / "preferences.json").read_text(encoding="utf-8"))
    assert prefs["language"] == "cy" and prefs["welcome_done"] is True
    conn = sqlite3.connect(tmp_path / "volunteering.sqlite3")
    assert conn.execute("SELECT name, la_code, cvc_ref FROM group_settings").fetchall() == [
        ("Caffi Trwsio", "W06000023", "PAVO-12")
    ]
    conn.close()


@pytest.mark.parametrize(
    "args",
    [
        ("--group-name", "=cmd()", "--local-authority", "W06000015"),
        ("--group-name", "Ok", "--local-authority", "W06000017"),
    ],
)
def test_setup_rejects_bad_input_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: tuple[str, ...]
) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "setup", *args)
    assert code == 1 and err.startswith("Error:")
    assert not (tmp_path / "volunteering.sqlite3").exists()
    assert not (tmp_path / "config" / "preferences.json").exists()


def test_check_healthy_missing_and_damaged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "check")
    assert code == 0 and "No database yet" in out
    run(capsys, "--data-dir", str(tmp_path), "demo-data", "--until", "2026-06-30")
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "check")
    assert code == 0 and out.startswith("OK")
    db = tmp_path / "volunteering.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db.read_bytes())
    page = 4096
    for offset in range(page * 3, len(data) - page, page * 2):
        data[offset + 10 : offset + 200] = b"\x00garbage" * 23 + b"\x00" * 6
    db.write_bytes(bytes(data))
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "check")
    assert code == 3 and "Problem" in err


def test_check_reports_a_file_that_is_not_a_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "volunteering.sqlite3").write_text("hello", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "check")
    assert code == 3 and "not a SQLite database" in err


def test_check_reports_a_newer_schema(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run(capsys, "--data-dir", str(tmp_path), "check")
    conn = sqlite3.connect(tmp_path / "volunteering.sqlite3")
    conn.execute("PRAGMA user_version = 42")
    conn.close()
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "check")
    assert code == 3 and "newer" in err


def test_demo_data_refuses_a_database_with_data(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "demo-data", "--seed", "2")
    assert code == 0 and "150 activities" in out
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "demo-data")
    assert code == 1 and "empty" in err


def test_storage_problem_exits_3(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "volunteering.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\x07" * 200)
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "demo-data")
    assert code == 3 and "Error" in err


def test_cli_runs_without_qt_and_without_a_display(tmp_path: Path) -> None:
    code = (
        "import sys; from volunteer_app.cli import main; rc = main(['--data-dir', sys.argv[1], "
        "'check']); assert 'PySide6' not in sys.modules, 'Qt imported'; sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        env={"PATH": "", "QT_QPA_PLATFORM": ""},
    )
    assert result.returncode == 0, result.stderr


def test_the_windows_bundle_prints_commands_to_the_terminal_it_was_typed_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    from volunteer_app.__main__ import attach_console

    class Kernel32:
        def __init__(self, attached: bool) -> None:
            self.attached = attached

        def AttachConsole(self, pid: int) -> int:  # the Windows API's name
            assert pid == -1
            return int(self.attached)

    opened: list[str] = []

    def opener(name: str, *args: object, **kwargs: object) -> io.StringIO:
        opened.append(name)
        return io.StringIO()

    assert not attach_console(Kernel32(True), opener)  # not Windows, not frozen: untouched
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "stdout", sys.stdout)
    monkeypatch.setattr(sys, "stderr", sys.stderr)
    assert not attach_console(Kernel32(False), opener)  # double-clicked: no terminal
    assert attach_console(Kernel32(True), opener)
    assert opened == ["CONOUT$", "CONOUT$"] and isinstance(sys.stdout, io.StringIO)


def test_setup_with_starter_types_names_them_in_the_groups_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    args = (
        "--data-dir",
        str(tmp_path),
        "setup",
        "--group-name",
        "Grŵp Glan Llyn",
        "--local-authority",
        "W06000002",
        "--language",
        "cy",
        "--starter-types",
    )
    code, out, _ = run(capsys, *args)
    assert code == 0 and "Activity types added: 10" in out
    code, out, _ = run(capsys, *args)  # again: nothing doubled
    assert code == 0 and "Activity types added: 0" in out
    conn = sqlite3.connect(tmp_path / "volunteering.sqlite3")
    labels = dict(conn.execute("SELECT label, code FROM activity_type").fetchall())
    conn.close()
    assert len(labels) == 10
    assert labels["Casglu sbwriel"] == "practical_help"
    assert labels["Cyfarfod pwyllgor"] == "committee_admin"


def test_a_reader_that_stops_early_is_not_an_error(tmp_path: Path) -> None:
    """``volunteer-app report | head``: once head has its lines it closes the pipe, and the
    command ends quietly with exit 0 rather than "Error: Broken pipe"."""
    code = (
        "import sys\n"
        "from volunteer_app import cli\n"
        "from volunteer_app.__main__ import main\n"
        "def chatty(args):\n"
        "    for n in range(200_000):\n"
        "        print('line', n)\n"
        "    return 0\n"
        "cli.COMMANDS['check'] = chatty\n"
        "sys.exit(main(['check', '--data-dir', sys.argv[1]]))\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    assert child.stdout.readline() == b"line 0\n"
    child.stdout.close()  # as head does once it has enough
    errors = child.stderr.read().decode()
    assert child.wait(timeout=60) == 0
    assert errors == ""
