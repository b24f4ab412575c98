"""The A4 summary of a project whose name and funder are long (as grants' names are, the
more in Welsh): the sentence saying which project, funder and dates is printed whole,
and so are many outputs, still on one page (rendered with poppler and read back)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from volunteer_app.domain.activity import ActivityDraft, PersonEntry
from volunteer_app.domain.periods import quarter
from volunteer_app.services.funding.projects import FundingService
from volunteer_app.ui.reports.summary_pdf import summary_pdf_bytes
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow

NAME = (  # 107 characters, within the 120 a project's name may have
    "Cronfa Gymunedol y Loteri Genedlaethol – Arian i Bawb Cymru: Prosiect Glanhau "
    "Traethau Ceredigion 2025-2028"
)
FUNDER = "Cronfa Gymunedol y Loteri Genedlaethol Cymru a Chyngor Sir Ceredigion"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_long_project_and_many_outputs_are_printed_whole(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, tmp_path: Path, language: str
) -> None:
    services = ctx.services
    assert services is not None
    funding = FundingService(services.database)
    grant = funding.add_project(NAME, FUNDER, date(2025, 4, 1), date(2028, 3, 31))
    pick = services.activities.add_type("Litter pick", "practical_help")
    outputs = [
        funding.add_output(f"{what} collected on the beach", "", (pick.id.hex,))
        for what in ("bags of litter", "fishing nets", "plastic bottles", "tyres", "cans")
    ]
    activity_id = services.activities.log(
        ActivityDraft(
            activity_date=date(2026, 2, 7),
            activity_type_id=pick.id,
            duration_minutes=120,
            people=(PersonEntry("Siân", minutes=120),),
        )
    )
    funding.record(activity_id.hex, {o.id: 1234 for o in outputs})
    funding.tag(activity_id.hex, (grant.id,))
    report = services.reports.report(quarter(2026, 1), grant)
    ctx.switch_language(language)
    target = tmp_path / "summary.pdf"
    target.write_bytes(summary_pdf_bytes(report, "Llanfair", None, date(2026, 4, 2), None, language))
    info = subprocess.run(["pdfinfo", str(target)], check=True, capture_output=True, text=True)
    assert re.search(r"Pages: +1\n", info.stdout)
    words = _words(target)
    # The project's sentence ends above the first tile's box (its number, less the box's
    # padding of 2.5 mm = 7 pt): a third line is not cut off under the tiles.
    end = _last(words, "only." if language == "en" else "unig.")
    assert words[end][2] <= words[end + 1][1] - 7, words[end - 12 : end + 2]
    # The outputs' sentence ends above the chart that follows it: all five are printed.
    end = _last(words, "beach.")
    assert words[end][2] <= words[end + 1][1], words[end - 12 : end + 2]


def _words(pdf: Path) -> list[tuple[str, float, float]]:
    """Every word drawn on the page with its top and bottom, in the order drawn (clipped
    words included: poppler reads the text, not what shows)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    found = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', html)
    return [(text, float(top), float(bottom)) for top, bottom, text in found]


def _last(words: list[tuple[str, float, float]], text: str) -> int:
    return max(i for i, word in enumerate(words) if word[0] == text)
