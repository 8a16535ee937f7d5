"""The X11 backend: the focused window from a watcher's cache, keys and mouse from RECORD."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from app.platform.base import (
    MODIFIERS,
    KeyCallback,
    KeyEvent,
    MouseCallback,
    MouseEvent,
    WindowInfo,
)
from app.platform.keynames import ModifierState, pynput_key_name, pynput_side
from app.platform.xorg.window import ActiveWindowWatcher, XorgUnavailable

log = logging.getLogger(__name__)

NO_RECORD = (
    "the X server has no RECORD extension, so key presses and clicks cannot be seen "
    "(start Xorg or Xvfb with +extension RECORD)"
)
NOT_RECORDING = (
    "the X server has not begun recording key presses for PasteGuard {seconds:.0f} s after "
    "start: pastes are not seen (a paste into a terminal is still refused while a text is held)"
)
RECORD_START_LIMIT = 5.0  # seconds from start until a listener that does not record is degraded
XWAYLAND = (
    "this is a Wayland session: only programs that run through XWayland are seen; "
    "native Wayland windows and their keys are not"
)


class Listener(Protocol):
    def start(self) -> None: ...
    def stop(self) -> None: ...
    def is_alive(self) -> bool: ...
    def join(self, timeout: float | None = None) -> None: ...
    def recording(self) -> bool:
        """The X server records for it: events from now on reach it (any thread)."""
        ...


class ListenerFactory(Protocol):
    def keyboard(
        self, on_press: Callable[..., None], on_release: Callable[..., None]
    ) -> Listener: ...
    def mouse(self, on_click: Callable[..., None]) -> Listener: ...


def _recording(listener_class: type) -> type:
    """A pynput X11 listener class that knows when the server has begun recording for it.

    pynput's listener thread says it is ready before it sends RecordEnableContext, and its
    start() returns sooner still: keys pressed meanwhile are never seen, and the guard said
    it was ready before it was. The server's first reply to that request (StartOfData) goes
    to the listener's handler like every later one: from then on every key is recorded.
    """

    class Recording(listener_class):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._recording = threading.Event()

        def _handler(self, events: Any) -> Any:
            self._recording.set()
            return super()._handler(events)

        def recording(self) -> bool:
            return self._recording.is_set()

    return Recording


class PynputListeners:
    """pynput's X11 listeners. They open their own connections to the display in $DISPLAY."""

    def keyboard(self, on_press: Callable[..., None], on_release: Callable[..., None]) -> Listener:
        from pynput import keyboard  # needs a reachable X display at import time

        listener: Listener = _recording(keyboard.Listener)(on_press=on_press, on_release=on_release)
        return listener

    def mouse(self, on_click: Callable[..., None]) -> Listener:
        from pynput import mouse

        listener: Listener = _recording(mouse.Listener)(on_click=on_click)
        return listener


class WindowWatcher(Protocol):
    """What the backend needs from ActiveWindowWatcher (tests pass a fake)."""

    current: WindowInfo | None
    has_record: bool

    @property
    def degraded(self) -> dict[str, str]: ...
    def start(self) -> None: ...
    def stop(self) -> None: ...
    def alive(self) -> bool: ...


def _unblock(listener: Any) -> None:
    """Make a stopped pynput X11 listener's thread return now rather than at the next key."""
    # WORKAROUND: pynput sends RecordDisableContext on the connection its thread is blocked
    # reading, so the request waits there until some key or click arrives
    # (moses-palmer/pynput#583). The RECORD protocol wants it on another connection.
    display = getattr(listener, "_display_stop", None)
    context = getattr(listener, "_context", None)
    if display is None or context is None:
        return
    try:
        display.record_disable_context(context)
        display.flush()
    except Exception:
        log.debug("cannot disable the RECORD context", exc_info=True)


