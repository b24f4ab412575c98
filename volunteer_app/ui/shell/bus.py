"""Application-wide signals that pages listen to, so no page needs to know another."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppBus(QObject):
    services_ready = Signal(object)  # AppServices
    group_changed = Signal(object)  # GroupInfo
    data_changed = Signal()
    language_changed = Signal(str)
    status_message = Signal(str)
    cvc_page_switched = Signal(bool)  # Settings showed or hid the CVC page
    page_wanted = Signal(str)  # a link on one page asks the window to show another (its key)
