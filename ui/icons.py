"""The tray's states and their icons, drawn as SVG so they stay sharp at any scale."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon

from ui.paths import icon_file


class TrayState(enum.Enum):
    PROTECTED = "protected"
    PAUSED = "paused"
    ATTENTION = "attention"  # something happened that the person may have missed
    DEGRADED = "degraded"  # protection works only in part (no hook, no log, ...)


def panel_is_dark() -> bool:
    """Whether the desktop uses a dark colour scheme, so the panel the icon sits on is dark."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def tray_icon(state: TrayState, dark_panel: bool | None = None) -> QIcon:
    """The icon for `state`, in the variant drawn for a light or a dark panel."""
    dark = panel_is_dark() if dark_panel is None else dark_panel
    return QIcon(str(icon_file(f"{state.value}-{'dark' if dark else 'light'}")))


def app_icon() -> QIcon:
    """PasteGuard's own icon, for windows and the about box."""
    return QIcon(str(icon_file("app")))
