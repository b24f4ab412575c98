"""The summary export end to end: golden files, canaries, bytes, outbox and grids."""

from __future__ import annotations

import csv
import hashlib
import io
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from volunteer_app.about import __version__
from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.periods import financial_year, month, quarter
from volunteer_app.paths import AppPaths
from volunteer_app.services.context import AppServices, open_services
from volunteer_app.services.importing.importer import ImportService
from volunteer_app.services.summary_export import SummaryExportService

GOLDEN = Path(__file__).parent.parent / "golden"
FIXED_ID = uuid.UUID("00000000-0000-4000-8000-000000000001")
FIXED_TIME = datetime(2026, 4, 2, 9, 15, 0, 123456, tzinfo=UTC)


@pytest.fixture
def app(paths: AppPaths):  # type: ignore[no-untyped-def]
    services = open_services(paths)
    services.group.update("Grŵp Golden", "W06000015", "CVC-1")
    services.summary = SummaryExportService(
        services.database, services.group, clock=lambda: FIXED_TIME, new_id=lambda: FIXED_ID
    )
    services.importer = ImportService(services.database, today=lambda: date(2026, 11, 1))
    yield services
    services.close()


def load(services: AppServices, tmp_path: Path, content: str) -> None:
    source = tmp_path / f"in-{uuid.uuid4().hex}.csv"
    source.write_text(content, encoding="utf-8")
    services.importer.import_file(source)


def cells(services: AppServices, period) -> dict[tuple[str, str, str], tuple[int | None, str]]:  # type: ignore[no-untyped-def]
    preview = services.summary.preview(period)
    return {r.key: (r.value, r.status.value) for r in preview.rows}


def test_golden_financial_year(app: AppServices, tmp_path: Path) -> None:
    """Hand-computed: FY2025 runs 1 April 2025 to 31 March 2026, both ends included.
    Ann volunteered on 31 March 2025, so she is returning; the five others are new (6 -> 5,
    but 'returning' is 1 -> suppressed, so 'new' is withheld as well). Hours: the litter pick
    is 6 x 120 min + 2 unnamed x 120 min = 16 h with 6 + 2 contributors -> 15."""
    app.importer.import_file(GOLDEN / "fy2025-input.csv")
    preview = app.summary.preview(financial_year(2025), version="1.0")
    expected = (GOLDEN / "fy2025.csv").read_bytes().decode("utf-8")
    expected = expected.replace("GROUP_ID", str(app.group.info().group_id))
    expected = expected.replace("{v}", __version__)
    assert preview.content == b"\xef\xbb\xbf" + expected.encode("utf-8")
    assert preview.file_name == (
        f"vcs-summary_1.0_{app.group.info().group_id}_2025-04-01_2026-03-31.csv"
    )


def test_golden_hours_contributors(app: AppServices, tmp_path: Path) -> None:
    """Contributors are distinct named volunteers plus the largest single unnamed headcount
    (not the sum of headcounts)."""
    load(
        app,
        tmp_path,
        "\n".join(
            [
                "date,activity,activity_type,duration_minutes,person,volunteers_count",
                # 2 named + 3 unnamed = 5 contributors: 2x120 + 3x120 = 600 min = 10 h -> 10
                "2026-01-10,Clean-up,practical_help,120,Pat,3",
                "2026-01-10,Clean-up,practical_help,120,Sam,",
                # 1 named + 3 unnamed = 4 contributors -> suppressed whatever the hours
                "2026-01-11,Lifts,transport,600,Quinn,3",
                # two sessions with 2 unnamed each: contributors 1 + max(2, 2) = 3, not 1 + 4
                "2026-02-01,Visits,befriending_visiting,60,Rhod,2",
                "2026-02-08,Visits,befriending_visiting,60,Rhod,2",
            ]
        )
        + "\n",
    )
    got = cells(app, quarter(2026, 1))
    assert got[("volunteer_hours", "activity_type", "practical_help")] == (10, "published")
    assert got[("volunteer_hours", "activity_type", "transport")] == (None, "suppressed")
    assert got[("volunteer_hours", "activity_type", "befriending_visiting")] == (None, "suppressed")
    # Total: 4 named + largest headcount 3 = 7 contributors; 600 + 2400 + 360 min = 56 h -> 55.
    assert got[("volunteer_hours", "none", "total")] == (55, "published")
    assert got[("volunteer_sessions", "none", "total")] == (15, "published")  # 5 named + 10


def test_golden_secondary_suppression(app: AppServices, tmp_path: Path) -> None:
    rows = ["date,activity,activity_type,person,age_band"]
    bands = {"25_44": 3, "45_64": 6, "65_74": 7}  # 3 -> suppressed; 6 is the smallest other
    for band, count in bands.items():
        rows += [
            f"2026-03-0{i % 9 + 1},Café,organising_running,{band} person {i},{band}"
            for i in range(count)
        ]
    load(app, tmp_path, "\n".join(rows) + "\n")
    got = cells(app, quarter(2026, 1))
    assert got[("volunteers_unique", "age_band", "25_44")] == (None, "suppressed")
    assert got[("volunteers_unique", "age_band", "45_64")] == (None, "secondary_suppressed")
    assert got[("volunteers_unique", "age_band", "65_74")] == (5, "published")
    assert got[("volunteers_unique", "none", "total")] == (15, "published")  # 16 -> 15


