"""The macOS backend: the frontmost application and an event tap that can swallow a key."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from app.platform.base import MODIFIERS, KeyCallback, KeyEvent, MouseCallback, WindowInfo
from app.platform.clipboard import ClipboardContent, ClipboardSource, ClipboardThread
from app.platform.darwin.api import (
    FLAG_COMMAND,
    FLAG_CONTROL,
    FLAG_OPTION,
    FLAG_SHIFT,
    DarwinApi,
    TapListener,
)
from app.platform.keynames import modifier_set, pynput_key_name

log = logging.getLogger(__name__)

NOT_TRUSTED = (
    "macOS has not given PasteGuard the Accessibility permission (System Settings, "
    "Privacy & Security, Accessibility), so it cannot see or stop key presses"
)


def flags_to_modifiers(flags: int) -> frozenset[str]:
    return modifier_set(
        ctrl=bool(flags & FLAG_CONTROL),
        shift=bool(flags & FLAG_SHIFT),
        alt=bool(flags & FLAG_OPTION),
        meta=bool(flags & FLAG_COMMAND),
    )


class DarwinBackend:
    """Frontmost application from NSWorkspace; keys from a pynput CGEventTap.

    macOS shows no window titles without the Screen Recording permission, so WindowInfo
    carries the application only (title and window_class are empty).
    """

    name = "darwin"
    can_suppress_keys = True
    starting = False  # not tracked: pynput installs the hook on its thread just after start()

    def __init__(
        self,
        api: DarwinApi,
        clock: Callable[[], float] = time.monotonic,
        clipboard: ClipboardSource | None = None,
    ) -> None:
        self._api = api
        self._clipboard = clipboard
        self._clock = clock
        self._window: WindowInfo | None = None
        self._on_key: KeyCallback | None = None
        self._listener: TapListener | None = None
        self._pending: tuple[str, bool] | None = None  # set by on_press, used by intercept
        self._degraded: dict[str, str] = {}
        self._untrusted_at_start = False
        self.errors = 0

    @property
    def degraded(self) -> Mapping[str, str]:
        return dict(self._degraded)

    def foreground_window(self) -> WindowInfo | None:
        try:
            app = self._api.frontmost_application()
        except Exception:
            self.errors += 1
            log.exception("cannot read the frontmost application")
            return None
        if app is None:
            return None
        cached = self._window
        if (
            cached is not None
            and cached.pid == app.pid
            and cached.app_id == app.bundle_id
            and cached.process == app.executable.lower()
        ):
            return cached
        window = WindowInfo(
            process=app.executable.lower(), window_class="", title="", pid=app.pid,
            app_id=app.bundle_id,
        )  # fmt: skip
        self._window = window
        return window

    # -- clipboard (its own thread) ------------------------------------------------------------

    def clipboard_reader(
        self, on_change: Callable[[ClipboardContent], None], wanted_formats: Iterable[str]
    ) -> ClipboardThread | None:
        """A reader thread (not started) for the pasteboard; None without the pasteboard calls.

        A read can wait on a promised type's provider: never on the Qt thread.
        """
        if self._clipboard is None:
            return None
        return ClipboardThread(self._clipboard, on_change, wanted_formats, "darwin-clipboard")

    # -- keyboard ---------------------------------------------------------------------------

    def start(self, on_key: KeyCallback, on_mouse: MouseCallback) -> None:
        # Middle click does not paste on macOS: no mouse tap is needed.
        self._on_key = on_key
        self._pending = None
        try:
            trusted = self._api.is_trusted()
        except Exception:
            log.exception("cannot ask macOS for the Accessibility permission")
            trusted = False
        self._untrusted_at_start = not trusted
        if not trusted:
            # Without the permission the event tap cannot be created; alive() notices when
            # the person grants it, so the watchdog's restart picks it up.
            self._degraded["keyboard"] = NOT_TRUSTED
            return
        try:
            self._listener = self._api.keyboard_listener(
                self._on_press, self._on_release, self._intercept
            )
            self._listener.start()
            self._degraded.pop("keyboard", None)
        except Exception as exc:
            self._listener = None
            self._degraded["keyboard"] = f"the keyboard event tap could not be created ({exc})"
            log.exception("cannot start the keyboard event tap")

    def stop(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            try:
                listener.stop()
            except Exception:
                log.exception("cannot stop the keyboard event tap")

    def alive(self) -> bool:
        if self._untrusted_at_start and self._listener is None:
            try:
                return not self._api.is_trusted()  # granted since: a restart will now work
            except Exception:
                return True
        listener = self._listener
        try:
            return listener is not None and bool(listener.is_alive())
        except Exception:
            return False

    # pynput calls these on its tap thread: first on_press/on_release with the key it
    # translated (layout-aware), then _intercept with the raw event, whose return value
    # decides whether the key goes on. Any exception here would stop pynput's listener.

    def _on_press(self, key: Any, injected: bool = False) -> None:
        self._stash(key, True)

    def _on_release(self, key: Any, injected: bool = False) -> None:
        self._stash(key, False)

    def _stash(self, key: Any, pressed: bool) -> None:
        try:
            self._pending = (pynput_key_name(key, mac_keycodes=True), pressed)
        except Exception:
            self.errors += 1
            self._pending = None
            log.exception("cannot translate a key")

    def _intercept(self, event_type: int, event: Any) -> Any:
        pending, self._pending = self._pending, None
        on_key = self._on_key
        if pending is None or on_key is None or not pending[0]:
            return event
        name, pressed = pending
        try:
            modifiers = flags_to_modifiers(self._api.event_flags(event))
            suppress = bool(on_key(KeyEvent(name, pressed, modifiers, self._clock())))
        except Exception:
            self.errors += 1
            log.exception("keyboard tap callback failed; the key goes through")
            return event
        if suppress and name not in MODIFIERS:
            return None  # pynput: an intercept that does not return the event swallows it
        return event
