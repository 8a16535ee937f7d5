"""The macOS backend: the frontmost application and an event tap that can swallow a key."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import Any

from app.platform.base import MODIFIERS, KeyCallback, KeyEvent, MouseCallback, WindowInfo
from app.platform.clipboard import ClipboardContent, ClipboardSource, ClipboardThread
from app.platform.darwin.api import (
    FLAG_COMMAND,
    FLAG_CONTROL,
    FLAG_OPTION,
    FLAG_SHIFT,
    TAP_DISABLED,
    TAP_DISABLED_BY_TIMEOUT,
    DarwinApi,
    TapListener,
)
from app.platform.keynames import modifier_set, pynput_key_name

log = logging.getLogger(__name__)

NOT_TRUSTED = (
    "macOS has not given PasteGuard the Accessibility permission (System Settings, "
    "Privacy & Security, Accessibility), so it cannot see or stop key presses"
)
TAP_REFUSED = (
    "macOS refused PasteGuard's keyboard event tap (System Settings, Privacy & Security: "
    "Accessibility and Input Monitoring), so it cannot see or stop key presses; tried again "
    "every {retry:.0f} s"
)
NOT_CREATED = (
    "the keyboard event tap did not exist {seconds:.0f} s after start: pastes are not seen or "
    "stopped"
)
TAP_OFF = (
    "macOS turned the keyboard event tap off ({why}) and it could not be turned on again: "
    "pastes are not seen or stopped until it is made anew"
)
TAP_WAS_OFF = (
    "macOS turned the keyboard event tap off ({why}; {count} time(s) since start); it was "
    "turned on again at once, but a paste just before may have gone through, seen or not"
)
TAP_START_LIMIT = 5.0  # seconds from start until a tap that does not exist is degraded
TAP_RETRY = 30.0  # seconds between tries to make a tap macOS refused (a permission granted since)
TAP_NOTICE = 10.0  # seconds a tap turned off and on again is shown (so the watchdog logs it)


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
        self._started_at = 0.0
        self._tap_off: str | None = None  # turned off by macOS and not on again: why
        self._tap_was_off: tuple[str, float] | None = None  # (why, when) it was last turned off
        self._restart_wanted = False  # alive() said no: the watchdog may make a new tap
        self._swallowed: KeyEvent | None = None  # the last key callback swallowed this key
        self.tap_disabled = 0  # times macOS turned the tap off
        self.late_keys = 0  # keys swallowed too late: macOS had passed them on already
        self.errors = 0

    @property
    def starting(self) -> bool:
        """Started, but the event tap does not exist yet (pynput makes it on its thread after
        start() returned): a key pressed now is not seen, so the guard is not ready."""
        listener = self._listener
        try:
            return (
                listener is not None
                and listener.tap_state() is None
                and listener.is_alive()
                and self._clock() - self._started_at < TAP_START_LIMIT
            )
        except Exception:
            return False

    @property
    def degraded(self) -> Mapping[str, str]:
        out = dict(self._degraded)
        listener = self._listener
        if listener is None or "keyboard" in out or self._restart_wanted:
            return out
        waited = self._clock() - self._started_at
        try:
            state = listener.tap_state()
        except Exception:
            state = None
        if state is False:
            out["keyboard"] = TAP_REFUSED.format(retry=TAP_RETRY)
        elif state is None and waited >= TAP_START_LIMIT and listener.is_alive():
            out["keyboard"] = NOT_CREATED.format(seconds=waited)
        elif self._tap_off is not None:
            out["keyboard"] = TAP_OFF.format(why=self._tap_off)
        elif (was := self._tap_was_off) is not None and self._clock() - was[1] < TAP_NOTICE:
            out["keyboard"] = TAP_WAS_OFF.format(why=was[0], count=self.tap_disabled)
        return out

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
        self._started_at = self._clock()
        self._tap_off = self._tap_was_off = None
        self._restart_wanted = False
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
        """False when a new tap may help (the watchdog then makes one): the listener ended,
        macOS turned the tap off for good, the permission was granted since start, or a tap
        macOS refused is due to be tried again. Never blocks."""
        if self._untrusted_at_start and self._listener is None:
            try:
                if not self._api.is_trusted():
                    return True  # nothing a restart would fix yet
            except Exception:
                return True
            self._degraded.pop("keyboard", None)  # granted since: the watchdog restarts it
            self._restart_wanted = True
            return False
        listener = self._listener
        try:
            if listener is None:
                return False
            state = listener.tap_state()
            refused_long = state is False and self._clock() - self._started_at >= TAP_RETRY
            if self._tap_off is not None or refused_long:
                self._restart_wanted = True
                return False
            return state is False or bool(listener.is_alive())  # refused: degraded says so
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
        if event_type in TAP_DISABLED:
            self._turned_off(event_type)
            return event
        self._swallowed = None
        on_key = self._on_key
        if pending is None or on_key is None or not pending[0]:
            return event
        name, pressed = pending
        try:
            modifiers = flags_to_modifiers(self._api.event_flags(event))
            key = KeyEvent(name, pressed, modifiers, self._clock())
            suppress = bool(on_key(key))
        except Exception:
            self.errors += 1
            log.exception("keyboard tap callback failed; the key goes through")
            return event
        if suppress and name not in MODIFIERS:
            self._swallowed = key  # unless macOS stopped waiting for this answer (see below)
            return None  # pynput: an intercept that does not return the event swallows it
        return event

    def _turned_off(self, event_type: int) -> None:
        """macOS turned the tap off ("If an event tap becomes unresponsive, or if a user requests
        that event taps be disabled, then a kCGEventTapDisabled event is passed to the event tap
        callback function. Event taps may be re-enabled by calling [CGEventTapEnable]"): on
        again at once. Nothing is logged here (the tap's thread): degraded says it.

        Turned off for answering too slowly: the window server stopped waiting for the answer
        to the event the callback was handling and passed that event on; the notice reaches the
        callback after that late answer, and no key does while the tap is off. So when the last
        key the callback saw was one it swallowed, that key may have gone on: the guard is told
        (KeyEvent.passed_on) and says the paste was not stopped."""
        self.tap_disabled += 1
        swallowed, self._swallowed = self._swallowed, None
        if event_type == TAP_DISABLED_BY_TIMEOUT and swallowed is not None:
            self.late_keys += 1
            on_key = self._on_key
            try:
                if on_key is not None:
                    on_key(replace(swallowed, passed_on=True))
            except Exception:
                self.errors += 1
        why = "it answered too slowly" if event_type == TAP_DISABLED_BY_TIMEOUT else "on request"
        listener = self._listener
        try:
            enabled = listener is not None and listener.enable_tap()
        except Exception:
            enabled = False
        if enabled:
            self._tap_was_off = (why, self._clock())
        else:
            self._tap_off = why
