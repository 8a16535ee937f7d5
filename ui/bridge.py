"""The QObject through which the worker and hook threads reach the Qt main thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from app.guard.service import PasteWarning


class GuardBridge(QObject):
    """app.guard.service.GuardUI as queued signals; create it on the main (Qt) thread."""

    replaceRequested = Signal(str, str)  # expected digest, new text
    notifyRequested = Signal(str, str, int)  # title, message, event id to restore (0: none)
    warnRequested = Signal(object)  # PasteWarning
    stateChanged = Signal()
    clipboardLost = Signal()  # the X11 holder lost the clipboard to another program
    openRequested = Signal(str)  # a window asked for over the control channel
    pingRequested = Signal(object)  # a threading.Event the UI thread sets (`ping_ui`)

    def open_window(self, name: str) -> None:
        self.openRequested.emit(name)

    def ping(self, answered: threading.Event) -> None:
        self.pingRequested.emit(answered)

    def replace_clipboard(self, expected_digest: str, text: str) -> None:
        self.replaceRequested.emit(expected_digest, text)

    def notify(self, title: str, message: str, restore_event_id: int | None = None) -> None:
        self.notifyRequested.emit(title, message, restore_event_id or 0)

    def warn(self, warning: PasteWarning) -> None:
        self.warnRequested.emit(warning)

    def state_changed(self) -> None:
        self.stateChanged.emit()
