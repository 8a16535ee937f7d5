"""Pick the backend for this system, with plain imports so PyInstaller bundles every one."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping

from app.platform.base import PlatformBackend
from app.platform.fallback import NullBackend, no_display_backend, wayland_backend

log = logging.getLogger(__name__)


def probe_x_display(name: str) -> str | None:
    """None when the X display answers, else why not. Blocks for one connection attempt."""
    from app.platform.xorg.window import XorgUnavailable, open_display

    try:
        open_display(name).close()
    except XorgUnavailable as exc:
        return str(exc)
    return None


def choose_backend(
    platform: str = sys.platform,
    env: Mapping[str, str] = os.environ,
    probe_display: Callable[[str], str | None] = probe_x_display,
) -> PlatformBackend:
    """The backend for `platform`; never raises. `PASTEGUARD_BACKEND=none` turns hooks off.

    Called once at start-up by the composition root (it may block on `probe_display`).
    """
    backend = _choose(platform, env, probe_display)
    log.info("platform backend: %s %s", backend.name, dict(backend.degraded) or "")
    return backend


def _choose(
    platform: str, env: Mapping[str, str], probe_display: Callable[[str], str | None]
) -> PlatformBackend:
    if env.get("PASTEGUARD_BACKEND", "").strip().lower() == "none":
        reason = "turned off with PASTEGUARD_BACKEND=none"
        return NullBackend("none", {"keyboard": reason, "mouse": reason, "window": reason})
    if platform == "win32":
        from app.platform.win32.api import CtypesWin32Api, CtypesWin32Clipboard
        from app.platform.win32.backend import Win32Backend

        return Win32Backend(CtypesWin32Api(), clipboard=CtypesWin32Clipboard())
    if platform == "darwin":
        from app.platform.darwin.api import AppKitDarwinApi, AppKitPasteboard
        from app.platform.darwin.backend import DarwinBackend

        return DarwinBackend(AppKitDarwinApi(), clipboard=AppKitPasteboard())
    # Linux and the BSDs: X11, Wayland, or nothing at all.
    display = env.get("DISPLAY", "").strip()
    wayland = bool(env.get("WAYLAND_DISPLAY", "").strip()) or (
        env.get("XDG_SESSION_TYPE", "").strip().lower() == "wayland"
    )
    if display:
        problem = probe_display(display)
        if problem is None:
            from app.platform.xorg.backend import XorgBackend

            return XorgBackend(display, wayland_session=wayland)
        if wayland:
            return wayland_backend(f"XWayland is not usable: {problem}")
        return no_display_backend(problem)
    if wayland:
        return wayland_backend()
    return no_display_backend()
