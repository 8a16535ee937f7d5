"""A backend that watches nothing, for Wayland sessions and machines without a display."""

from __future__ import annotations

from collections.abc import Mapping

from app.platform.base import KeyCallback, MouseCallback, WindowInfo

WAYLAND_KEYBOARD = (
    "Wayland does not let one program see the keys typed into another, so pastes into other "
    "programs cannot be seen or stopped"
)
WAYLAND_WINDOW = "Wayland does not tell other programs which window has the focus"
NO_DISPLAY = "there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)"


class NullBackend:
    """Reports why nothing is watched; the clipboard itself is still checked (by Qt)."""

    can_suppress_keys = False
    starting = False  # nothing to start

    def __init__(self, name: str, reasons: Mapping[str, str]) -> None:
        self.name = name
        self._reasons = dict(reasons)

    @property
    def degraded(self) -> Mapping[str, str]:
        return dict(self._reasons)

    def foreground_window(self) -> WindowInfo | None:
        return None

    def start(self, on_key: KeyCallback, on_mouse: MouseCallback) -> None:
        return None

    def stop(self) -> None:
        return None

    def alive(self) -> bool:
        return True  # nothing runs, so nothing can die; a restart would not change anything


def wayland_backend(note: str = "") -> NullBackend:
    suffix = f" ({note})" if note else ""
    return NullBackend(
        "wayland",
        {
            "keyboard": WAYLAND_KEYBOARD + suffix,
            "mouse": WAYLAND_KEYBOARD + suffix,
            "window": WAYLAND_WINDOW + suffix,
        },
    )


def no_display_backend(reason: str = NO_DISPLAY) -> NullBackend:
    text = f"{reason}: no keys, clicks or windows to watch"
    return NullBackend("none", {"keyboard": text, "mouse": text, "window": text})
