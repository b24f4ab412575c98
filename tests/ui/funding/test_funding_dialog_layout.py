"""Settings > Projects and outputs as it opens, in English and Welsh: every label whole
(the long ones above their lists, not squeezed beside them) and the activity types
readable in both lists."""

from __future__ import annotations

import pytest

from tests.ui.clipping import clipped_texts
from volunteer_app.ui.funding.funding_dialog import FundingDialog
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.main_window import MainWindow


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_dialog_opens_with_nothing_clipped(  # type: ignore[no-untyped-def]
    window: MainWindow, ctx: UiContext, qtbot, language: str
) -> None:
    assert ctx.services is not None
    for name in ("Befriending calls", "Saturday litter pick", "Community café"):
        ctx.services.activities.add_type(name, "practical_help")
    ctx.switch_language(language)
    dialog = FundingDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert clipped_texts(dialog) == []
    for types in (dialog.project_types, dialog.output_types):
        widest = max(types.visualItemRect(types.item(i)).right() for i in range(types.count()))
        assert widest <= types.viewport().width()  # "Saturday litter pick" whole
