"""The tray icon and its menu, or a log line where the desktop has no tray (checked at start).

A first, plain version: the UI issue brings drawn icons for light and dark panels, the warning
dialog and the settings. Notifications go through the tray when there is one.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from app.guard.service import PasteWarning

if TYPE_CHECKING:
    from ui.application import GuardApp

log = logging.getLogger("pasteguard.tray")


def _icon(color: str) -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(4, 2, 24, 28, 8, 8)
    painter.end()
    return QIcon(pixmap)


class GuardTray:
    def __init__(self, guard: GuardApp, wanted: bool) -> None:
        self.guard = guard
        self.available = wanted and QSystemTrayIcon.isSystemTrayAvailable()
        self.icon: QSystemTrayIcon | None = None
        if not self.available:
            return
        self.icon = QSystemTrayIcon(_icon("#2e7d32"))
        self.icon.setToolTip("PasteGuard: protected")
        self.menu = QMenu()
        self.status_action = QAction("Protected", self.menu)
        self.status_action.setEnabled(False)
        self.menu.addAction(self.status_action)
        self.menu.addSeparator()
        settings = guard.config.settings
        if settings.allow_pause:
            for label, seconds in (("Pause for 15 minutes", 900), ("Pause for 1 hour", 3600)):
                action = self.menu.addAction(label)
                action.triggered.connect(lambda _=False, s=seconds: guard.service.pause(s))
            self.menu.addAction("Pause until restart").triggered.connect(
                lambda: guard.service.pause(None)
            )
        self.menu.addAction("Resume protection").triggered.connect(guard.service.resume)
        self.menu.addAction("Restore the last blocked text").triggered.connect(
            lambda: self.notify("PasteGuard", guard.restore(None)[1], 0)
        )
        if settings.allow_quit:
            self.menu.addSeparator()
            self.menu.addAction("Quit PasteGuard").triggered.connect(guard.qt.quit)
        self.icon.setContextMenu(self.menu)

    def show(self) -> None:
        if self.icon is not None:
            self.icon.show()
        self.refresh()

    def refresh(self) -> None:
        if self.icon is None:
            return
        paused = self.guard.service.paused
        text = "Paused" if paused else f"Protected ({self.guard.service.settings.mode} mode)"
        self.status_action.setText(text)
        self.icon.setToolTip(f"PasteGuard: {text.lower()}")
        self.icon.setIcon(_icon("#9e9e9e" if paused else "#2e7d32"))

    def notify(self, title: str, message: str, restore_event_id: int) -> None:
        log.info("notice: %s - %s", title, message)
        if self.icon is not None and self.guard.service.settings.notifications:
            self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Warning, 8000)

    def warn(self, warning: PasteWarning) -> None:
        where = warning.target.value.replace("_", " ")
        title = "Don't paste this" if warning.suppressed else "Careful with this paste"
        message = f"{warning.verdict.summary} It was going into the {where}."
        if warning.suppressed:
            message += " PasteGuard stopped the paste."
        self.notify(title, message, 0)