class XorgBackend:
    """Keys and clicks are seen but cannot be swallowed on X11: the guard neutralises instead."""

    name = "xorg"
    can_suppress_keys = False

    def __init__(
        self,
        display_name: str | None = None,
        wayland_session: bool = False,
        listeners: ListenerFactory | None = None,
        clock: Callable[[], float] = time.monotonic,
        watcher: WindowWatcher | None = None,
    ) -> None:
        self._watcher: WindowWatcher = watcher or ActiveWindowWatcher(display_name)
        self._listeners = listeners or PynputListeners()
        self._clock = clock
        self._modifiers = ModifierState()
        self._on_key: KeyCallback | None = None
        self._on_mouse: MouseCallback | None = None
        self._keyboard: Listener | None = None
        self._mouse: Listener | None = None
        self._degraded: dict[str, str] = {"session": XWAYLAND} if wayland_session else {}
        self._started_at = 0.0
        self.errors = 0

    def _not_recording(self) -> list[str]:
        """The listeners started that the server does not record for (yet)."""
        return [
            feature
            for feature, listener in (("keyboard", self._keyboard), ("mouse", self._mouse))
            if listener is not None and listener.is_alive() and not listener.recording()
        ]  # a listener that died is the watchdog's to restart (alive() says so)

    @property
    def starting(self) -> bool:
        return bool(self._not_recording()) and (
            self._clock() - self._started_at < RECORD_START_LIMIT
        )

    @property
    def degraded(self) -> Mapping[str, str]:
        out = {**self._watcher.degraded, **self._degraded}
        waited = self._clock() - self._started_at
        if waited >= RECORD_START_LIMIT:
            for feature in self._not_recording():
                out.setdefault(feature, NOT_RECORDING.format(seconds=waited))
        return out

    def foreground_window(self) -> WindowInfo | None:
        return self._watcher.current  # a cached object: no round trip to the X server

    def start(self, on_key: KeyCallback, on_mouse: MouseCallback) -> None:
        self._on_key, self._on_mouse = on_key, on_mouse
        self._modifiers.clear()
        self._started_at = self._clock()
        try:
            self._watcher.start()
        except XorgUnavailable as exc:
            self._degraded["window"] = str(exc)
            self._degraded["keyboard"] = self._degraded["mouse"] = str(exc)
            return
        self._degraded.pop("window", None)
        if not self._watcher.has_record:
            self._degraded["keyboard"] = self._degraded["mouse"] = NO_RECORD
            return
        for feature in ("keyboard", "mouse"):
            try:
                if feature == "keyboard":
                    self._keyboard = self._listeners.keyboard(self._on_press, self._on_release)
                    self._keyboard.start()
                else:
                    self._mouse = self._listeners.mouse(self._on_click)
                    self._mouse.start()
                self._degraded.pop(feature, None)
            except Exception as exc:
                self._degraded[feature] = f"the {feature} listener could not start ({exc})"
                log.exception("cannot start the X11 %s listener", feature)

    def stop(self) -> None:
        for listener in (self._keyboard, self._mouse):
            if listener is not None:
                try:
                    listener.stop()
                    _unblock(listener)
                    listener.join(timeout=2.0)  # its X connections close as its thread ends
                except Exception:
                    log.exception("cannot stop an X11 listener")
        self._keyboard = self._mouse = None
        self._watcher.stop()

    def alive(self) -> bool:
        """The watcher and every listener that started still run."""
        try:
            listeners = (x for x in (self._keyboard, self._mouse) if x is not None)
            return self._watcher.alive() and all(x.is_alive() for x in listeners)
        except Exception:
            return False

    # pynput calls these on its RECORD thread; an exception would stop its listener.

    def _on_press(self, key: Any, injected: bool = False) -> None:
        self._key(key, True)

    def _on_release(self, key: Any, injected: bool = False) -> None:
        self._key(key, False)

    def _key(self, key: Any, pressed: bool) -> None:
        on_key = self._on_key
        try:
            name = pynput_key_name(key)
            if not name or on_key is None:
                return
            if name in MODIFIERS:
                modifiers = self._modifiers.update(name, pynput_side(key), pressed)
            else:
                modifiers = self._modifiers.current
            on_key(KeyEvent(name, pressed, modifiers, self._clock()))  # cannot swallow on X11
        except Exception:
            self.errors += 1
            log.exception("X11 key callback failed")

    def _on_click(self, x: int, y: int, button: Any, pressed: bool, injected: bool = False) -> None:
        on_mouse = self._on_mouse
        try:
            if on_mouse is not None:
                name = str(getattr(button, "name", button))
                on_mouse(MouseEvent(name, pressed, self._clock()))
        except Exception:
            self.errors += 1
            log.exception("X11 mouse callback failed")
