from pathlib import Path

from volunteer_app.logsetup import KEEP, LOG_NAME, MAX_BYTES, setup_logging


def test_logs_rotate_at_start_and_keep_a_few(tmp_path: Path) -> None:
    for _ in range(KEEP + 2):
        (tmp_path / LOG_NAME).write_bytes(b"x" * MAX_BYTES)
        setup_logging(tmp_path)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted([LOG_NAME] + [f"{LOG_NAME}.{n}" for n in range(1, KEEP + 1)])


def test_small_log_is_appended_to(tmp_path: Path) -> None:
    (tmp_path / LOG_NAME).write_text("earlier\n", encoding="utf-8")
    setup_logging(tmp_path)
    assert (tmp_path / LOG_NAME).read_text(encoding="utf-8").startswith("earlier")
