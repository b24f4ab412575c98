"""The publication gate: combined cells the CVC keeps to itself.

A CVC publishes onward to anyone, so it applies a stricter rule than the groups' ``k5_r5``
(the ICO: the rule may depend on who receives the data). Following ONS practice for
business and establishment statistics, a cell is not for publication when fewer than three
groups contribute to it (the threshold rule), or when one group gives more than 80% of it
(the dominance rule): otherwise a group, or a neighbour who knows the other groups, could
work out one group's figure; and rounded tables combined can be unpicked by subtraction.
"""

from __future__ import annotations

MIN_GROUPS = 3
DOMINANCE_PERCENT = 80
FEW_GROUPS = "fewer_than_3_groups"
DOMINANT_GROUP = "one_group_over_80_percent"


def gate_reasons(reporting: int, contributing: int, largest: int, total: int) -> tuple[str, ...]:
    """Why a combined cell must not be published onward, or ``()`` if it may be.

    ``contributing`` counts the groups whose cell is not zero (a withheld cell is not zero);
    a cell where every group reported zero is judged on the groups reporting it. Dominance is
    judged on published values: withheld cells add nothing, which can only mark more cells.
    """
    reasons = []
    if (contributing or reporting) < MIN_GROUPS:
        reasons.append(FEW_GROUPS)
    if total > 0 and 100 * largest > DOMINANCE_PERCENT * total:
        reasons.append(DOMINANT_GROUP)
    return tuple(reasons)
