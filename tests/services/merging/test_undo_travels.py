"""An undo made after its change went to the other laptop travels too: undo is a new edit
with a fresh clock stamp, so the other laptop's copy of the change does not win it back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.services.merging.laptops import Laptop, make_laptops
from volunteer_app.services.funding.projects import FundingService


def _exchange(giver: Laptop, taker: Laptop) -> None:
    taker.bring_in(giver.share())


def _names(laptop: Laptop) -> list[tuple[str, str]]:
    return sorted((p.name, p.funder) for p in FundingService(laptop.services.database).projects())


def test_undoing_a_shared_project_edit_and_removal_reaches_the_other_laptop(
    tmp_path: Path,
) -> None:
    office, home = make_laptops(tmp_path, 2)
    try:
        funding = FundingService(office.services.database)
        grant = funding.add_project("Awards for All", "Lottery", date(2025, 4, 1), None)
        bags = funding.add_output("Bags of litter", "Bagiau sbwriel", ())
        _exchange(office, home)
        edit = funding.edit_project(grant.id, "Awards for All 2025", "NLCF", grant.start, None)
        output_edit = funding.edit_output(bags.id, "Bags collected", "Bagiau", ())
        assert edit is not None and output_edit is not None
        _exchange(office, home)
        assert _names(home) == [("Awards for All 2025", "NLCF")]
        funding.put_back(edit)  # undone on the first laptop after the other had the edit
        funding.put_back(output_edit)
        _exchange(office, home)
        _exchange(home, office)
        for laptop in (office, home):
            assert _names(laptop) == [("Awards for All", "Lottery")]
            outputs = FundingService(laptop.services.database).outputs()
            assert [(o.name, o.name_cy) for o in outputs] == [("Bags of litter", "Bagiau sbwriel")]
        assert office.dump() == home.dump()
        # A removal undone after it travelled comes back everywhere as well.
        removal = funding.remove_project(grant.id)
        _exchange(office, home)
        assert _names(home) == []
        funding.put_back(removal)
        _exchange(office, home)
        _exchange(home, office)
        assert _names(office) == _names(home) == [("Awards for All", "Lottery")]
        assert office.dump() == home.dump()
    finally:
        office.close()
        home.close()