def test_new_and_returning(app: AppServices, tmp_path: Path) -> None:
    rows = ["date,activity,person"]
    rows += [f"2025-12-0{i + 1},Café,Old {i}" for i in range(5)]  # before the quarter
    rows += [f"2026-01-0{i + 1},Café,Old {i}" for i in range(5)]  # and again in it
    rows += [f"2026-02-0{i + 1},Café,New {i}" for i in range(7)]
    rows += ["2026-02-09,Café,Participant only", "2026-03-01,Café,participant only"]
    load(app, tmp_path, "\n".join(rows) + "\n")
    got = cells(app, quarter(2026, 1))
    assert got[("volunteers_unique", "volunteer_status", "returning")] == (5, "published")
    # 'Participant only' was imported with the default role, volunteer: 7 + 1 = 8 -> 10
    assert got[("volunteers_unique", "volunteer_status", "new")] == (10, "published")
    assert cells(app, month(2025, 12))[("volunteers_unique", "volunteer_status", "new")] == (
        5,
        "published",
    )


def test_canary_no_personal_data_leaves(app: AppServices, tmp_path: Path) -> None:
    canaries = [
        "Zebedee Quillfeather",
        "zebedee@example.org",
        "Secret allotment behind Tesco",
        "Has a bad knee canary",
        "Llanfihangel-canary",
    ]
    rows = ["date,activity,activity_type,location,person,notes"]
    rows += [
        f"2026-02-0{i + 1},Canary Club {i},other,{canaries[2]},{canaries[0]} {i},{canaries[3]}"
        for i in range(6)
    ]
    load(app, tmp_path, "\n".join(rows) + "\n")
    with app.database.transaction() as tx:
        tx.session.connection().execute(
            text("UPDATE person SET contact = :c, notes = :n"), {"c": canaries[1], "n": canaries[4]}
        )
        tx.session.connection().execute(
            text("UPDATE group_settings SET name = :n"), {"n": '=HYPERLINK("http://x","y")'}
        )
    preview = app.summary.preview(quarter(2026, 1))
    content = preview.content.decode("utf-8-sig")
    for canary in [*canaries, "Canary Club", "Zebedee", "Tesco"]:
        assert canary.lower() not in content.lower()
    group_names = {line[5] for line in csv.reader(io.StringIO(content))}
    assert group_names == {"group_name", '\'=HYPERLINK("http://x","y")'}


def test_bytes_bom_crlf_and_welsh_survive(app: AppServices, tmp_path: Path) -> None:
    app.group.update("Cymdeithas Ŵyn a Ŷd", "W06000001", "")
    preview = app.summary.preview(month(2026, 1))
    target = tmp_path / "out" / preview.file_name
    app.summary.save(preview, target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == 75 and data.count(b"\n") == 75  # CRLF only
    with open(target, encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    assert lines[1][5] == "Cymdeithas Ŵyn a Ŷd"
    assert {len(line) for line in lines} == {19}


def test_two_exports_differ_only_in_id_and_time(app: AppServices, tmp_path: Path) -> None:
    app.importer.import_file(GOLDEN / "fy2025-input.csv")
    plain = open_services(app.paths)  # real ids and clock
    try:
        first = plain.summary.preview(financial_year(2025)).records
        second = plain.summary.preview(financial_year(2025)).records
    finally:
        plain.close()
    assert first[0] == second[0]
    for a, b in zip(first[1:], second[1:], strict=True):
        assert a[0] == b[0] and a[3:] == b[3:]
    assert first[1][1] != second[1][1]  # a new export_id every time


def test_outbox_records_every_file_and_notices_changes(app: AppServices, tmp_path: Path) -> None:
    app.importer.import_file(GOLDEN / "fy2025-input.csv")
    preview = app.summary.preview(financial_year(2025))
    entry = app.summary.save(preview, tmp_path / "a.csv")
    assert entry.sha256 == hashlib.sha256((tmp_path / "a.csv").read_bytes()).hexdigest()
    assert [e.file_path for e in app.summary.outbox()] == [str(tmp_path / "a.csv")]
    assert app.summary.preview(financial_year(2025)).changed_since is None
    load(app, tmp_path, "date,activity,person\n2025-05-05,Extra,Someone New\n")
    again = app.summary.preview(financial_year(2025))
    assert again.changed_since is not None and again.changed_since.sha256 == entry.sha256


def test_a_different_grid_is_refused_unless_allowed(app: AppServices, tmp_path: Path) -> None:
    app.summary.save(app.summary.preview(financial_year(2025)), tmp_path / "year.csv")
    quarter_preview = app.summary.preview(quarter(2025, 3))
    assert [e.period for e in quarter_preview.overlapping] == [financial_year(2025)]
    with pytest.raises(ValidationError) as info:
        app.summary.save(quarter_preview, tmp_path / "q.csv")
    assert info.value.code == "export.overlap"
    assert not (tmp_path / "q.csv").exists()
    app.summary.save(quarter_preview, tmp_path / "q.csv", allow_overlap=True)
    # The same period again is fine: no overlap on a different grid.
    assert app.summary.preview(financial_year(2025)).overlapping == [
        e for e in app.summary.outbox() if e.period == quarter(2025, 3)
    ]


def test_no_local_authority_refuses(paths: AppPaths) -> None:
    services = open_services(paths)
    try:
        with pytest.raises(ValidationError) as info:
            services.summary.preview(quarter(2026, 1))
        assert info.value.code == "export.no_local_authority"
    finally:
        services.close()
