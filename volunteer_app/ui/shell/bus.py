"""Application-wide signals that pages listen to, so no page needs to know another."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppBus(QObject):
    data_open = Signal(bool)  # the data was opened (True) or closed for a restore (False)
    changed = Signal(object)  # Changes (shell/ops.py): what a write changed
    language_changed = Signal(str)
    status_message = Signal(str)
    cvc_page_switched = Signal(bool)  # Settings showed or hid the CVC page
    page_wanted = Signal(str)  # a link on one page asks the window to show another (its key)
