"""Which program owns the X11 clipboard: the process behind the CLIPBOARD owner window.

The X-Resource extension names the client (and so the process id) that created a window, which
works for the unmapped helper windows that clipboard owners use and that carry no WM_CLASS.
Called from the UI thread when the clipboard changes; one short round trip to the X server.
"""

from __future__ import annotations

import logging
from typing import Any

import psutil

from app.platform.xorg.window import XorgUnavailable, open_display

log = logging.getLogger(__name__)


class ClipboardOwner:
    """Answers `name()` with the owner's process name, or None when X will not say."""

    def __init__(self, display_name: str | None = None) -> None:
        self.display_name = display_name
        self._display: Any = None
        self._atom = 0
        self._broken = False

    def name(self) -> str | None:
        if self._broken:
            return None
        try:
            if self._display is None:
                self._display = open_display(self.display_name)
                self._atom = self._display.intern_atom("CLIPBOARD")
            owner = self._display.get_selection_owner(self._atom)
            if not owner or owner == 0:
                return None
            return self._process_of(owner)
        except XorgUnavailable as exc:
            log.info("clipboard owner unknown: %s", exc)
            self._broken = True
        except Exception:  # a window that went away, an X error: not worth more than None
            log.debug("reading the clipboard owner failed", exc_info=True)
        return None

    def _process_of(self, window: Any) -> str | None:
        from Xlib.ext import res  # type: ignore[import-untyped, unused-ignore]

        if not self._display.has_extension("X-Resource"):
            return None
        spec = [{"client": window.id, "mask": res.LocalClientPIDMask}]
        reply = self._display.res_query_client_ids(spec)
        for value in reply.ids:
            if value.spec.mask == res.LocalClientPIDMask and value.value:
                try:
                    return str(psutil.Process(int(value.value[0])).name()).lower()
                except (psutil.Error, OSError):
                    return None
        return None

    def close(self) -> None:
        if self._display is not None:
            self._display.close()
            self._display = None
