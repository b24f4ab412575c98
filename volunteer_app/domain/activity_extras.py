"""What an activity carries besides its own fields: its event pulse, its output amounts and
the projects it belongs to. Saved with the activity in its one transaction.

Each part is optional: None leaves what the file holds as it is (a form that does not show
outputs does not wipe them); a value replaces it. On a new activity, projects left as None
become the type's (or series') default projects."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from volunteer_app.domain.funding.values import validate_amount
from volunteer_app.domain.pulse import PulseTally, validate_tally


@dataclass(frozen=True)
class ActivityExtras:
    pulse: PulseTally | None = None
    outputs: Mapping[str, int] | None = None  # output id (hex) -> amount; 0s are left out
    projects: tuple[str, ...] | None = None  # project ids (hex)

    @property
    def is_untouched(self) -> bool:
        return self.pulse is None and self.outputs is None and self.projects is None


def validate_extras(extras: ActivityExtras) -> ActivityExtras:
    """The pulse as the grid checks it, amounts in range; zeros dropped, projects once each.
    Whether the outputs and projects named still exist is checked against the file."""
    if extras.pulse is not None:
        validate_tally(extras.pulse)
    outputs = extras.outputs
    if outputs is not None:
        outputs = {key: validate_amount(int(value)) for key, value in outputs.items() if value}
    projects = extras.projects
    if projects is not None:
        projects = tuple(sorted(dict.fromkeys(projects)))
    return replace(extras, outputs=outputs, projects=projects)
